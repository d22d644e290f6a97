import type { Clock, Timer } from './clock.ts';
import type { JournalProblem, PaymentJournal } from './journal.ts';
import { JournalError } from './journal.ts';
import { isOver, needsAcknowledgement, transition } from './lifecycle.ts';
import type { Payment, PaymentEvent } from './payment.ts';

/**
 * The payments the till is busy with, kept in memory and written through to the journal. Every change of a
 * payment goes through `apply`, one at a time per payment: the transition table decides the next record, the
 * journal stores it with its event, and only then do the windows hear of it.
 *
 * When the journal cannot be written (disk full, read-only), the change still reaches the screen — the order
 * exists at the gateway and the cashier must see its truth — and waits in a backlog, written in order as soon
 * as the disk takes it again. Nothing is lost while the app runs, and the cashier is warned.
 */
export type BugReporter = (what: string, detail: unknown) => void;

/** A payment's change as the till's log hears it: `before` is undefined for a payment just begun. */
export interface PaymentChange {
  readonly before: Payment | undefined;
  readonly event: PaymentEvent['type'] | 'begun';
  readonly after: Payment;
}
export type ChangeObserver = (change: PaymentChange) => void;

interface Unwritten {
  readonly payment: Payment;
  readonly event: PaymentEvent;
}

const BACKLOG_RETRY_MS = 5_000;

export class PaymentBook {
  readonly #payments = new Map<string, Payment>();
  readonly #queues = new Map<string, Promise<unknown>>();
  readonly #backlog: Unwritten[] = [];
  readonly #listeners = new Set<(payment: Payment) => void>();
  readonly #troubleListeners = new Set<(problem: JournalProblem | undefined) => void>();
  readonly #journal: PaymentJournal;
  readonly #clock: Clock;
  readonly #watchGraceMs: number;
  readonly #onBug: BugReporter;
  readonly #observe: ChangeObserver;
  #counter: string | undefined;
  #trouble: JournalProblem | undefined;
  #retry: Timer | undefined;
  #flushing: Promise<void> = Promise.resolve();

  constructor(journal: PaymentJournal, clock: Clock, watchGraceMs: number, onBug: BugReporter, observe: ChangeObserver = () => {}) {
    this.#journal = journal;
    this.#clock = clock;
    this.#watchGraceMs = watchGraceMs;
    this.#onBug = onBug;
    this.#observe = observe;
  }

  /** What start-up recovery found in the journal. */
  load(payments: readonly Payment[], counterTradeNo: string | undefined): void {
    for (const payment of payments) this.#payments.set(payment.tradeNo, payment);
    this.#counter = counterTradeNo;
  }

  get(tradeNo: string): Payment | undefined {
    return this.#payments.get(tradeNo);
  }

  /** A payment from memory, or from the journal for one the till no longer keeps in memory. */
  async find(tradeNo: string): Promise<Payment | undefined> {
    return this.#payments.get(tradeNo) ?? (await this.#journal.get(tradeNo));
  }

