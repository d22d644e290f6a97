import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { KasirApi, PaymentView } from '../../../shared/ipc/contract.ts';
import type { Result } from '../../../shared/result.ts';
import { err, ok } from '../../../shared/result.ts';
import { charge } from '../../../renderer/charge/charge-actions.ts';
import {
  acknowledgeLatePayment, cancelPayment as cancelPayment_, chargeAgain, checkPaymentNow, collectRest as collectRestAction,
  followPaymentUpdates, loadAppInfo, simulateCustomerPaid,
} from '../../../renderer/payment/payment-actions.ts';
import { kasirStore, resetStore } from '../../../renderer/store/index.ts';
import { demoInfo, settledView, view } from './fixtures.ts';

const state = () => kasirStore.getState();

function typeAmount(digits: string): void {
  for (const digit of digits) state().pressKey(digit as '0');
}

beforeEach(() => {
  resetStore();
  state().appInfoLoaded(demoInfo);
});

describe('charge', () => {
  it('sends the typed amount and method, and shows what main answered', async () => {
    typeAmount('25000');
    const startPayment = vi.fn(async () => ok(view()));
    await charge({ startPayment }, 'QRIS');
    expect(startPayment).toHaveBeenCalledWith({ amount: 25_000, method: 'QRIS' });
    expect(state().payment?.state).toBe('awaiting');
  });

  it('does not call main when the amount is below the minimum', async () => {
    typeAmount('5000');
    const startPayment = vi.fn(async () => ok(view()));
    await charge({ startPayment }, 'VA');
    expect(startPayment).not.toHaveBeenCalled();
  });

  it('a second press while the first is in flight sends nothing', async () => {
    typeAmount('25000');
    let answer: (value: Result<PaymentView, 'INTERNAL'>) => void = () => {};
    const startPayment = vi.fn(() => new Promise<Result<PaymentView, 'INTERNAL'>>((resolve) => (answer = resolve)));
    const first = charge({ startPayment }, 'QRIS');
    await charge({ startPayment }, 'QRIS');
    await charge({ startPayment }, 'VA');
    answer(ok(view()));
    await first;
    expect(startPayment).toHaveBeenCalledTimes(1);
  });

  it('a refusal keeps the amount and shows the code; a throw counts as INTERNAL', async () => {
    typeAmount('25000');
    await charge({ startPayment: async () => err('GATEWAY_UNREACHABLE', 'offline') }, 'QRIS');
    expect(state()).toMatchObject({ amount: 25_000, chargeError: 'GATEWAY_UNREACHABLE', payment: undefined });
    await charge({ startPayment: async () => Promise.reject(new Error('ipc broke')) }, 'QRIS');
    expect(state()).toMatchObject({ amount: 25_000, chargeError: 'INTERNAL', starting: undefined });
  });
});

describe('app info, events and the demo simulation', () => {
  const nothingOpen = { getCounterPayment: async () => ok(null), listLatePayments: async () => ok([]) };

  it('loads AppInfo, or records why it could not', async () => {
    resetStore();
    await loadAppInfo({ getAppInfo: async () => err('FORBIDDEN_SENDER', 'no'), ...nothingOpen });
    expect(state().appInfoError).toBe('FORBIDDEN_SENDER');
    await loadAppInfo({ getAppInfo: async () => ok(demoInfo), ...nothingOpen });
    expect(state()).toMatchObject({ appInfo: demoInfo, appInfoError: undefined, payment: undefined });
  });

  it('a reloaded or restarted window shows the payment main has on the counter, and its amount behind it', async () => {
    resetStore();
    const onCounter = view({ tradeNo: 'on-the-counter', state: 'awaiting', revision: 5, amount: 73_000 });
    await loadAppInfo({ getAppInfo: async () => ok(demoInfo), getCounterPayment: async () => ok(onCounter), listLatePayments: async () => ok([]) });
    expect(state().payment).toBe(onCounter);
    expect(state().amount).toBe(73_000);
    // A stale copy arriving later (a lower revision) does not replace it.
    state().resumeCounterPayment(view({ tradeNo: 'on-the-counter', state: 'checking', revision: 4 }));
    expect(state().payment).toBe(onCounter);
  });

  it('loads the late payments waiting for a decision', async () => {
    resetStore();
    const late = settledView({ tradeNo: 'late', state: 'paid', lateAfter: 'expired', needsAcknowledgement: true, onCounter: false });
    await loadAppInfo({ getAppInfo: async () => ok(demoInfo), getCounterPayment: async () => ok(null), listLatePayments: async () => ok([late]) });
    expect(state().latePayments).toEqual({ late });
  });

  it('feeds payment and app-info events into the store and unsubscribes both', async () => {
    let emit: (payload: PaymentView) => void = () => {};
    let emitInfo: (payload: typeof demoInfo) => void = () => {};
    const stopPayments = vi.fn();
    const stopInfo = vi.fn();
    const onPaymentUpdated: KasirApi['onPaymentUpdated'] = (listener) => {
      emit = listener;
      return stopPayments;
    };
    const onAppInfoChanged: KasirApi['onAppInfoChanged'] = (listener) => {
      emitInfo = listener;
      return stopInfo;
    };
    const stop = followPaymentUpdates({ onPaymentUpdated, onAppInfoChanged });
    typeAmount('25000');
    await charge({ startPayment: async () => ok(view()) }, 'QRIS');
    emit(settledView({ state: 'paid', revision: 3 }));
    expect(state().payment?.state).toBe('paid');
    emitInfo({ ...demoInfo, warning: 'JOURNAL_UNWRITABLE' });
    expect(state().appInfo?.warning).toBe('JOURNAL_UNWRITABLE');
    stop();
    expect(stopPayments).toHaveBeenCalled();
    expect(stopInfo).toHaveBeenCalled();
  });

  it('simulates the customer paying the payment on screen; a refusal is shown', async () => {
    typeAmount('25000');
    await charge({ startPayment: async () => ok(view()) }, 'QRIS');
    const simulateCustomerPayment = vi.fn(async () => ok(view()));
    await simulateCustomerPaid({ simulateCustomerPayment });
    expect(simulateCustomerPayment).toHaveBeenCalledWith({ tradeNo: view().tradeNo, outcome: 'paid' });
    await simulateCustomerPaid({ simulateCustomerPayment: async () => err('NOT_DEMO_MODE', 'no') });
    expect(state().actionError).toBe('NOT_DEMO_MODE');
  });
});

