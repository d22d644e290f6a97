import type { StateCreator } from 'zustand/vanilla';
import type { AppInfo, ErrorCode, PaymentView } from '../../shared/ipc/contract.ts';
import { isFinalState } from '../../shared/ipc/contract.ts';
import { newerView, shouldAcceptUpdate } from './payment-merge.ts';
import type { KasirState } from './types.ts';

export interface PaymentData {
  readonly appInfo: AppInfo | undefined;
  /** Set when main could not even say how it is configured; charging stays blocked. */
  readonly appInfoError: ErrorCode | undefined;
  /** The payment on screen, exactly as main last reported it. */
  readonly payment: PaymentView | undefined;
  /**
   * Updates that arrive while startPayment is still in flight name a tradeNo the renderer has not been told
   * yet; they are held here (latest per tradeNo) so the screen does not start from an older state.
   */
  readonly earlyUpdates: Readonly<Record<string, PaymentView>>;
  readonly simulateError: ErrorCode | undefined;
}

export interface PaymentSlice extends PaymentData {
  appInfoLoaded(info: AppInfo): void;
  appInfoFailed(code: ErrorCode): void;
  adoptStartedPayment(view: PaymentView): void;
  applyPaymentUpdate(view: PaymentView): void;
  /** Shows a payment main was already following when this window loaded. */
  resumeOpenPayment(view: PaymentView): void;
  simulateFailed(code: ErrorCode): void;
  /** From a finished payment to an empty keypad. */
  newSale(): void;
  /** From a failed payment to the keypad, keeping the amount so the cashier can try again. */
  backToKeypad(): void;
}

export const initialPaymentData = (): PaymentData => ({
  appInfo: undefined,
  appInfoError: undefined,
  payment: undefined,
  earlyUpdates: {},
  simulateError: undefined,
});

export const createPaymentSlice: StateCreator<KasirState, [], [], PaymentSlice> = (set, get) => ({
  ...initialPaymentData(),
  appInfoLoaded(info) {
    set({ appInfo: info, appInfoError: undefined });
  },
  appInfoFailed(code) {
    set({ appInfoError: code });
  },
  adoptStartedPayment(view) {
    const { starting, earlyUpdates } = get();
    // A result for a charge the screen no longer waits for (the store was reset) must not reappear.
    if (starting === undefined) return;
    set({ payment: newerView(view, earlyUpdates[view.tradeNo] ?? view), starting: undefined, earlyUpdates: {} });
  },
  applyPaymentUpdate(view) {
    const { payment, starting, earlyUpdates } = get();
    if (payment) {
      if (shouldAcceptUpdate(payment, view)) set({ payment: view });
      return;
    }
    if (starting !== undefined) {
      set({ earlyUpdates: { ...earlyUpdates, [view.tradeNo]: newerView(earlyUpdates[view.tradeNo], view) } });
    }
  },
  resumeOpenPayment(view) {
    const { payment, starting } = get();
    if (payment === undefined && starting === undefined) set({ payment: view });
    else if (payment) set({ payment: newerView(payment, view) });
  },
  simulateFailed(code) {
    set({ simulateError: code });
  },
  newSale() {
    const { payment } = get();
    if (payment && !isFinalState(payment.state)) return;
    set({ payment: undefined, amount: 0, chargeError: undefined, simulateError: undefined });
  },
  backToKeypad() {
    const { payment } = get();
    if (payment && !isFinalState(payment.state)) return;
    set({ payment: undefined, chargeError: undefined, simulateError: undefined });
  },
});
