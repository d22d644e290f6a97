import type { PaymentState } from '../../shared/payments.ts';
import type { KasirState } from './types.ts';

export type Screen = 'loading' | 'charge' | PaymentState;

/**
 * Which screen the counter shows; derived only from main's last word on the payment on the counter. The
 * gateway's own expiry (00029) is the same news to the cashier as the till's: time ran out, charge again.
 */
export function selectScreen(state: KasirState): Screen {
  const { payment } = state;
  if (payment?.state === 'declined' && payment.failure?.code === 'PAYMENT_EXPIRED') return 'expired';
  if (payment) return payment.state;
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
export const selectActionError = (state: KasirState) => state.actionError;
export const selectLatePayments = (state: KasirState) => state.latePayments;
export const selectChoosing = (state: KasirState) => state.choosing;
export const selectIsDemo = (state: KasirState) => state.appInfo?.mode === 'demo';
export const selectManager = (state: KasirState) => state.manager;
export const selectManagerActive = (state: KasirState) => state.manager?.active === true;
export const selectManagerPrompt = (state: KasirState) => state.managerPrompt;
export const selectBackOffice = (state: KasirState) => state.backOffice;
export const selectHistoryOpen = (state: KasirState) => state.backOffice === 'history';
export const selectHistoryFilters = (state: KasirState) => state.historyFilters;
export const selectHistoryList = (state: KasirState) => state.historyList;
export const selectHistoryDayStart = (state: KasirState) => state.historyDayStart;
export const selectHistoryDetail = (state: KasirState) => state.historyDetail;
