import { describe, expect, it } from 'vitest';
import { PAYMENT_STATES } from '../../shared/payments.ts';
import type { PaymentState } from '../../shared/payments.ts';
import {
  ABSENT_CONFIRMATIONS, ABSENT_SPREAD_MS, holdsCounter, isOver, isWatched, listedEvents, needsAcknowledgement, transition,
} from '../../electron/payments/lifecycle.ts';
import type { LifecycleContext } from '../../electron/payments/lifecycle.ts';
import { PAYMENT_EVENT_TYPES, newPayment } from '../../electron/payments/payment.ts';
import type { Payment, PaymentEvent, PaymentEventType } from '../../electron/payments/payment.ts';

/**
 * The transition table, every state × every event. The expectations below are written out by hand, not
 * derived from the table: "x" marks a pair that cannot happen and must be refused (never a crash).
 */
const T0 = 1_800_000_000_000;
const context: LifecycleContext = { now: T0, watchGraceMs: 7_200_000 };

const sample: { readonly [T in PaymentEventType]: Extract<PaymentEvent, { type: T }> } = {
  created: { type: 'created', platFormTradeNo: 'pf1', qrString: 'qr', vaNumber: undefined, paymentUrl: 'https://pay', expiresAt: T0 + 900_000 },
  unusable: { type: 'unusable', platFormTradeNo: 'pf1', code: 'QR_STATIC', detail: 'static QR' },
  refused: { type: 'refused', gatewayCode: '8000', detail: 'sign error' },
  notSent: { type: 'notSent', detail: 'ECONNREFUSED' },
  outcomeUnknown: { type: 'outcomeUnknown', detail: 'timeout' },
  pending: { type: 'pending', platFormTradeNo: 'pf1' },
  paid: { type: 'paid', platFormTradeNo: 'pf1', paidAmount: 25_000 },
  partial: { type: 'partial', platFormTradeNo: 'pf1', paidAmount: 10_000 },
  declined: { type: 'declined', platFormTradeNo: 'pf1', gatewayCode: '00032', detail: 'UNKNOWN_ERROR' },
  absent: { type: 'absent', gatewayCode: '8000', detail: 'order not found' },
  checkFailed: { type: 'checkFailed', problem: 'connection', detail: 'timeout' },
  cancel: { type: 'cancel', confirmed: true },
  expire: { type: 'expire' },
  watchEnded: { type: 'watchEnded' },
  acknowledge: { type: 'acknowledge' },
  dismiss: { type: 'dismiss' },
  recovered: { type: 'recovered' },
};

const base = newPayment(
  { tradeNo: '2026112512000012345678', amount: 25_000, method: 'QRIS', kind: 'qris', channelCode: 'QRIS', wayCode: undefined, bank: undefined, methodLabel: 'QRIS', parentTradeNo: undefined },
  T0 - 60_000,
);
/** A plausible record in each state, as the table would have left it (expired deadlines already passed). */
const inState = (state: PaymentState): Payment => {
  const known = { platFormTradeNo: 'pf1', qrString: 'qr', expiresAt: T0 - 1 };
  const watched = { ...known, watchUntil: T0 - 1, dismissedAt: T0 - 10 };
  const patches: Record<PaymentState, Partial<Payment>> = {
    creating: {},
    awaiting: known,
    checking: {},
    cancelled: { ...watched, cancelledAt: T0 - 10 },
    expired: watched,
    declined: { ...watched, failure: { code: 'PAYMENT_FAILED', gatewayCode: '00032', detail: 'x' } },
    stranded: { ...watched, failure: { code: 'PAYMENT_DETAILS_LOST', gatewayCode: '0015', detail: 'x' } },
    paid: { ...known, paidAmount: 25_000, lateAfter: 'cancelled' },
    partial: { ...known, paidAmount: 10_000, lateAfter: 'expired' },
    unpaid: { ...watched },
    notCreated: { failure: { code: 'GATEWAY_REJECTED', gatewayCode: '8000', detail: 'x' } },
  };
  return { ...base, ...patches[state], state, revision: 3 };
};

