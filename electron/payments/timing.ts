import { holdsCounter, isWatched } from './lifecycle.ts';
import type { Payment } from './payment.ts';

/**
 * How often and how long the till asks about a payment. The watch grace comes from settings; each method's expiry
 * is in the catalogue.
 */
export interface PaymentTiming {
  /** How long a payment the till let go of is still asked about. */
  readonly watchGraceMs: number;
  /** The payment on the counter is asked about at most this often: the customer is waiting for the answer. */
  readonly counterCheckMs: number;
  /** ...and no less often than this while the gateway does not answer. */
  readonly counterBackoffMaxMs: number;
  /** A payment the till let go of is asked about often at first, then less and less. */
  readonly watchedCheckMinMs: number;
  readonly watchedCheckMaxMs: number;
  /** The cashier's "check now" is refused when the last one was sooner than this. */
  readonly checkNowMinIntervalMs: number;
}

export const DEFAULT_TIMING: PaymentTiming = {
  watchGraceMs: 2 * 60 * 60_000,
  counterCheckMs: 1_000,
  counterBackoffMaxMs: 5_000,
  watchedCheckMinMs: 5_000,
  watchedCheckMaxMs: 60_000,
  checkNowMinIntervalMs: 3_000,
};

/**
 * When to ask the gateway about this payment next, or undefined when it is not asked about at all: a payment
 * being created (its payIn is in flight) or one that is over. Nothing open means no queries at all.
 */
export function nextCheckDelay(payment: Payment, timing: PaymentTiming, now: number): number | undefined {
  if (!isWatched(payment)) return undefined;
  const onScreen = holdsCounter(payment) || payment.dismissedAt === undefined;
  if (onScreen) {
    // 1 s, then 2 s, 4 s … while checks fail, so a struggling gateway is not hammered.
    const backoff = timing.counterCheckMs * 2 ** Math.min(payment.failedChecks, 10);
    return Math.min(backoff, Math.max(timing.counterBackoffMaxMs, timing.counterCheckMs));
  }
  // Let go of: a late payment comes soon after the cancel if it comes at all, so ask often at first.
  const watchedFor = payment.watchUntil === undefined ? 0 : now - (payment.watchUntil - timing.watchGraceMs);
  return Math.min(timing.watchedCheckMaxMs, Math.max(timing.watchedCheckMinMs, Math.round(watchedFor / 10)));
}
