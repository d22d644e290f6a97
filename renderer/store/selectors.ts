import type { KasirState } from './types.ts';

export type Screen = 'loading' | 'charge' | 'creating' | 'checking' | 'awaiting' | 'paid' | 'partial' | 'failed';

/** Which screen the counter shows; derived only from main's last word on the payment. */
export function selectScreen(state: KasirState): Screen {
  if (state.payment) return state.payment.state;
  if (state.starting !== undefined) return 'creating';
  if (!state.appInfo && state.appInfoError === undefined) return 'loading';
  return 'charge';
}

export const selectLocale = (state: KasirState) => state.locale;
export const selectAmount = (state: KasirState) => state.amount;
export const selectAppInfo = (state: KasirState) => state.appInfo;
export const selectAppInfoError = (state: KasirState) => state.appInfoError;
export const selectPayment = (state: KasirState) => state.payment;
export const selectChargeError = (state: KasirState) => state.chargeError;
export const selectStarting = (state: KasirState) => state.starting;
export const selectSimulateError = (state: KasirState) => state.simulateError;
export const selectIsDemo = (state: KasirState) => state.appInfo?.mode === 'demo';
