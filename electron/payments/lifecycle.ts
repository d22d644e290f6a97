import type { ErrorCode } from '../../shared/ipc/contract.ts';
import { COUNTER_STATES, OVER_STATES, WATCHED_STATES } from '../../shared/payments.ts';
import type { PaymentState, WatchedState } from '../../shared/payments.ts';
import { STATUS } from '../../shared/paypro/status.ts';
import type { CheckProblem, Payment, PaymentEvent, PaymentEventType } from './payment.ts';

/**
 * A payment's life as one table, state × event → next record (STYLE.md §13). This is the only place a
 * payment's state changes. A pair the table does not list is impossible: `transition` refuses it with a reason
 * (the service records it as a bug) and the payment stays as it was. A transition that changes nothing returns
 * the same record, so the service knows there is nothing to journal.
 */
export interface LifecycleContext {
  readonly now: number;
  /** How long a payment the till let go of is still asked about (settings; default 2 h). */
  readonly watchGraceMs: number;
}

export type TransitionResult = { readonly ok: true; readonly payment: Payment } | { readonly ok: false; readonly reason: string };

/** "No such order" must come this many times, spread over at least this long, before Kasir believes it. */
export const ABSENT_CONFIRMATIONS = 3;
export const ABSENT_SPREAD_MS = 5_000;

type EventOf<T extends PaymentEventType> = Extract<PaymentEvent, { type: T }>;
type Step<T extends PaymentEventType> = (payment: Payment, event: EventOf<T>, context: LifecycleContext) => Payment | Refusal;
type Row = { readonly [T in PaymentEventType]?: Step<T> };

class Refusal {
  readonly reason: string;
  constructor(reason: string) {
    this.reason = reason;
  }
}

/** The next revision of a record; every change goes through here, so every change bumps the revision. */
function move(payment: Payment, state: PaymentState, context: LifecycleContext, patch: Partial<Payment> = {}): Payment {
  return { ...payment, ...patch, state, revision: payment.revision + 1, updatedAt: context.now };
}

/** Like move, but returns the same record when the patch changes nothing. */
function update(payment: Payment, context: LifecycleContext, patch: Partial<Payment>): Payment {
  const changed = (Object.keys(patch) as (keyof Payment)[]).some((key) => !Object.is(payment[key], patch[key]));
  return changed ? move(payment, payment.state, context, patch) : payment;
}

const answered = { failedChecks: 0, lastCheckProblem: undefined, lastCheckDetail: undefined, absentAnswers: 0, firstAbsentAt: undefined } as const;

function watch(payment: Payment, state: WatchedState, context: LifecycleContext, patch: Partial<Payment> = {}): Payment {
  return move(payment, state, context, { watchUntil: context.now + context.watchGraceMs, ...patch });
}

function gatewayFailure(gatewayCode: string, detail: string): Payment['failure'] {
  const code: ErrorCode = gatewayCode.trim() === STATUS.expired ? 'PAYMENT_EXPIRED' : 'PAYMENT_FAILED';
  return { code, gatewayCode, detail };
}

function checkFailed(payment: Payment, problem: CheckProblem, detail: string, context: LifecycleContext): Payment {
  return move(payment, payment.state, context, { failedChecks: payment.failedChecks + 1, lastCheckProblem: problem, lastCheckDetail: detail });
}

/** "No such order": believed only when the order's existence is unknown and the answer keeps coming, over time. */
const absent: Step<'absent'> = (payment, event, context) => {
  if (payment.platFormTradeNo !== undefined) return checkFailed(payment, 'refused', event.detail, context);
  const firstAbsentAt = payment.firstAbsentAt ?? context.now;
  const absentAnswers = payment.absentAnswers + 1;
  if (absentAnswers >= ABSENT_CONFIRMATIONS && context.now - firstAbsentAt >= ABSENT_SPREAD_MS) {
    return move(payment, 'notCreated', context, { ...answered, failure: { code: 'ORDER_NOT_CREATED', gatewayCode: event.gatewayCode, detail: event.detail } });
  }
  return move(payment, payment.state, context, { absentAnswers, firstAbsentAt, failedChecks: payment.failedChecks + 1, lastCheckProblem: 'refused', lastCheckDetail: event.detail });
};

