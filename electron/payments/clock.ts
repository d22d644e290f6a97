/**
 * Time as the payment core sees it. Production uses the system clock; tests pass a clock they can move, so an
 * expiry 15 minutes away is tested without waiting 15 minutes.
 */
export interface Timer {
  cancel(): void;
}

export interface Clock {
  now(): number;
  /** Calls `callback` once, `ms` from now. */
  after(ms: number, callback: () => void): Timer;
}

/** setTimeout overflows past 2^31 - 1 ms (about 24.8 days) and then fires at once; no payment timer needs more. */
const MAX_TIMER_MS = 2_147_483_647;

export const systemClock: Clock = {
  now: () => Date.now(),
  after(ms, callback) {
    const timer = setTimeout(callback, Math.min(Math.max(0, ms), MAX_TIMER_MS));
    return { cancel: () => clearTimeout(timer) };
  },
};
