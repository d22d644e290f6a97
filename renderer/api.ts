import type { KasirApi } from '../shared/ipc/contract.ts';

declare global {
  interface Window {
    /** Exposed by the preload (electron/preload); its type is the shared contract's, never written here. */
    readonly kasir: KasirApi;
  }
}

export const kasir: KasirApi = window.kasir;
