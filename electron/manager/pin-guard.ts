import type { Clock } from '../payments/clock.ts';
import { verifyPin } from './pin.ts';

/**
 * Who may act as the manager, and for how long. Wrong PINs cost growing waits, then a lockout; the count and the
 * lockout are kept (a restart does not reset them). A manager session ends after a few minutes without a
 * manager action, so a till left unlocked locks itself.
 */
export interface GuardRecord {
  /** Wrong PINs in a row. */
  readonly failures: number;
  /** No attempt is looked at before this (epoch ms). */
  readonly waitUntil: number;
}

export interface GuardStore {
  load(): Promise<GuardRecord>;
  save(record: GuardRecord): Promise<void>;
}

/** Wrong attempt n (1-based) → wait before the next: none for two slips, then longer and longer, then locked. */
export function waitAfterFailures(failures: number): number {
  if (failures < 3) return 0;
  const ladder = [5_000, 15_000, 60_000];
  return ladder[failures - 3] ?? LOCKOUT_MS;
}

export const LOCKOUT_MS = 15 * 60_000;
export const SESSION_IDLE_MS = 5 * 60_000;

export type PinAttempt =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'WRONG_PIN' | 'WAIT'; readonly retryAt: number; readonly locked: boolean };

export class PinGuard {
  readonly #store: GuardStore;
  readonly #clock: Clock;
  #sessionUntil = 0;

  constructor(store: GuardStore, clock: Clock) {
    this.#store = store;
    this.#clock = clock;
  }

  /** Checks a PIN against the stored hash; a right one opens a manager session. */
  async attempt(pin: string, storedHash: string): Promise<PinAttempt> {
    const now = this.#clock.now();
    const record = await this.#store.load();
    if (now < record.waitUntil) {
      return { ok: false, reason: 'WAIT', retryAt: record.waitUntil, locked: waitAfterFailures(record.failures) >= LOCKOUT_MS };
    }
    if (await verifyPin(pin, storedHash)) {
      await this.#store.save({ failures: 0, waitUntil: 0 });
      // From when the PIN was accepted: hashing it took a moment.
      this.#sessionUntil = this.#clock.now() + SESSION_IDLE_MS;
      return { ok: true };
    }
    const failures = record.failures + 1;
    const wait = waitAfterFailures(failures);
    await this.#store.save({ failures, waitUntil: now + wait });
    return { ok: false, reason: 'WRONG_PIN', retryAt: now + wait, locked: wait >= LOCKOUT_MS };
  }

  /** Opens a session without a PIN check: only for the moment the first PIN is set (whoever sets it is the manager). */
  openSession(): void {
    this.#sessionUntil = this.#clock.now() + SESSION_IDLE_MS;
  }

  /** Is a session open at `now`? Only looks; does not keep it open. */
  isOpenAt(now: number): boolean {
    return now < this.#sessionUntil;
  }

  /** When the session ends unless a manager action comes first (0 when none is open). */
  sessionEndsAt(): number {
    return this.#sessionUntil;
  }

  /** Is a manager session open? Each manager action keeps it open a little longer. */
  isManager(): boolean {
    const now = this.#clock.now();
    if (now >= this.#sessionUntil) return false;
    this.#sessionUntil = now + SESSION_IDLE_MS;
    return true;
  }

  endSession(): void {
    this.#sessionUntil = 0;
  }
}
