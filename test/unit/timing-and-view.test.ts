import { describe, expect, it } from 'vitest';
import { newPayment } from '../../electron/payments/payment.ts';
import type { Payment } from '../../electron/payments/payment.ts';
import { DEFAULT_TIMING, nextCheckDelay } from '../../electron/payments/timing.ts';
import { toView } from '../../electron/payments/view.ts';
import { buildQrisPayload } from '../../electron/simulator/qris.ts';

const T0 = 1_800_000_000_000;
const base = newPayment({ tradeNo: 't1', amount: 25_000, method: 'QRIS', kind: 'qris', channelCode: 'QRIS', wayCode: undefined, bank: undefined, methodLabel: 'QRIS', parentTradeNo: undefined }, T0);
const payment = (patch: Partial<Payment>): Payment => ({ ...base, ...patch });

describe('the pace of status checks (production timing)', () => {
  it('the payment on the counter: at most one query a second', () => {
    expect(nextCheckDelay(payment({ state: 'awaiting' }), DEFAULT_TIMING, T0)).toBe(1_000);
    expect(nextCheckDelay(payment({ state: 'checking' }), DEFAULT_TIMING, T0)).toBe(1_000);
  });

  it('backs off while checks fail (2, 4, then every 5 s), never faster than once a second', () => {
    const delays = [0, 1, 2, 3, 8, 40].map((failedChecks) => nextCheckDelay(payment({ state: 'awaiting', failedChecks }), DEFAULT_TIMING, T0));
    expect(delays).toEqual([1_000, 2_000, 4_000, 5_000, 5_000, 5_000]);
  });

  it('a payment let go of: often at first, then less and less, at most a minute apart', () => {
    const grace = DEFAULT_TIMING.watchGraceMs;
    const watched = payment({ state: 'cancelled', dismissedAt: T0, watchUntil: T0 + grace });
    expect(nextCheckDelay(watched, DEFAULT_TIMING, T0)).toBe(5_000);
    expect(nextCheckDelay(watched, DEFAULT_TIMING, T0 + 5 * 60_000)).toBe(30_000);
    expect(nextCheckDelay(watched, DEFAULT_TIMING, T0 + 60 * 60_000)).toBe(60_000);
  });

  it('a let-go payment still on screen ("time is up", "not sure yet") is asked about at the counter\'s pace', () => {
    expect(nextCheckDelay(payment({ state: 'expired', dismissedAt: undefined, watchUntil: T0 + 1 }), DEFAULT_TIMING, T0)).toBe(1_000);
  });

  it('nothing is asked while payIn is in flight, nor about a payment that is over', () => {
    for (const state of ['creating', 'paid', 'partial', 'unpaid', 'notCreated'] as const) {
      expect(nextCheckDelay(payment({ state }), DEFAULT_TIMING, T0), state).toBeUndefined();
    }
  });
});

describe('the view windows get', () => {
  it('says "connection interrupted" only after two checks in a row without an answer; a disbelieved answer at once', () => {
    expect(toView(payment({ state: 'awaiting', failedChecks: 1, lastCheckProblem: 'connection' })).statusTrouble).toBeUndefined();
    expect(toView(payment({ state: 'awaiting', failedChecks: 2, lastCheckProblem: 'connection', lastCheckDetail: 'timeout' }))).toMatchObject({ statusTrouble: 'connection', statusDetail: 'timeout' });
    expect(toView(payment({ state: 'awaiting', failedChecks: 2, lastCheckProblem: 'refused' })).statusTrouble).toBe('connection');
    expect(toView(payment({ state: 'awaiting', failedChecks: 1, lastCheckProblem: 'untrusted' })).statusTrouble).toBe('untrusted');
    expect(toView(payment({ state: 'awaiting' }))).toMatchObject({ statusTrouble: undefined, statusDetail: undefined });
  });

  it('offers the rest of a partial payment only while it is on the counter and on time', () => {
    expect(toView(payment({ state: 'partial', paidAmount: 10_000 })).restAmount).toBe(15_000);
    expect(toView(payment({ state: 'partial', paidAmount: 10_000, dismissedAt: T0 })).restAmount).toBeUndefined();
    expect(toView(payment({ state: 'partial', paidAmount: 10_000, lateAfter: 'cancelled' })).restAmount).toBeUndefined();
    expect(toView(payment({ state: 'paid', paidAmount: 25_000 })).restAmount).toBeUndefined();
  });

  it('answers the counter questions and carries no internal counters or payer data', () => {
    const view = toView(payment({ state: 'paid', lateAfter: 'expired', dismissedAt: T0, cancelledAt: undefined }));
    expect(view).toMatchObject({ holdsCounter: false, onCounter: false, needsAcknowledgement: true, cancelled: false, revision: 1 });
    for (const internal of ['failedChecks', 'absentAnswers', 'watchUntil', 'channelCode', 'wayCode', 'dismissedAt']) expect(view).not.toHaveProperty(internal);
  });

  it('carries the QR ready to draw and the QRIS merchant read in main; a VA has neither', () => {
    const qrString = buildQrisPayload({ merchantNo: '100000001', merchantName: 'TOKO BU SRI', merchantCity: 'BANDUNG', amount: 25_000, reference: 't1' });
    const qris = toView(payment({ state: 'awaiting', qrString }));
    expect(qris.qr?.modules.length).toBe((qris.qr?.size ?? 0) ** 2);
    expect(qris.qrisMerchant?.name).toBe('TOKO BU SRI');
    expect(qris.qrisMerchant?.nmid).toMatch(/^ID\d+/);
    const link = toView(payment({ state: 'awaiting', kind: 'ewallet', qrString: undefined, paymentUrl: 'https://pay.example.test/c/1' }));
    expect(link.qr).toBeDefined();
    expect(link.qrisMerchant).toBeUndefined();
    const va = toView(payment({ state: 'awaiting', kind: 'va', qrString: undefined, vaNumber: '8808123456789012', paymentUrl: 'https://ignored.test' }));
    expect(va).toMatchObject({ qr: undefined, qrisMerchant: undefined });
    expect(toView(payment({ state: 'awaiting', qrString: 'not a QRIS' })).qrisMerchant).toBeUndefined();
  });
});