const failedCheck: Step<'checkFailed'> = (payment, event, context) => checkFailed(payment, event.problem, event.detail, context);

/** Money arrived. After the till let go of the payment, that is a late payment the manager must decide on. */
function settled(state: 'paid' | 'partial') {
  return (payment: Payment, event: { readonly platFormTradeNo: string; readonly paidAmount: number }, context: LifecycleContext): Payment => {
    const lateAfter = isWatchedState(payment.state) ? payment.state : undefined;
    return move(payment, state, context, { ...answered, platFormTradeNo: event.platFormTradeNo, paidAmount: event.paidAmount, paidAt: context.now, lateAfter });
  };
}

/** Still pending at the gateway: nothing to change but the check counters (and the gateway's id, if new). */
const stillPending: Step<'pending'> = (payment, event, context) => update(payment, context, { ...answered, platFormTradeNo: event.platFormTradeNo });

/** A watched payment the gateway now calls failed stays watched: a late payment can still arrive. */
const failedWhileWatched: Step<'declined'> = (payment, event, context) =>
  update(payment, context, { ...answered, platFormTradeNo: event.platFormTradeNo, failure: payment.failure ?? gatewayFailure(event.gatewayCode, event.detail) });

const declined: Step<'declined'> = (payment, event, context) =>
  watch(payment, 'declined', context, { ...answered, platFormTradeNo: event.platFormTradeNo, failure: gatewayFailure(event.gatewayCode, event.detail) });

/** The customer never saw a QR or VA number before this point, so leaving the screen at once is safe. */
const cancelUnseen: Step<'cancel'> = (payment, _event, context) =>
  watch(payment, 'cancelled', context, { cancelledAt: context.now, dismissedAt: context.now });

const watchEnded: Step<'watchEnded'> = (payment, _event, context) => {
  if (payment.watchUntil !== undefined && context.now < payment.watchUntil) return new Refusal('the watch is not over yet');
  return move(payment, 'unpaid', context);
};

const dismiss: Step<'dismiss'> = (payment, _event, context) => update(payment, context, { dismissedAt: payment.dismissedAt ?? context.now });

const acknowledge: Step<'acknowledge'> = (payment, _event, context) => {
  if (payment.lateAfter === undefined) return new Refusal('only a late payment is acknowledged');
  return update(payment, context, { acknowledgedAt: payment.acknowledgedAt ?? context.now });
};

/** The rows every watched state shares: keep asking, and notice money that arrives anyway. */
const watchedRow: Row = {
  pending: stillPending,
  paid: settled('paid'),
  partial: settled('partial'),
  declined: failedWhileWatched,
  absent,
  checkFailed: failedCheck,
  watchEnded,
  dismiss,
};

/** What an over payment still accepts: leaving its screen, and the manager's decision on a late payment. */
const overRow: Row = { dismiss };
const settledRow: Row = { dismiss, acknowledge };

