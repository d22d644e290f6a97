import { randomBytes, randomInt } from 'node:crypto';
import { STATUS } from '../../shared/paypro/status.ts';
import type { TimerSet } from './timers.ts';
import type { SettleOutcome, SimOrder } from './types.ts';

/**
 * The ledger and each order's state machine: 0015 (paying) → 0000 / 0001 / 00029 / 00032, each final state
 * reached once. Expiry happens both by timer and lazily on every read, so a query never shows a pending
 * order past its deadline even if the timer has not fired yet.
 */
export const FAILED_STATUS = '00032';

export const STATUS_MESSAGES = {
  pending: 'Paying',
  paid: 'SUCCESS',
  partial: 'Partial payment',
  expired: 'Collection order timed out without payment',
  failed: 'UNKNOWN_ERROR',
} as const;

const OUTCOME_STATUS: Record<SettleOutcome, string> = {
  paid: STATUS.paid,
  partial: STATUS.partial,
  expired: STATUS.expired,
  failed: FAILED_STATUS,
};

export type SettleErrorReason = 'unknown' | 'final' | 'invalid';

export class SettleError extends Error {
  readonly reason: SettleErrorReason;
  constructor(reason: SettleErrorReason, message: string) {
    super(message);
    this.name = 'SettleError';
    this.reason = reason;
  }
}

export interface OrderBookOptions {
  readonly orderTtlMs: number;
  readonly autoSettle: { readonly afterMs: number; readonly outcome: SettleOutcome } | undefined;
  readonly timers: TimerSet;
  /** Called once per order, when it reaches a final state (the notify hook). */
  readonly onFinal: (order: SimOrder) => void;
}

const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** Bounded retries for unique ids; a collision in 36^16 or 10^12 space is already next to impossible. */
const MAX_ID_TRIES = 100;

export class OrderBook {
  private readonly orders = new Map<string, SimOrder>();
  private readonly byPlatformId = new Map<string, SimOrder>();
  private readonly vaNumbers = new Set<string>();
  private readonly options: OrderBookOptions;

  constructor(options: OrderBookOptions) {
    this.options = options;
  }

  has(tradeNo: string): boolean {
    return this.orders.has(tradeNo);
  }

  /** 16 lower-case alphanumerics, the form the payIn example shows (`c167o1itir0fypid`). */
  newPlatFormTradeNo(): string {
    for (let i = 0; i < MAX_ID_TRIES; i++) {
      const id = Array.from(randomBytes(16), (byte) => ALPHANUMERIC[byte % ALPHANUMERIC.length]).join('');
      if (!this.byPlatformId.has(id)) return id;
    }
    throw new Error('could not draw a unique platFormTradeNo');
  }

  /** 16 digits: a 4-digit bank prefix and a 12-digit customer number, like a bank's closed-amount VA. */
  newVaNumber(): string {
    for (let i = 0; i < MAX_ID_TRIES; i++) {
      const number = `8808${String(randomInt(0, 1_000_000)).padStart(6, '0')}${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
      if (!this.vaNumbers.has(number)) return number;
    }
    throw new Error('could not draw a unique vaNumber');
  }

  add(order: SimOrder): void {
    this.orders.set(order.tradeNo, order);
    this.byPlatformId.set(order.platFormTradeNo, order);
    if (order.vaNumber !== undefined) this.vaNumbers.add(order.vaNumber);
    const { timers, orderTtlMs, autoSettle } = this.options;
    this.armExpiry(order, orderTtlMs);
    if (autoSettle) {
      timers.later(autoSettle.afterMs, () => {
        this.expireIfDue(order, Date.now());
        if (order.status === STATUS.pending) this.finish(order, autoSettle.outcome, undefined);
      });
    }
  }

  /** The live order (not a copy); expires it first if its deadline has passed. */
  find(tradeNo: string): SimOrder | undefined {
    const order = this.orders.get(tradeNo);
    if (order) this.expireIfDue(order, Date.now());
    return order;
  }

  findByPlatformId(platFormTradeNo: string): SimOrder | undefined {
    const order = this.byPlatformId.get(platFormTradeNo);
    if (order) this.expireIfDue(order, Date.now());
    return order;
  }

  /** Live orders in creation order, every due expiry applied. */
  all(): SimOrder[] {
    const now = Date.now();
    for (const order of this.orders.values()) this.expireIfDue(order, now);
    return [...this.orders.values()];
  }

  settle(tradeNo: string, outcome: SettleOutcome, payAmount: number | undefined): SimOrder {
    const order = this.find(tradeNo);
    if (!order) throw new SettleError('unknown', `order not found: ${tradeNo}`);
    if (order.status !== STATUS.pending) {
      throw new SettleError('final', `order ${tradeNo} is already final (status ${order.status})`);
    }
    this.finish(order, outcome, payAmount);
    return order;
  }

  /**
   * libuv measures a timeout from its cached loop time, which can lag Date.now(), so a timer may fire a few
   * ms before the wall-clock deadline; then it is re-armed for the rest instead of leaving expiry to reads.
   */
  private armExpiry(order: SimOrder, delayMs: number): void {
    this.options.timers.later(delayMs, () => {
      if (order.status !== STATUS.pending) return;
      const left = order.createdAt + this.options.orderTtlMs - Date.now();
      if (left > 0) this.armExpiry(order, left);
      else this.finish(order, 'expired', undefined);
    });
  }

  private expireIfDue(order: SimOrder, now: number): void {
    if (order.status === STATUS.pending && now - order.createdAt >= this.options.orderTtlMs) {
      this.finish(order, 'expired', undefined);
    }
  }

  private finish(order: SimOrder, outcome: SettleOutcome, payAmount: number | undefined): void {
    order.payAmount = paidAmount(order.amount, outcome, payAmount);
    order.status = OUTCOME_STATUS[outcome];
    order.message = STATUS_MESSAGES[outcome];
    order.settledAt = Date.now();
    this.options.onFinal(order);
  }
}

function paidAmount(amount: number, outcome: SettleOutcome, payAmount: number | undefined): number {
  if (outcome === 'partial') {
    const paid = payAmount ?? Math.floor(amount / 2);
    if (!Number.isSafeInteger(paid) || paid < 1 || paid >= amount) {
      throw new SettleError('invalid', `partial payAmount must be a whole number from 1 to ${amount - 1}`);
    }
    return paid;
  }
  if (payAmount !== undefined && !(outcome === 'paid' && payAmount === amount)) {
    throw new SettleError('invalid', `payAmount only applies to a partial settlement (a ${outcome} order pays ${outcome === 'paid' ? amount : 0})`);
  }
  return outcome === 'paid' ? amount : 0;
}

/** A copy for callers outside the simulator, so nobody can change the ledger behind its back. */
export function copyOrder(order: SimOrder): SimOrder {
  return { ...order };
}
