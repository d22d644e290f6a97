import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_KEYPAD_DIGITS } from '../../../shared/money.ts';
import type { KeypadKey } from '../../../renderer/store/index.ts';
import { kasirStore, resetStore } from '../../../renderer/store/index.ts';
import { selectScreen } from '../../../renderer/store/selectors.ts';
import { demoInfo, view } from './fixtures.ts';

const state = () => kasirStore.getState();
const press = (...keys: KeypadKey[]) => keys.forEach((key) => state().pressKey(key));

beforeEach(() => resetStore());

describe('charge slice: keypad rules', () => {
  it('builds integer rupiah from digits and 000', () => {
    press('2', '5', '000');
    expect(state().amount).toBe(25_000);
  });

  it('ignores leading zeros, including 000 on an empty amount', () => {
    press('0', '000', '0', '7');
    expect(state().amount).toBe(7);
  });

  it(`stops at ${MAX_KEYPAD_DIGITS} digits rather than wrapping or losing precision`, () => {
    press('9', '9', '9', '9', '9', '9', '9', '9', '9', '9');
    expect(state().amount).toBe(9_999_999_999);
    press('9', '000');
    expect(state().amount).toBe(9_999_999_999);
  });

  it('backspace drops the last digit; clear empties', () => {
    press('1', '2', '3', 'backspace');
    expect(state().amount).toBe(12);
    press('backspace', 'backspace', 'backspace');
    expect(state().amount).toBe(0);
    press('4', '000', 'clear');
    expect(state().amount).toBe(0);
  });

  it('editing the amount clears the last charge error', () => {
    state().chargeRequested('QRIS');
    state().chargeFailed('GATEWAY_UNREACHABLE');
    expect(state().chargeError).toBe('GATEWAY_UNREACHABLE');
    press('1');
    expect(state().chargeError).toBeUndefined();
  });

  it('freezes the amount while a charge is in flight or a payment is on screen', () => {
    press('2', '5', '000');
    state().chargeRequested('QRIS');
    press('clear', '9');
    expect(state().amount).toBe(25_000);
    state().adoptStartedPayment(view());
    press('backspace');
    expect(state().amount).toBe(25_000);
  });
});

describe('resetStore', () => {
  it('returns every slice to its initial data and keeps the actions', () => {
    press('5', '000');
    state().appInfoLoaded(demoInfo);
    state().setLocale('en');
    state().chargeRequested('VA');
    state().adoptStartedPayment(view({ method: 'VA' }));
    resetStore();
    expect(state()).toMatchObject({ amount: 0, locale: 'id', payment: undefined, appInfo: undefined, starting: undefined, earlyUpdates: {} });
    press('1');
    expect(state().amount).toBe(1);
  });
});

describe('payment slice: main is the truth, but only the newest word on OUR payment counts', () => {
  beforeEach(() => {
    state().appInfoLoaded(demoInfo);
    press('2', '5', '000');
    state().chargeRequested('QRIS');
    state().adoptStartedPayment(view());
  });

  it('applies a newer update for the payment on screen', () => {
    state().applyPaymentUpdate(view({ state: 'paid', paidAmount: 25_000, updatedAt: 2_000 }));
    expect(state().payment?.state).toBe('paid');
  });

  it('ignores events for another tradeNo', () => {
    state().applyPaymentUpdate(view({ tradeNo: 'someone-else', state: 'paid', updatedAt: 9_000 }));
    expect(state().payment).toMatchObject({ tradeNo: view().tradeNo, state: 'awaiting' });
  });

  it('ignores a stale event (older updatedAt)', () => {
    state().applyPaymentUpdate(view({ state: 'checking', updatedAt: 3_000 }));
    state().applyPaymentUpdate(view({ state: 'awaiting', updatedAt: 2_000 }));
    expect(state().payment?.state).toBe('checking');
  });

  it.each(['paid', 'partial', 'failed'] as const)('never moves away from the final state %s', (final) => {
    state().applyPaymentUpdate(view({ state: final, updatedAt: 2_000 }));
    for (const later of ['awaiting', 'checking', 'creating', 'paid', 'failed'] as const) {
      state().applyPaymentUpdate(view({ state: later, updatedAt: 5_000 }));
    }
    expect(state().payment?.state).toBe(final);
  });

  it('ignores events when no payment is open and none is being started', () => {
    state().applyPaymentUpdate(view({ state: 'paid', updatedAt: 2_000 }));
    state().newSale();
    state().applyPaymentUpdate(view({ state: 'awaiting', updatedAt: 3_000 }));
    expect(state().payment).toBeUndefined();
    expect(selectScreen(state())).toBe('charge');
  });

  it('New sale is refused while the payment is still open, then clears to an empty keypad', () => {
    state().newSale();
    state().backToKeypad();
    expect(state().payment?.state).toBe('awaiting');
    state().applyPaymentUpdate(view({ state: 'paid', updatedAt: 2_000 }));
    state().newSale();
    expect(state()).toMatchObject({ payment: undefined, amount: 0 });
  });

  it('Back from a failure keeps the amount for another try', () => {
    state().applyPaymentUpdate(view({ state: 'failed', updatedAt: 2_000, failure: { code: 'PAYMENT_EXPIRED', gatewayCode: '00029', detail: 'timed out' } }));
    state().backToKeypad();
    expect(state()).toMatchObject({ payment: undefined, amount: 25_000 });
  });
});

describe('a charge in flight', () => {
  beforeEach(() => {
    state().appInfoLoaded(demoInfo);
    press('2', '5', '000');
    state().chargeRequested('QRIS');
  });

  it('shows the creating screen until main answers', () => {
    expect(selectScreen(state())).toBe('creating');
  });

  it('keeps an update that overtook the startPayment result, so the screen never starts behind main', () => {
    state().applyPaymentUpdate(view({ state: 'paid', updatedAt: 2_000 }));
    state().adoptStartedPayment(view({ state: 'awaiting', updatedAt: 1_500 }));
    expect(state().payment?.state).toBe('paid');
    expect(state().earlyUpdates).toEqual({});
  });

  it('drops early updates for other tradeNos when the result arrives', () => {
    state().applyPaymentUpdate(view({ tradeNo: 'other', state: 'paid', updatedAt: 2_000 }));
    state().adoptStartedPayment(view());
    expect(state().payment?.state).toBe('awaiting');
    expect(state().earlyUpdates).toEqual({});
  });

  it('a refused charge keeps the amount and says why', () => {
    state().chargeFailed('AMOUNT_TOO_SMALL');
    expect(state()).toMatchObject({ amount: 25_000, chargeError: 'AMOUNT_TOO_SMALL', starting: undefined });
    expect(selectScreen(state())).toBe('charge');
  });

  it('a result that arrives after a reset is not resurrected', () => {
    resetStore();
    state().adoptStartedPayment(view());
    expect(state().payment).toBeUndefined();
  });
});

describe('selectScreen', () => {
  it('is loading until main has said how it is configured', () => {
    expect(selectScreen(state())).toBe('loading');
    state().appInfoFailed('INTERNAL');
    expect(selectScreen(state())).toBe('charge');
  });

  it.each(['creating', 'awaiting', 'checking', 'paid', 'partial', 'failed'] as const)('follows the payment state %s', (paymentState) => {
    state().appInfoLoaded(demoInfo);
    state().chargeRequested('QRIS');
    state().adoptStartedPayment(view({ state: paymentState }));
    expect(selectScreen(state())).toBe(paymentState);
  });
});