describe('actions on the payment on screen', () => {
  beforeEach(async () => {
    typeAmount('25000');
    await charge({ startPayment: async () => ok(view()) }, 'QRIS');
  });

  it('cancel shows main\'s answer: a confirmed cancel returns to the keypad with the amount', async () => {
    const cancelPayment = vi.fn(async () => ok(settledView({ state: 'cancelled', cancelled: true, onCounter: false, revision: 4 })));
    await cancelPayment_({ cancelPayment });
    expect(cancelPayment).toHaveBeenCalledWith({ tradeNo: view().tradeNo });
    expect(state()).toMatchObject({ payment: undefined, amount: 25_000 });
  });

  it('an unconfirmed cancel stays on screen ("not sure yet")', async () => {
    await cancelPayment_({ cancelPayment: async () => ok(settledView({ state: 'cancelled', cancelled: true, onCounter: true, revision: 4 })) });
    expect(state().payment?.state).toBe('cancelled');
  });

  it('"charge again" leaves the result and charges the same amount by the same method', async () => {
    kasirStore.getState().applyPaymentUpdate(settledView({ state: 'expired', revision: 3 }));
    const dismissPayment = vi.fn(async () => ok(settledView({ state: 'expired', revision: 4, onCounter: false })));
    const startPayment = vi.fn(async () => ok(view({ tradeNo: 'second', revision: 2 })));
    await chargeAgain({ dismissPayment, startPayment });
    expect(dismissPayment).toHaveBeenCalledWith({ tradeNo: view().tradeNo });
    expect(startPayment).toHaveBeenCalledWith({ amount: 25_000, method: 'QRIS' });
    expect(state().payment?.tradeNo).toBe('second');
  });

  it('"charge again" on a VA charges the same bank', async () => {
    kasirStore.getState().applyPaymentUpdate(settledView({ state: 'expired', revision: 3, method: 'VA', kind: 'va', methodLabel: 'BNI', bank: 'BNI', qrString: undefined, qr: undefined }));
    const dismissPayment = vi.fn(async () => ok(settledView({ state: 'expired', revision: 4, onCounter: false })));
    const startPayment = vi.fn(async () => ok(view({ tradeNo: 'second', revision: 2 })));
    await chargeAgain({ dismissPayment, startPayment });
    expect(startPayment).toHaveBeenCalledWith({ amount: 25_000, method: 'VA', bank: 'BNI' });
  });

  it('"charge again" on an e-wallet asks for the mobile number again before anything is sent', async () => {
    kasirStore.getState().applyPaymentUpdate(settledView({ state: 'notCreated', revision: 3, method: 'DANA', kind: 'ewallet', methodLabel: 'DANA', qrString: undefined, qr: undefined }));
    const dismissPayment = vi.fn(async () => ok(settledView({ state: 'notCreated', revision: 4, onCounter: false })));
    const startPayment = vi.fn(async () => ok(view({ tradeNo: 'second', revision: 2 })));
    await chargeAgain({ dismissPayment, startPayment });
    expect(startPayment).not.toHaveBeenCalled();
    expect(state()).toMatchObject({ payment: undefined, amount: 25_000, choosing: { method: 'DANA', step: 'mobile', mobile: '' } });
  });

  it('collect the rest asks main for the linked payment and shows it', async () => {
    kasirStore.getState().applyPaymentUpdate(settledView({ state: 'partial', paidAmount: 15_000, restAmount: 10_000, revision: 3 }));
    const collectRest = vi.fn(async () => ok(view({ tradeNo: 'rest', amount: 10_000, parentTradeNo: view().tradeNo })));
    await collectRestAction({ collectRest });
    expect(collectRest).toHaveBeenCalledWith({ tradeNo: view().tradeNo });
    expect(state()).toMatchObject({ payment: { tradeNo: 'rest', amount: 10_000 }, amount: 10_000 });
  });

  it('a refused check is shown, in the cashier\'s words', async () => {
    await checkPaymentNow({ checkPaymentNow: async () => err('TOO_SOON', 'wait') });
    expect(state().actionError).toBe('TOO_SOON');
  });

  it('acknowledging a late payment (in a manager session) clears its alert', async () => {
    const late = settledView({ tradeNo: 'late', state: 'paid', lateAfter: 'cancelled', needsAcknowledgement: true, onCounter: false, revision: 5 });
    kasirStore.getState().applyPaymentUpdate(late);
    kasirStore.getState().managerStateLoaded({ pinSet: true, active: true, retryAt: undefined, locked: false });
    await acknowledgeLatePayment({ acknowledgeLatePayment: async () => ok({ ...late, revision: 6, needsAcknowledgement: false }) }, 'late');
    expect(state().latePayments).toEqual({});
  });
});
