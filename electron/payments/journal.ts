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
  /**
   * Newest first, `limit` at a time, narrowed by the query's filters; pass the last row of a page as `before` for
   * the next page (with the same filters).
   */
  history(query: HistoryQuery): Promise<Payment[]>;
  /** Counts and sums of the payments created in [from, to), by method and state. */
  totals(from: number, to: number): Promise<TotalsRow[]>;
  /** Appends one entry to the audit log; like every write, it resolves once the entry is on disk. */
  appendAudit(entry: AuditEntry): Promise<void>;
  /** The audit log newest first (in the order it was written, whatever the clock said), `limit` at a time. */
  auditLog(query: AuditQuery): Promise<AuditRecord[]>;
  /** Integrity and counts for the diagnostics archive; a journal without it is reported as not checked. */
  check?(): Promise<JournalCheck>;
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

/** Every filter narrows the page (they combine with AND); a filter left out, or an empty list, does not narrow it. */
export interface HistoryQuery {
  readonly limit: number;
  readonly before?: { readonly createdAt: number; readonly tradeNo: string } | undefined;
  readonly from?: number | undefined;   // createdAt >= from
  readonly to?: number | undefined;     // createdAt < to
  readonly states?: readonly PaymentState[] | undefined;
  readonly methods?: readonly PaymentMethod[] | undefined;
  /** Digits: an exact amount in rupiah, or the start of a Kasir tradeNo; otherwise the start of a tradeNo or of Paypro's reference (platFormTradeNo), case-insensitive. */
  readonly search?: string | undefined;
}

/**
 * The manager's audit log: every settings change and manager action, kept in the journal so it is as durable as the
 * payments. A secret is never a detail: its change is logged as 'secret.replaced', never its value.
 */
export type AuditActor = 'manager' | 'cashier' | 'system';
export type AuditValue = string | number | boolean | null;
export interface AuditEntry {
  readonly at: number;            // epoch ms
  readonly actor: AuditActor;
  readonly action: string;        // e.g. 'pin.set', 'manager.unlocked', 'late.acknowledged', 'settings.changed', 'secret.replaced'
  readonly detail: Readonly<Record<string, AuditValue>>;
}
export interface AuditRecord extends AuditEntry { readonly id: number }
export interface AuditQuery { readonly limit: number; readonly before?: number | undefined /* an id: rows older than it */ }

/** The journal's health, counts only (the manager's diagnostics archive). */
export interface JournalCheck {
  /** SQLite's PRAGMA integrity_check: ['ok'], or what it found wrong. */
  readonly integrity: readonly string[];
  readonly schemaVersion: number;
  readonly sizeBytes: number;
  readonly payments: number;
  readonly events: number;
  readonly auditEntries: number;
  readonly counts: readonly { readonly method: string; readonly state: string; readonly count: number }[];
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
