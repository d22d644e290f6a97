import type { ErrorCode, KasirApi, PaymentView } from '../../shared/ipc/contract.ts';
import type { Result } from '../../shared/result.ts';
import { chargeSame } from '../charge/charge-actions.ts';
import { asManager } from '../manager/manager-actions.ts';
import { kasirStore } from '../store/index.ts';

/**
 * What the cashier does to the payment on screen, asked of main. Main decides and answers with the payment's
 * new view; the store shows it. A throw across IPC is a bug in main, not an outcome: it shows as INTERNAL.
 * No answer at all means nothing was sent (the manager PIN was not given).
 */
async function ask(call: () => Promise<Result<PaymentView, ErrorCode> | undefined>): Promise<PaymentView | undefined> {
  try {
    const result = await call();
    if (!result) return undefined;
    if (result.ok) {
      kasirStore.getState().applyPaymentUpdate(result.value);
      return result.value;
    }
    kasirStore.getState().actionFailed(result.code);
  } catch {
    kasirStore.getState().actionFailed('INTERNAL');
  }
  return undefined;
}

const onScreen = (): PaymentView | undefined => kasirStore.getState().payment;

export async function loadAppInfo(api: Pick<KasirApi, 'getAppInfo' | 'getCounterPayment' | 'listLatePayments'>): Promise<void> {
  try {
    const result = await api.getAppInfo();
    if (result.ok) kasirStore.getState().appInfoLoaded(result.value);
    else kasirStore.getState().appInfoFailed(result.code);
    // A reloaded window, or the app after a restart, shows what the counter showed before.
    const counter = await api.getCounterPayment();
    if (counter.ok && counter.value) kasirStore.getState().resumeCounterPayment(counter.value);
    const late = await api.listLatePayments();
    if (late.ok) kasirStore.getState().latePaymentsLoaded(late.value);
  } catch {
    kasirStore.getState().appInfoFailed('INTERNAL');
  }
}

/**
 * "Try again" on a blocked till: main reads its settings, the keychain and the journal again. A till that opens
 * may bring back payments a previous run left open, so everything the window shows is read afresh.
 */
export async function retrySetup(api: Pick<KasirApi, 'retrySetup' | 'getAppInfo' | 'getCounterPayment' | 'listLatePayments'>): Promise<void> {
  try {
    await api.retrySetup();
  } catch {
    // The reading below says how the till is now, whatever the retry answered.
  }
  await loadAppInfo(api);
}

/** Feeds main's events into the store, which decides whether each one belongs on screen. */
export function followPaymentUpdates(api: Pick<KasirApi, 'onPaymentUpdated' | 'onAppInfoChanged'>): () => void {
  const stopPayments = api.onPaymentUpdated((view) => kasirStore.getState().applyPaymentUpdate(view));
  const stopInfo = api.onAppInfoChanged((info) => kasirStore.getState().appInfoLoaded(info));
  return () => {
    stopPayments();
    stopInfo();
  };
}

/** Cancel (after the cashier confirmed): main checks once more, then lets the payment go. */
export async function cancelPayment(api: Pick<KasirApi, 'cancelPayment'>): Promise<void> {
  const payment = onScreen();
  if (payment) await ask(() => api.cancelPayment({ tradeNo: payment.tradeNo }));
}

export async function checkPaymentNow(api: Pick<KasirApi, 'checkPaymentNow'>): Promise<void> {
  const payment = onScreen();
  if (payment) await ask(() => api.checkPaymentNow({ tradeNo: payment.tradeNo }));
}

/** Leaves the result on screen: a new sale (empty keypad) or back to the same amount to try again. */
export async function leavePayment(api: Pick<KasirApi, 'dismissPayment'>, keepAmount: boolean): Promise<void> {
  const payment = onScreen();
  if (!payment) return;
  const left = await ask(() => api.dismissPayment({ tradeNo: payment.tradeNo }));
  if (left || kasirStore.getState().actionError === 'NOT_FOUND') kasirStore.getState().leftPayment(keepAmount);
}

/**
 * "Charge again" after an expiry or a charge that never reached the gateway: same amount, same method, same VA
 * bank. A method that needs the customer's mobile number asks for it again (main never hands payer details back).
 */
export async function chargeAgain(api: Pick<KasirApi, 'dismissPayment' | 'startPayment'>): Promise<void> {
  const payment = onScreen();
  if (!payment) return;
  await leavePayment(api, true);
  if (kasirStore.getState().payment) return;
  await chargeSame(api, payment.method, payment.bank);
}

/** A new payment for what a partial payment left unpaid, linked to it in main. */
export async function collectRest(api: Pick<KasirApi, 'collectRest'>): Promise<void> {
  const payment = onScreen();
  if (!payment || payment.restAmount === undefined) return;
  kasirStore.getState().chargeRequested(payment.method, payment.restAmount);
  try {
    const result = await api.collectRest({ tradeNo: payment.tradeNo });
    if (result.ok) kasirStore.getState().adoptStartedPayment(result.value);
    else kasirStore.getState().chargeFailed(result.code);
  } catch {
    kasirStore.getState().chargeFailed('INTERNAL');
  }
}

/**
 * "Handled" on a late-payment alert: a manager's decision (refund or keep), so main takes it only in a manager
 * session. Without one the PIN dialog asks first; closed without a PIN, nothing is acknowledged.
 */
export async function acknowledgeLatePayment(api: Pick<KasirApi, 'acknowledgeLatePayment'>, tradeNo: string): Promise<void> {
  await ask(() => asManager('acknowledgeLate', () => api.acknowledgeLatePayment({ tradeNo })));
}

/** Demo mode only: plays the customer paying the payment on screen. */
export async function simulateCustomerPaid(api: Pick<KasirApi, 'simulateCustomerPayment'>): Promise<void> {
  const payment = onScreen();
  if (payment) await ask(() => api.simulateCustomerPayment({ tradeNo: payment.tradeNo, outcome: 'paid' }));
}