  all(): Payment[] {
    return [...this.#payments.values()];
  }

  /** The payment whose screen is on the counter, until the cashier leaves it. */
  counter(): Payment | undefined {
    const payment = this.#counter === undefined ? undefined : this.#payments.get(this.#counter);
    return payment?.dismissedAt === undefined ? payment : undefined;
  }

  /** Why the journal could not take the last write, while it still cannot. */
  get trouble(): JournalProblem | undefined {
    return this.#trouble;
  }

  onChange(listener: (payment: Payment) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  onTrouble(listener: (problem: JournalProblem | undefined) => void): () => void {
    this.#troubleListeners.add(listener);
    return () => this.#troubleListeners.delete(listener);
  }

  /**
   * Journals a new payment and puts it on the counter. Throws (JournalError) when it cannot be stored: then the
   * payment does not exist, and its payIn must not be sent.
   */
  async begin(payment: Payment): Promise<void> {
    await this.#flush();
    if (this.#backlog.length > 0) throw new JournalError(this.#trouble ?? 'unwritable', this.#journal.location, 'earlier changes are still waiting to be written');
    await this.#journal.begin(payment);
    this.#payments.set(payment.tradeNo, payment);
    this.#counter = payment.tradeNo;
    this.#emit(payment);
    this.#tell({ before: undefined, event: 'begun', after: payment });
  }

  /** Applies an event to a payment, one at a time per payment. An impossible event is reported and ignored. */
  apply(tradeNo: string, event: PaymentEvent): Promise<Payment> {
    return this.#serial(tradeNo, async () => {
      const current = this.#payments.get(tradeNo) ?? (await this.#journal.get(tradeNo));
      if (!current) throw new Error(`no payment ${tradeNo} to apply ${event.type} to`);
      const result = transition(current, event, { now: this.#clock.now(), watchGraceMs: this.#watchGraceMs });
      if (!result.ok) {
        this.#onBug('payment transition refused', result.reason);
        return current;
      }
      if (result.payment === current) return current;
      await this.#write(result.payment, event);
      this.#payments.set(tradeNo, result.payment);
      this.#emit(result.payment);
      this.#tell({ before: current, event: event.type, after: result.payment });
      this.#forgetIfDone(result.payment);
      return result.payment;
    });
  }

  /** Waits for every change under way to be written (or to join the backlog). */
  async settle(): Promise<void> {
    while (this.#queues.size > 0) await Promise.allSettled([...this.#queues.values()]);
    this.#retry?.cancel();
    this.#retry = undefined;
  }

  async #write(payment: Payment, event: PaymentEvent): Promise<void> {
    this.#backlog.push({ payment, event });
    await this.#flush();
  }

  /** One flush at a time, so no entry is written twice. */
  #flush(): Promise<void> {
    this.#flushing = this.#flushing.then(() => this.#flushOnce());
    return this.#flushing;
  }

  /** Writes the backlog in order; stops at the first write the journal refuses and tries again later. */
  async #flushOnce(): Promise<void> {
    while (this.#backlog.length > 0) {
      const [next] = this.#backlog;
      if (!next) break;
      try {
        await this.#journal.record(next.payment, next.event);
      } catch (error) {
        if (error instanceof JournalError) {
          this.#setTrouble(error.problem);
          this.#retry ??= this.#clock.after(BACKLOG_RETRY_MS, () => {
            this.#retry = undefined;
            void this.#flush();
          });
          return;
        }
        // Not the disk: a bug (such as a revision out of step). Report it and keep the change on screen.
        this.#onBug('journal write failed', error);
      }
      this.#backlog.shift();
    }
    this.#setTrouble(undefined);
  }

  #setTrouble(problem: JournalProblem | undefined): void {
    if (this.#trouble === problem) return;
    this.#trouble = problem;
    for (const listener of this.#troubleListeners) listener(problem);
  }

  /** Memory holds what is open, on the counter or waiting for a manager; the journal holds everything. */
  #forgetIfDone(payment: Payment): void {
    const done = isOver(payment) && payment.dismissedAt !== undefined && !needsAcknowledgement(payment);
    if (done && !this.#backlog.some((entry) => entry.payment.tradeNo === payment.tradeNo)) this.#payments.delete(payment.tradeNo);
  }

  /** The log is told after the windows; a failing log must not stop a payment. */
  #tell(change: PaymentChange): void {
    try {
      this.#observe(change);
    } catch {
      // nothing to do: the change itself is journalled and shown
    }
  }

  #emit(payment: Payment): void {
    for (const listener of this.#listeners) listener(payment);
  }

  #serial<T>(tradeNo: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#queues.get(tradeNo) ?? Promise.resolve();
    const run = previous.then(task, task);
    const tail = run.then(() => undefined, () => undefined);
    this.#queues.set(tradeNo, tail);
    void tail.then(() => {
      if (this.#queues.get(tradeNo) === tail) this.#queues.delete(tradeNo);
    });
    return run;
  }
}
