import type { StateCreator } from 'zustand/vanilla';
import type { AppInfo, ErrorCode, PaymentView } from '../../shared/ipc/contract.ts';
import { isNewer, newerView } from './payment-merge.ts';
import type { KasirState } from './types.ts';

export interface PaymentData {
  readonly appInfo: AppInfo | undefined;
  /** Set when main could not even say how it is configured; charging stays blocked. */
  readonly appInfoError: ErrorCode | undefined;
  /** The payment on the counter, exactly as main last reported it; undefined once the cashier left it. */
  readonly payment: PaymentView | undefined;
  /**
   * Updates that arrive while startPayment is still in flight name a tradeNo the renderer has not been told
   * yet; they are held here (newest per tradeNo) so the screen does not start from an older state.
   */
  readonly earlyUpdates: Readonly<Record<string, PaymentView>>;
  /** Late payments waiting for someone to decide (refund or keep), by tradeNo. */
  readonly latePayments: Readonly<Record<string, PaymentView>>;
  /** Why the last action on the payment on screen (cancel, check now, …) was refused. */
  readonly actionError: ErrorCode | undefined;
}

export interface PaymentSlice extends PaymentData {
  appInfoLoaded(info: AppInfo): void;
  appInfoFailed(code: ErrorCode): void;
  adoptStartedPayment(view: PaymentView): void;
  applyPaymentUpdate(view: PaymentView): void;
  /** Shows the payment main has on the counter when this window loads (after a reload or a restart). */
  resumeCounterPayment(view: PaymentView): void;
  latePaymentsLoaded(views: readonly PaymentView[]): void;
  actionFailed(code: ErrorCode): void;
  /** The cashier left the result screen: an empty keypad for a new sale, or the same amount to try again. */
  leftPayment(keepAmount: boolean): void;
}

export const initialPaymentData = (): PaymentData => ({
  appInfo: undefined,
  appInfoError: undefined,
  payment: undefined,
  earlyUpdates: {},
  latePayments: {},
  actionError: undefined,
});

function withLate(latePayments: Readonly<Record<string, PaymentView>>, view: PaymentView): Readonly<Record<string, PaymentView>> {
  const known = latePayments[view.tradeNo];
  if (known && !isNewer(known, view)) return latePayments;
  if (view.needsAcknowledgement) return { ...latePayments, [view.tradeNo]: view };
  if (!known) return latePayments;
  const { [view.tradeNo]: _settled, ...rest } = latePayments;
  return rest;
}

export const createPaymentSlice: StateCreator<KasirState, [], [], PaymentSlice> = (set, get) => ({
  ...initialPaymentData(),
  appInfoLoaded(info) {
    set({ appInfo: info, appInfoError: undefined });
  },
  appInfoFailed(code) {
    set({ appInfoError: code });
  },
  adoptStartedPayment(view) {
    const { starting, earlyUpdates, payment } = get();
    // A result for a charge the screen no longer waits for (the store was reset, or it was cancelled) must not reappear.
    if (starting === undefined) return;
    const shown = newerView(payment?.tradeNo === view.tradeNo ? payment : undefined, view);
    const newest = newerView(shown, earlyUpdates[view.tradeNo] ?? shown);
    set({ payment: newest.onCounter ? newest : undefined, starting: undefined, earlyUpdates: {} });
  },
  applyPaymentUpdate(view) {
    const { payment, starting, earlyUpdates, latePayments } = get();
    const late = withLate(latePayments, view);
    if (late !== latePayments) set({ latePayments: late });
    if (payment) {
      if (!isNewer(payment, view)) return;
      // Left the counter (a confirmed cancel): back to the keypad, the typed amount kept, no charge pending.
      set(view.onCounter ? { payment: view } : { payment: undefined, starting: undefined, earlyUpdates: {}, actionError: undefined });
      return;
    }
    if (starting === undefined) return;
    // The payment main has just begun (journalled, its order on the way): shown at once, so the cashier can
    // cancel while "creating" lasts instead of waiting for the gateway's answer.
    if (view.holdsCounter && view.onCounter) set({ payment: view });
    else set({ earlyUpdates: { ...earlyUpdates, [view.tradeNo]: newerView(earlyUpdates[view.tradeNo], view) } });
  },
  resumeCounterPayment(view) {
    const { payment, starting } = get();
    if (payment === undefined && starting === undefined) set({ payment: view, amount: view.amount });
    else if (payment) set({ payment: newerView(payment, view) });
  },
  latePaymentsLoaded(views) {
    let late = get().latePayments;
    for (const view of views) late = withLate(late, view);
    set({ latePayments: late });
  },
  actionFailed(code) {
    set({ actionError: code });
  },
  leftPayment(keepAmount) {
    const { payment, amount } = get();
    if (payment?.holdsCounter) return;
    set({ payment: undefined, amount: keepAmount ? amount : 0, chargeError: undefined, actionError: undefined });
  },
});
