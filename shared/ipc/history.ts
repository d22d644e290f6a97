import type { PaymentMethod, PaymentState } from '../payments.ts';
import type { PaymentView } from './views.ts';

/**
 * The history screen's part of the IPC contract. The cashier sees today's payments (the business day); the manager
 * sees everything. Main enforces it: a cashier's request that reaches before today is refused with MANAGER_ONLY.
 */

/** Where a page ends: the next page holds the payments strictly older than this one. */
export interface HistoryCursor {
  readonly createdAt: number;
  readonly tradeNo: string;
}

/** Every filter narrows the list (they combine); a filter left out, or an empty list, does not. */
export interface HistoryFilters {
  /** createdAt >= from (epoch ms). A cashier's request without it means "since the business day began". */
  readonly from?: number | undefined;
  /** createdAt < to (epoch ms). */
  readonly to?: number | undefined;
  readonly states?: readonly PaymentState[] | undefined;
  readonly methods?: readonly PaymentMethod[] | undefined;
  /**
   * Digits: an exact amount in rupiah, or the start of a Kasir tradeNo. Other text: the start of a Kasir tradeNo or
   * of Paypro's reference, whatever its case.
   */
  readonly search?: string | undefined;
}

export interface HistoryRequest extends HistoryFilters {
  /** Rows per page: 1 to 200 (default 50). */
  readonly limit?: number | undefined;
  readonly before?: HistoryCursor | undefined;
}

export interface HistoryPage {
  /** Newest first. */
  readonly payments: readonly PaymentView[];
  /** Pass as `before` for the next page; absent on the last page. */
  readonly next: HistoryCursor | undefined;
  /** Where today's business day began (epoch ms): the cashier's history starts there. */
  readonly dayStart: number;
}

/** Every kind of change the journal logs (electron/payments/payment.ts's PaymentEvent, and 'begun' for the row). */
export const PAYMENT_EVENT_TYPES = [
  'begun', 'created', 'unusable', 'refused', 'notSent', 'outcomeUnknown', 'pending', 'paid', 'partial', 'declined',
  'absent', 'checkFailed', 'cancel', 'expire', 'watchEnded', 'acknowledge', 'dismiss', 'recovered',
] as const;
export type PaymentEventType = (typeof PAYMENT_EVENT_TYPES)[number];

/** One change in a payment's life, from the journal's event log. */
export interface PaymentEventView {
  readonly revision: number;
  readonly at: number;
  /** What happened (the window says it in words). */
  readonly type: PaymentEventType;
  /** The state the payment was in after it. */
  readonly state: PaymentState;
}

export interface PaymentDetail {
  readonly payment: PaymentView;
  /** Oldest first. */
  readonly events: readonly PaymentEventView[];
}

export const HISTORY_MAX_PAGE = 200;
export const HISTORY_DEFAULT_PAGE = 50;
