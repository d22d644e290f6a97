import type { PaymentMethod, PaymentState } from '../../shared/payments.ts';
import type { Payment, PaymentEvent } from './payment.ts';

/**
 * Where payments are kept durably. The payment service writes through this small interface only, so a shared
 * database server can back it later (many tills in one shop); today electron/journal/ implements it on SQLite.
 *
 * Durability contract: a write resolves only once it would survive a power cut, and a payment's new record and
 * the event that made it are written together or not at all.
 */
export interface PaymentJournal {
  /** The file (or database) behind it, for messages that must name it. */
  readonly location: string;
  /** Stores a new payment (revision 1, state creating) and its first event. */
  begin(payment: Payment): Promise<void>;
  /** Stores the payment's next revision and appends the event that made it, in one transaction. */
  record(payment: Payment, event: PaymentEvent): Promise<void>;
  get(tradeNo: string): Promise<Payment | undefined>;
  /** Every payment that is not over for good (start-up recovery takes each one up again). */
  unfinished(): Promise<Payment[]>;
  /** The newest payment whose screen the cashier has not left yet. */
  onCounter(): Promise<Payment | undefined>;
  /** Late payments nobody has acknowledged yet, oldest first. */
  awaitingAcknowledgement(): Promise<Payment[]>;
  /** A payment's event log, in revision order. */
  events(tradeNo: string): Promise<JournalEvent[]>;
  /** Newest first, `limit` at a time; pass the last row of a page as `before` for the next page. */
  history(query: HistoryQuery): Promise<Payment[]>;
  /** Counts and sums of the payments created in [from, to), by method and state. */
  totals(from: number, to: number): Promise<TotalsRow[]>;
  close(): Promise<void>;
}

export interface JournalEvent {
  readonly tradeNo: string;
  /** The revision this event produced (1 for the payment's creation). */
  readonly revision: number;
  readonly at: number;
  /** 'begun' for the row written before payIn, otherwise the lifecycle event's type. */
  readonly type: PaymentEvent['type'] | 'begun';
  /** The state after the event. */
  readonly state: PaymentState;
  /** The event's own fields (never secrets: events carry gateway answers and the cashier's actions only). */
  readonly detail: Readonly<Record<string, unknown>>;
}

export interface HistoryQuery {
  readonly limit: number;
  readonly before?: { readonly createdAt: number; readonly tradeNo: string };
}

export interface TotalsRow {
  readonly method: PaymentMethod;
  readonly state: PaymentState;
  readonly count: number;
  readonly amount: number;
  readonly paidAmount: number;
}

/**
 * What can go wrong with the journal, as the cashier's screens need to tell it apart:
 * - damaged: the file cannot be read as a journal; charging is blocked and the file is never touched;
 * - unwritable: the disk is full or read-only; no new payment may start, an open one is still followed;
 * - busy: another Kasir process has the journal open.
 */
export type JournalProblem = 'damaged' | 'unwritable' | 'busy';

export class JournalError extends Error {
  readonly problem: JournalProblem;
  readonly location: string;
  constructor(problem: JournalProblem, location: string, detail: string, options?: { cause?: unknown }) {
    super(`Journal ${location} is ${problem}: ${detail}`, options);
    this.name = 'JournalError';
    this.problem = problem;
    this.location = location;
  }
}
