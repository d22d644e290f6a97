import type { ErrorCode, ManagerState } from '../../shared/ipc/contract.ts';
import type { Result } from '../../shared/result.ts';
import { err, ok } from '../../shared/result.ts';
import type { Clock, Timer } from '../payments/clock.ts';
import type { AuditEntry } from '../payments/journal.ts';
import { checkNewPin, hashPin } from './pin.ts';
import type { GuardRecord, GuardStore } from './pin-guard.ts';
import { LOCKOUT_MS, PinGuard, waitAfterFailures } from './pin-guard.ts';

/**
 * The manager's access to this till: the PIN (kept only as a scrypt hash), the wrong-PIN waits and lockout, and the
 * session that ends after five idle minutes. It outlives the till (./till.ts reopens under it) and works when the
 * till is blocked, so a manager can always get in to fix what blocks it. Every change goes to the audit log.
 */
export interface ManagerRecord {
  readonly pinHash: string | undefined;
  readonly guard: GuardRecord;
}

export interface ManagerStore {
  load(): Promise<ManagerRecord>;
  save(record: ManagerRecord): Promise<void>;
}

export interface ManagerAccessOptions {
  readonly store: ManagerStore;
  readonly clock: Clock;
  /** Where manager actions are written (the till's journal); undefined while the journal cannot take them. */
  readonly audit: (entry: AuditEntry) => Promise<void>;
  /** The session opened or ended, or the PIN was set: for the cashier's window. */
  readonly onChange: (state: ManagerState) => void;
}

type Answer = Promise<Result<ManagerState, ErrorCode>>;

/** A blocked till keeps at most this many manager actions in memory until its journal opens (the newest). */
const MAX_PENDING_AUDIT = 500;

export class ManagerAccess {
  readonly #options: ManagerAccessOptions;
  readonly #guard: PinGuard;
  #expiry: Timer | undefined;
  /** Audit entries taken while the till had no journal, oldest first. */
  readonly #pending: AuditEntry[] = [];

  constructor(options: ManagerAccessOptions) {
    this.#options = options;
    const store = options.store;
    const guardStore: GuardStore = {
      load: async () => (await store.load()).guard,
      save: async (guard) => store.save({ ...(await store.load()), guard }),
    };
    this.#guard = new PinGuard(guardStore, options.clock);
  }

  async state(): Promise<ManagerState> {
    const record = await this.#options.store.load();
    const now = this.#options.clock.now();
    const waiting = now < record.guard.waitUntil;
    return {
      pinSet: record.pinHash !== undefined,
      active: this.#guard.isOpenAt(now),
      retryAt: waiting ? record.guard.waitUntil : undefined,
      locked: waiting && waitAfterFailures(record.guard.failures) >= LOCKOUT_MS,
    };
  }

  /** Is a manager session open? Only looks: the session is not kept open by asking. */
  isOpen(): boolean {
    return this.#guard.isOpenAt(this.#options.clock.now());
  }

  /**
   * Is a manager session open? Called for every manager-only operation, each of which keeps the session open
   * five more minutes.
   */
  isManager(): boolean {
    const open = this.#guard.isManager();
    if (open) this.#scheduleExpiry();
    return open;
  }

  /** The first PIN on a till without one (it opens the session); a new PIN only in an open session. */
  async setPin(pin: string): Answer {
    const record = await this.#options.store.load();
    const changing = record.pinHash !== undefined;
    if (changing && !this.isManager()) return err('PIN_ALREADY_SET', 'A manager PIN is set: unlock manager mode to change it.');
    const problem = checkNewPin(pin);
    if (problem) return err(problem, problem === 'PIN_FORMAT' ? 'A PIN is 4 to 8 digits.' : 'That PIN is too easy to guess.');
    await this.#options.store.save({ pinHash: await hashPin(pin), guard: { failures: 0, waitUntil: 0 } });
    if (!changing) this.#guard.openSession();
    this.#scheduleExpiry();
    await this.#audit(changing ? 'pin.changed' : 'pin.set', {});
    return ok(await this.#changed());
  }

  async unlock(pin: string): Answer {
    const record = await this.#options.store.load();
    if (record.pinHash === undefined) return err('PIN_NOT_SET', 'No manager PIN is set yet: set one first.');
    const attempt = await this.#guard.attempt(pin, record.pinHash);
    if (!attempt.ok) {
      if (attempt.reason === 'WAIT') return err('PIN_WAIT', 'Too many wrong PINs: wait before trying again.');
      await this.#audit(attempt.locked ? 'manager.lockedOut' : 'manager.wrongPin', {});
      // The wait starts now: the cashier's window shows it.
      this.#options.onChange(await this.state());
      return err('WRONG_PIN', 'Wrong PIN.');
    }
    this.#scheduleExpiry();
    await this.#audit('manager.unlocked', {});
    return ok(await this.#changed());
  }

  async lock(): Promise<ManagerState> {
    if (this.#guard.isOpenAt(this.#options.clock.now())) await this.#audit('manager.locked', {});
    this.#end();
    return this.#changed();
  }

  /** Writes a manager action to the audit log (a failing journal must not stop the manager: it is reported there). */
  async audit(action: string, detail: AuditEntry['detail']): Promise<void> {
    await this.#audit(action, detail);
  }

  close(): void {
    this.#expiry?.cancel();
    this.#expiry = undefined;
  }

  /**
   * Writes the manager actions that waited for a journal (the till was blocked when they were taken), oldest first.
   * Called when a till opens; those that still cannot be written wait for the next.
   */
  async flushAudit(): Promise<void> {
    const waiting = this.#pending.splice(0);
    for (const [index, entry] of waiting.entries()) {
      try {
        await this.#options.audit(entry);
      } catch {
        this.#pending.unshift(...waiting.slice(index));
        return;
      }
    }
  }

  async #audit(action: string, detail: AuditEntry['detail']): Promise<void> {
    const entry: AuditEntry = { at: this.#options.clock.now(), actor: 'manager', action, detail };
    if (this.#pending.length > 0) {
      // Keep the log in order: this one goes after those still waiting.
      this.#keep(entry);
      return;
    }
    try {
      await this.#options.audit(entry);
    } catch {
      // A blocked till has no journal to write to: kept until one opens (the journal's own trouble is on screen).
      this.#keep(entry);
    }
  }

  #keep(entry: AuditEntry): void {
    this.#pending.push(entry);
    if (this.#pending.length > MAX_PENDING_AUDIT) this.#pending.splice(0, this.#pending.length - MAX_PENDING_AUDIT);
  }

  async #changed(): Promise<ManagerState> {
    const state = await this.state();
    this.#options.onChange(state);
    return state;
  }

  #end(): void {
    this.#guard.endSession();
    this.#expiry?.cancel();
    this.#expiry = undefined;
  }

  /** Tells the window when the session runs out, so it does not go on showing manager mode. */
  #scheduleExpiry(): void {
    this.#expiry?.cancel();
    const left = this.#guard.sessionEndsAt() - this.#options.clock.now();
    this.#expiry = this.#options.clock.after(Math.max(0, left), () => {
      this.#expiry = undefined;
      if (this.#guard.isOpenAt(this.#options.clock.now())) return this.#scheduleExpiry();
      void this.#audit('manager.timedOut', {}).then(() => this.#changed());
    });
  }
}