const TABLE: Readonly<Record<PaymentState, Row>> = {
  creating: {
    created: (payment, event, context) =>
      move(payment, 'awaiting', context, { platFormTradeNo: event.platFormTradeNo, qrString: event.qrString, vaNumber: event.vaNumber, paymentUrl: event.paymentUrl, expiresAt: event.expiresAt }),
    unusable: (payment, event, context) =>
      watch(payment, 'stranded', context, { platFormTradeNo: event.platFormTradeNo, failure: { code: event.code, gatewayCode: undefined, detail: event.detail } }),
    refused: (payment, event, context) =>
      move(payment, 'notCreated', context, { failure: { code: 'GATEWAY_REJECTED', gatewayCode: event.gatewayCode, detail: event.detail } }),
    notSent: (payment, event, context) =>
      move(payment, 'notCreated', context, { failure: { code: 'GATEWAY_UNREACHABLE', gatewayCode: undefined, detail: event.detail } }),
    outcomeUnknown: (payment, _event, context) => move(payment, 'checking', context),
    cancel: cancelUnseen,
    recovered: (payment, _event, context) => move(payment, 'checking', context),
  },
  awaiting: {
    pending: stillPending,
    paid: settled('paid'),
    partial: settled('partial'),
    declined,
    absent,
    checkFailed: failedCheck,
    cancel: (payment, event, context) =>
      watch(payment, 'cancelled', context, { cancelledAt: context.now, dismissedAt: event.confirmed ? context.now : undefined }),
    expire: (payment, _event, context) => {
      if (payment.expiresAt !== undefined && context.now < payment.expiresAt) return new Refusal('the payment has not expired yet');
      return watch(payment, 'expired', context);
    },
  },
  checking: {
    // The order exists and nobody paid it, but its QR / VA number was in the answer that was lost.
    pending: (payment, event, context) =>
      watch(payment, 'stranded', context, {
        ...answered,
        platFormTradeNo: event.platFormTradeNo,
        failure: { code: 'PAYMENT_DETAILS_LOST', gatewayCode: STATUS.pending, detail: 'The order exists at Paypro but its payment details were lost.' },
      }),
    paid: settled('paid'),
    partial: settled('partial'),
    declined,
    absent,
    checkFailed: failedCheck,
    cancel: cancelUnseen,
  },
  cancelled: {
    ...watchedRow,
    // The answer to a payIn sent before the cancel: keep what it says, keep watching.
    created: (payment, event, context) =>
      update(payment, context, { platFormTradeNo: event.platFormTradeNo, qrString: event.qrString, vaNumber: event.vaNumber, paymentUrl: event.paymentUrl }),
    unusable: (payment, event, context) => update(payment, context, { platFormTradeNo: event.platFormTradeNo }),
    refused: (payment, event, context) =>
      move(payment, 'notCreated', context, { failure: { code: 'GATEWAY_REJECTED', gatewayCode: event.gatewayCode, detail: event.detail } }),
    notSent: (payment, event, context) =>
      move(payment, 'notCreated', context, { failure: { code: 'GATEWAY_UNREACHABLE', gatewayCode: undefined, detail: event.detail } }),
    outcomeUnknown: (payment) => payment,
  },
  expired: watchedRow,
  declined: watchedRow,
  stranded: watchedRow,
  paid: settledRow,
  partial: settledRow,
  unpaid: overRow,
  notCreated: overRow,
};

export function transition(payment: Payment, event: PaymentEvent, context: LifecycleContext): TransitionResult {
  const step = TABLE[payment.state][event.type] as Step<PaymentEventType> | undefined;
  if (!step) return { ok: false, reason: `${event.type} cannot happen to a ${payment.state} payment` };
  const next = step(payment, event, context);
  return next instanceof Refusal ? { ok: false, reason: `${event.type} on a ${payment.state} payment: ${next.reason}` } : { ok: true, payment: next };
}

/** Which events the table lists for a state (the tests walk every state × event pair against this). */
export function listedEvents(state: PaymentState): PaymentEventType[] {
  return Object.keys(TABLE[state]) as PaymentEventType[];
}

function isWatchedState(state: PaymentState): state is WatchedState {
  return (WATCHED_STATES as readonly PaymentState[]).includes(state);
}

// The three questions a till asks about a payment, each answered on its own (never one overloaded predicate).

/** Does this payment hold the counter? While it does, the till takes no other charge. */
export function holdsCounter(payment: Pick<Payment, 'state'>): boolean {
  return (COUNTER_STATES as readonly PaymentState[]).includes(payment.state);
}

/** Is it still asked about at the gateway? (A payment being created is not: its payIn is still in flight.) */
export function isWatched(payment: Pick<Payment, 'state'>): boolean {
  return payment.state === 'awaiting' || payment.state === 'checking' || isWatchedState(payment.state);
}

/** Is it over for good? Nothing about it will change any more, except a manager's acknowledgement. */
export function isOver(payment: Pick<Payment, 'state'>): boolean {
  return (OVER_STATES as readonly PaymentState[]).includes(payment.state);
}

/** Paid after the till let go of it, and nobody has decided yet whether to refund or keep the money. */
export function needsAcknowledgement(payment: Pick<Payment, 'lateAfter' | 'acknowledgedAt'>): boolean {
  return payment.lateAfter !== undefined && payment.acknowledgedAt === undefined;
}
