import { exposeKasirApi } from './bridge.ts';

/**
 * The customer display's window: only what it shows — the app's info (the store name) and the payment on the
 * counter, read and followed. Nothing that starts, cancels or looks up a payment exists on its `window.kasir`
 * (built to dist-electron/customer-preload.cjs; main refuses those operations to this window's role anyway).
 */
exposeKasirApi('customer');