type Expect = PaymentState | 'x';
const E = PAYMENT_EVENT_TYPES;
//                           created      unusable    refused       notSent       outcomeUnknown pending      paid     partial    declined     absent       checkFailed  cancel       expire     watchEnded acknowledge dismiss       recovered
const expected: Record<PaymentState, readonly Expect[]> = {
  creating: /*        */ ['awaiting', 'stranded', 'notCreated', 'notCreated', 'checking', 'x', 'x', 'x', 'x', 'x', 'x', 'cancelled', 'x', 'x', 'x', 'x', 'checking'],
  awaiting: /*        */ ['x', 'x', 'x', 'x', 'x', 'awaiting', 'paid', 'partial', 'declined', 'awaiting', 'awaiting', 'cancelled', 'expired', 'x', 'x', 'x', 'x'],
  checking: /*        */ ['x', 'x', 'x', 'x', 'x', 'stranded', 'paid', 'partial', 'declined', 'checking', 'checking', 'cancelled', 'x', 'x', 'x', 'x', 'x'],
  cancelled: /*       */ ['cancelled', 'cancelled', 'notCreated', 'notCreated', 'cancelled', 'cancelled', 'paid', 'partial', 'cancelled', 'cancelled', 'cancelled', 'x', 'x', 'unpaid', 'x', 'cancelled', 'x'],
  expired: /*         */ ['x', 'x', 'x', 'x', 'x', 'expired', 'paid', 'partial', 'expired', 'expired', 'expired', 'x', 'x', 'unpaid', 'x', 'expired', 'x'],
  declined: /*        */ ['x', 'x', 'x', 'x', 'x', 'declined', 'paid', 'partial', 'declined', 'declined', 'declined', 'x', 'x', 'unpaid', 'x', 'declined', 'x'],
  stranded: /*        */ ['x', 'x', 'x', 'x', 'x', 'stranded', 'paid', 'partial', 'stranded', 'stranded', 'stranded', 'x', 'x', 'unpaid', 'x', 'stranded', 'x'],
  paid: /*            */ ['x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'paid', 'paid', 'x'],
  partial: /*         */ ['x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'partial', 'partial', 'x'],
  unpaid: /*          */ ['x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'unpaid', 'x'],
  notCreated: /*      */ ['x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'notCreated', 'x'],
};

const pairs = PAYMENT_STATES.flatMap((state) => E.map((type, index) => ({ state, type, want: expected[state][index] ?? 'missing' })));

describe('the transition table: every state × every event', () => {
  it('the hand-written matrix covers every state and every event', () => {
    expect(Object.keys(expected).sort()).toEqual([...PAYMENT_STATES].sort());
    for (const row of Object.values(expected)) expect(row).toHaveLength(E.length);
  });

  it.each(pairs)('$state + $type → $want', ({ state, type, want }) => {
    const before = inState(state);
    const result = transition(before, sample[type], context);
    if (want === 'x') {
      expect(result.ok, 'an impossible pair must be refused').toBe(false);
      if (!result.ok) expect(result.reason).toMatch(new RegExp(`${type}.*${state}`));
      return;
    }
    expect(result).toMatchObject({ ok: true, payment: { state: want } });
    if (!result.ok) return;
    const changed = result.payment !== before;
    // A change bumps the revision by exactly one and stamps the time; no change returns the same record.
    expect(result.payment.revision).toBe(changed ? before.revision + 1 : before.revision);
    if (changed) expect(result.payment.updatedAt).toBe(T0);
    expect(before.state, 'the old record is never mutated').toBe(state);
  });

  it('lists exactly the pairs the matrix allows (nothing allowed by accident)', () => {
    for (const state of PAYMENT_STATES) {
      const allowed = E.filter((_type, index) => expected[state][index] !== 'x');
      expect(listedEvents(state).sort(), state).toEqual([...allowed].sort());
    }
  });
});

describe('guards inside the table', () => {
  const step = (payment: Payment, event: PaymentEvent, now = T0) => {
    const result = transition(payment, event, { ...context, now });
    if (!result.ok) throw new Error(result.reason);
    return result.payment;
  };

  it('"no such order" ends a checking payment only when it is said several times, spread over time', () => {
    let payment = inState('checking');
    for (let i = 0; i < ABSENT_CONFIRMATIONS + 2; i++) payment = step(payment, sample.absent, T0 + i * 100);
    expect(payment).toMatchObject({ state: 'checking', absentAnswers: ABSENT_CONFIRMATIONS + 2, failedChecks: ABSENT_CONFIRMATIONS + 2, lastCheckProblem: 'refused' });
    payment = step(payment, sample.absent, T0 + ABSENT_SPREAD_MS);
    expect(payment).toMatchObject({ state: 'notCreated', failure: { code: 'ORDER_NOT_CREATED', gatewayCode: '8000' } });
  });

  it('an answer that the order exists starts the count again', () => {
    // Cancelled while its payIn's outcome was unknown: whether the order exists is still open.
    let payment = step({ ...inState('cancelled'), platFormTradeNo: undefined }, sample.absent);
    payment = step(payment, sample.absent, T0 + 100);
    expect(payment.absentAnswers).toBe(2);
    payment = step(payment, sample.pending, T0 + 200);
    expect(payment).toMatchObject({ absentAnswers: 0, firstAbsentAt: undefined, failedChecks: 0, platFormTradeNo: 'pf1' });
  });

  it('"no such order" about an order the gateway already created is only a failed check', () => {
    let payment = inState('awaiting');
    for (let i = 0; i < 10; i++) payment = step(payment, sample.absent, T0 + i * ABSENT_SPREAD_MS);
    expect(payment).toMatchObject({ state: 'awaiting', failedChecks: 10, absentAnswers: 0 });
  });

  it('expiry and the end of the watch are refused before their time', () => {
    const awaiting = { ...inState('awaiting'), expiresAt: T0 + 1 };
    expect(transition(awaiting, sample.expire, context)).toMatchObject({ ok: false, reason: expect.stringMatching(/not expired/) });
    expect(step(awaiting, sample.expire, T0 + 1).state).toBe('expired');
    const cancelled = { ...inState('cancelled'), watchUntil: T0 + 1 };
    expect(transition(cancelled, sample.watchEnded, context).ok).toBe(false);
    expect(step(cancelled, sample.watchEnded, T0 + 1).state).toBe('unpaid');
  });

  it('entering a watched state starts the grace period', () => {
    expect(step(inState('awaiting'), sample.expire).watchUntil).toBe(T0 + context.watchGraceMs);
    expect(step(inState('checking'), sample.pending)).toMatchObject({ state: 'stranded', watchUntil: T0 + context.watchGraceMs, failure: { code: 'PAYMENT_DETAILS_LOST' } });
  });

  it('a confirmed cancel leaves the counter at once; an unconfirmed one stays on screen ("not sure yet")', () => {
    expect(step(inState('awaiting'), { type: 'cancel', confirmed: true })).toMatchObject({ state: 'cancelled', cancelledAt: T0, dismissedAt: T0 });
    expect(step(inState('awaiting'), { type: 'cancel', confirmed: false })).toMatchObject({ state: 'cancelled', cancelledAt: T0, dismissedAt: undefined });
    // Before the QR or VA number reached the customer, nobody can have paid: always back to the keypad.
    expect(step(inState('checking'), { type: 'cancel', confirmed: false }).dismissedAt).toBe(T0);
  });

  it('money after the till let go is a late payment until a manager acknowledges it', () => {
    for (const watched of ['cancelled', 'expired', 'declined', 'stranded'] as const) {
      const late = step(inState(watched), sample.paid);
      expect(late).toMatchObject({ state: 'paid', lateAfter: watched, paidAmount: 25_000, paidAt: T0 });
      expect(needsAcknowledgement(late)).toBe(true);
      const acknowledged = step(late, sample.acknowledge, T0 + 5);
      expect(acknowledged.acknowledgedAt).toBe(T0 + 5);
      expect(needsAcknowledgement(acknowledged)).toBe(false);
      expect(step(acknowledged, sample.acknowledge, T0 + 9), 'acknowledging twice changes nothing').toBe(acknowledged);
    }
    const onTime = step(inState('awaiting'), sample.paid);
    expect(onTime.lateAfter).toBeUndefined();
    expect(transition(onTime, sample.acknowledge, context)).toMatchObject({ ok: false, reason: expect.stringMatching(/late/) });
  });

  it('a gateway failure: 00029 is an expiry, anything else a failed payment; a watched one keeps its first failure', () => {
    expect(step(inState('awaiting'), { ...sample.declined, gatewayCode: '00029' }).failure?.code).toBe('PAYMENT_EXPIRED');
    expect(step(inState('awaiting'), sample.declined).failure).toEqual({ code: 'PAYMENT_FAILED', gatewayCode: '00032', detail: 'UNKNOWN_ERROR' });
    expect(step(inState('declined'), { ...sample.declined, gatewayCode: '00029' }).failure?.code).toBe('PAYMENT_FAILED');
  });

  it('a status check that changes nothing returns the same record (nothing to journal)', () => {
    const awaiting = inState('awaiting');
    expect(step(awaiting, sample.pending)).toBe(awaiting);
    const troubled = step(awaiting, sample.checkFailed);
    expect(troubled).toMatchObject({ failedChecks: 1, lastCheckProblem: 'connection', revision: awaiting.revision + 1 });
    expect(step(troubled, sample.pending)).toMatchObject({ failedChecks: 0, lastCheckProblem: undefined, revision: awaiting.revision + 2 });
  });

  it('the answer to a payIn sent before the cancel is kept, and the payment stays watched', () => {
    const cancelled = { ...inState('cancelled'), platFormTradeNo: undefined, qrString: undefined };
    expect(step(cancelled, sample.created)).toMatchObject({ state: 'cancelled', platFormTradeNo: 'pf1', qrString: 'qr' });
    expect(step(cancelled, sample.refused)).toMatchObject({ state: 'notCreated', failure: { code: 'GATEWAY_REJECTED' }, cancelledAt: T0 - 10 });
  });
});

describe('the three questions, each on its own', () => {
  const answers: Record<PaymentState, [holds: boolean, watched: boolean, over: boolean]> = {
    creating: [true, false, false],
    awaiting: [true, true, false],
    checking: [true, true, false],
    cancelled: [false, true, false],
    expired: [false, true, false],
    declined: [false, true, false],
    stranded: [false, true, false],
    paid: [false, false, true],
    partial: [false, false, true],
    unpaid: [false, false, true],
    notCreated: [false, false, true],
  };
  it.each(PAYMENT_STATES)('%s', (state) => {
    const payment = inState(state);
    expect([holdsCounter(payment), isWatched(payment), isOver(payment)]).toEqual(answers[state]);
  });
});
