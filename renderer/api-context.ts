import { createContext, useContext } from 'react';
import type { KasirApi } from '../shared/ipc/contract.ts';

/** The preload API handed down from main.tsx, so components never read `window` themselves. */
export const KasirApiContext = createContext<KasirApi | undefined>(undefined);

export function useKasirApi(): KasirApi {
  const api = useContext(KasirApiContext);
  if (!api) throw new Error('KasirApiContext is missing: render the app inside <KasirApiContext value={kasir}>.');
  return api;
}
