import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { KasirApi, PaymentView } from '../../../shared/ipc/contract.ts';
import type { Result } from '../../../shared/result.ts';
import { err, ok } from '../../../shared/result.ts';
import { charge } from '../../../renderer/charge/charge-actions.ts';
import { followPaymentUpdates, loadAppInfo, simulateCustomerPaid } from '../../../renderer/payment/payment-actions.ts';
import { kasirStore, resetStore } from '../../../renderer/store/index.ts';
import { demoInfo, view } from './fixtures.ts';

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
  it('loads AppInfo, or records why it could not', async () => {
    resetStore();
    const noOpenPayment = async () => ok(null);
    await loadAppInfo({ getAppInfo: async () => err('FORBIDDEN_SENDER', 'no'), getOpenPayment: noOpenPayment });
    expect(state().appInfoError).toBe('FORBIDDEN_SENDER');
    await loadAppInfo({ getAppInfo: async () => ok(demoInfo), getOpenPayment: noOpenPayment });
    expect(state()).toMatchObject({ appInfo: demoInfo, appInfoError: undefined, payment: undefined });
  });

  it('a reloaded window picks up the payment main is still following', async () => {
    resetStore();
    await loadAppInfo({ getAppInfo: async () => ok(demoInfo), getOpenPayment: async () => ok(view({ state: 'awaiting' })) });
    expect(state().payment).toMatchObject({ tradeNo: view().tradeNo, state: 'awaiting' });
    state().resumeOpenPayment(view({ state: 'awaiting', updatedAt: 0 }));
    expect(state().payment?.state).toBe('awaiting');
  });

  it('feeds events into the store and unsubscribes', async () => {
    let emit: (payload: PaymentView) => void = () => {};
    const unsubscribe = vi.fn();
    const onPaymentUpdated: KasirApi['onPaymentUpdated'] = (listener) => {
      emit = listener;
      return unsubscribe;
    };
    const stop = followPaymentUpdates({ onPaymentUpdated });
    typeAmount('25000');
    await charge({ startPayment: async () => ok(view()) }, 'QRIS');
    emit(view({ state: 'paid', updatedAt: 2_000 }));
    expect(state().payment?.state).toBe('paid');
    stop();
    expect(unsubscribe).toHaveBeenCalled();
  });

  it('simulates the customer paying the payment on screen', async () => {
    typeAmount('25000');
    await charge({ startPayment: async () => ok(view()) }, 'QRIS');
    const simulateCustomerPayment = vi.fn(async () => ok(view({ updatedAt: 1_500 })));
    await simulateCustomerPaid({ simulateCustomerPayment });
    expect(simulateCustomerPayment).toHaveBeenCalledWith({ tradeNo: view().tradeNo, outcome: 'paid' });
    await simulateCustomerPaid({ simulateCustomerPayment: async () => err('NOT_DEMO_MODE', 'no') });
    expect(state().simulateError).toBe('NOT_DEMO_MODE');
  });
});
