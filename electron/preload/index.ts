import { exposeKasirApi } from './bridge.ts';

/** The cashier's window: every operation the cashier's role may call (built to dist-electron/preload.cjs). */
exposeKasirApi('cashier');
