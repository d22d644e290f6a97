import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_KEYPAD_DIGITS } from '../../../shared/money.ts';
import type { KeypadKey } from '../../../renderer/store/index.ts';
import { kasirStore, resetStore } from '../../../renderer/store/index.ts';
import { selectScreen } from '../../../renderer/store/selectors.ts';
import { demoInfo, settledView, view } from './fixtures.ts';

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

describe('payment slice: main is the truth, ordered by revision, never by clock', () => {
  beforeEach(() => {
    state().appInfoLoaded(demoInfo);
    press('2', '5', '000');
    state().chargeRequested('QRIS');
    state().adoptStartedPayment(view());
  });

  it('applies a higher revision of the payment on screen', () => {
    state().applyPaymentUpdate(settledView({ state: 'paid', paidAmount: 25_000, revision: 3 }));
    expect(state().payment?.state).toBe('paid');
  });

  it('ignores events for another tradeNo', () => {
    state().applyPaymentUpdate(settledView({ tradeNo: 'someone-else', state: 'paid', revision: 9 }));
    expect(state().payment).toMatchObject({ tradeNo: view().tradeNo, state: 'awaiting' });
  });

  it('orders by revision even when the clock says otherwise', () => {
    state().applyPaymentUpdate(view({ state: 'checking', revision: 4, updatedAt: 1 }));
    state().applyPaymentUpdate(view({ state: 'awaiting', revision: 3, updatedAt: 9_999 }));
    expect(state().payment).toMatchObject({ state: 'checking', revision: 4 });
    state().applyPaymentUpdate(view({ state: 'awaiting', revision: 4, updatedAt: 99_999 }));
    expect(state().payment?.state, 'the same revision is the same news').toBe('checking');
  });

  it('a payment that left the counter (a confirmed cancel) goes back to the keypad with the amount kept', () => {
    state().applyPaymentUpdate(settledView({ state: 'cancelled', cancelled: true, onCounter: false, revision: 3 }));
    expect(state()).toMatchObject({ payment: undefined, amount: 25_000 });
    expect(selectScreen(state())).toBe('charge');
  });

  it('ignores events when no payment is on screen and none is being started', () => {
    state().applyPaymentUpdate(settledView({ state: 'paid', revision: 3 }));
    state().leftPayment(false);
    state().applyPaymentUpdate(view({ state: 'awaiting', revision: 4 }));
    expect(state().payment).toBeUndefined();
    expect(selectScreen(state())).toBe('charge');
  });

  it('leaving is refused while the payment still holds the counter; a new sale empties the keypad', () => {
    state().leftPayment(false);
    expect(state().payment?.state).toBe('awaiting');
    state().applyPaymentUpdate(settledView({ state: 'paid', revision: 3 }));
    state().leftPayment(false);
    expect(state()).toMatchObject({ payment: undefined, amount: 0 });
  });

  it('going back after a failure keeps the amount for another try', () => {
    state().applyPaymentUpdate(settledView({ state: 'declined', revision: 3, failure: { code: 'PAYMENT_EXPIRED', gatewayCode: '00029', detail: 'timed out' } }));
    state().leftPayment(true);
    expect(state()).toMatchObject({ payment: undefined, amount: 25_000 });
  });

  it('collects late payments from any event until they are acknowledged', () => {
    const late = settledView({ tradeNo: 'late-one', state: 'paid', lateAfter: 'cancelled', needsAcknowledgement: true, onCounter: false, revision: 5 });
    state().applyPaymentUpdate(late);
    expect(Object.keys(state().latePayments)).toEqual(['late-one']);
    expect(state().payment?.tradeNo, 'the payment on screen is not touched').toBe(view().tradeNo);
    state().applyPaymentUpdate({ ...late, revision: 4, needsAcknowledgement: false });
    expect(Object.keys(state().latePayments), 'an older revision does not clear it').toEqual(['late-one']);
    state().applyPaymentUpdate({ ...late, revision: 6, needsAcknowledgement: false });
    expect(state().latePayments).toEqual({});
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
    state().applyPaymentUpdate(settledView({ state: 'paid', revision: 3 }));
    state().adoptStartedPayment(view({ state: 'awaiting', revision: 2 }));
    expect(state().payment?.state).toBe('paid');
    expect(state().earlyUpdates).toEqual({});
  });

  it('drops early updates for other tradeNos when the result arrives', () => {
    state().applyPaymentUpdate(settledView({ tradeNo: 'other', state: 'paid', revision: 7 }));
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

  it('collecting the rest shows the rest as the amount being charged', () => {
    state().chargeRequested('VA', 40_000);
    expect(state()).toMatchObject({ amount: 40_000, starting: 'VA', payment: undefined });
  });
});

describe('selectScreen', () => {
  it('is loading until main has said how it is configured', () => {
    expect(selectScreen(state())).toBe('loading');
    state().appInfoFailed('INTERNAL');
    expect(selectScreen(state())).toBe('charge');
  });

  it.each(['creating', 'awaiting', 'checking', 'paid', 'partial', 'expired', 'declined', 'cancelled', 'notCreated'] as const)('follows the payment state %s', (paymentState) => {
    state().appInfoLoaded(demoInfo);
    state().chargeRequested('QRIS');
    state().adoptStartedPayment(view({ state: paymentState }));
    expect(selectScreen(state())).toBe(paymentState);
  });
});

describe('the payment main has just begun', () => {
  beforeEach(() => {
    state().appInfoLoaded(demoInfo);
    press('2', '5', '000');
    state().chargeRequested('QRIS');
  });

  it('is shown while its order is still on the way, so it can be cancelled', () => {
    state().applyPaymentUpdate(view({ state: 'creating', revision: 1, qrString: undefined }));
    expect(state().payment).toMatchObject({ state: 'creating', revision: 1 });
    expect(selectScreen(state())).toBe('creating');
    state().adoptStartedPayment(view({ state: 'awaiting', revision: 2 }));
    expect(state()).toMatchObject({ payment: { state: 'awaiting', revision: 2 }, starting: undefined });
  });

  it('cancelled before the gateway answered: back to the keypad at once, and the late answer does not bring it back', () => {
    state().applyPaymentUpdate(view({ state: 'creating', revision: 1 }));
    state().applyPaymentUpdate(settledView({ state: 'cancelled', cancelled: true, onCounter: false, revision: 2 }));
    expect(state()).toMatchObject({ payment: undefined, starting: undefined, amount: 25_000 });
    expect(selectScreen(state())).toBe('charge');
    state().adoptStartedPayment(settledView({ state: 'cancelled', onCounter: false, revision: 3 }));
    expect(state().payment).toBeUndefined();
  });
});
