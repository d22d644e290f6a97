import type { DatabaseSync } from 'node:sqlite';
import type {
  AuditEntry, AuditQuery, AuditRecord, HistoryQuery, JournalCheck, JournalError, JournalEvent, PaymentJournal, TotalsRow,
} from '../payments/journal.ts';
import { checkJournal } from './check.ts';
import type { Payment, PaymentEvent } from '../payments/payment.ts';
import { auditFromRow, auditParameters } from './audit.ts';
import { openConnection } from './connection.ts';
import type { ConnectionOptions } from './connection.ts';
import { HistoryReader } from './history-reader.ts';
import { MAX_HISTORY_PAGE, pageLimit } from './history-plan.ts';
import { eventFromRow, eventParameters, paymentFromRow, paymentParameters, totalsFromRow } from './rows.ts';
import { prepareStatements } from './statements.ts';
import type { JournalStatements } from './statements.ts';
import { journalFailure, journalErrorFor } from './sqlite-errors.ts';
import { inTransaction } from './transaction.ts';

export type SqliteJournalOptions = ConnectionOptions;

export { MAX_HISTORY_PAGE };
/** auditLog() never returns more than this in one page, whatever it is asked for. */
export const MAX_AUDIT_PAGE = MAX_HISTORY_PAGE;

/** SQLite's own ceiling for max_page_count, i.e. "no cap". */
const UNCAPPED_PAGES = 4_294_967_294;

/**
 * The payment journal in one SQLite file (node:sqlite, WAL, synchronous=FULL), owned by one Kasir process at a
 * time. node:sqlite is synchronous, so each method does its work before its promise settles: a resolved write is
 * on disk.
 */
export class SqliteJournal implements PaymentJournal {
  readonly location: string;
  readonly #db: DatabaseSync;
  readonly #sql: JournalStatements;
  readonly #history: HistoryReader;
  /** Set once SQLite has called the file corrupt: from then on nothing more is written to it. */
  #damage: JournalError | undefined;

  private constructor(location: string, db: DatabaseSync) {
    this.location = location;
    this.#db = db;
    this.#sql = prepareStatements(db);
    this.#history = new HistoryReader(db, location);
  }

  /** Opens (or creates) the journal at `file`; rejects with a JournalError when it is damaged, unwritable or busy. */
  static async open(file: string, options: SqliteJournalOptions = {}): Promise<SqliteJournal> {
    const db = openConnection(file, options);
    try {
      return new SqliteJournal(file, db);
    } catch (error) {
      db.close();
      throw journalFailure(error, file);
    }
  }

  async begin(payment: Payment): Promise<void> {
    if (payment.revision !== 1) throw new Error(`begin(${payment.tradeNo}): a new payment is revision 1, not ${payment.revision}`);
    this.#write(() => {
      this.#sql.insertPayment.run(paymentParameters(payment));
      this.#sql.insertEvent.run(eventParameters(payment, { type: 'begun' }));
    });
  }

  async record(payment: Payment, event: PaymentEvent): Promise<void> {
    this.#write(() => {
      const { changes } = this.#sql.updatePayment.run(paymentParameters(payment));
      if (changes !== 1) throw this.#revisionConflict(payment);
      this.#sql.insertEvent.run(eventParameters(payment, event));
    });
  }

  async get(tradeNo: string): Promise<Payment | undefined> {
    return this.#read(() => {
      const row = this.#sql.get.get(tradeNo);
      return row ? paymentFromRow(row, this.location) : undefined;
    });
  }

  async unfinished(): Promise<Payment[]> {
    return this.#read(() => this.#sql.unfinished.all().map((row) => paymentFromRow(row, this.location)));
  }

  async onCounter(): Promise<Payment | undefined> {
    return this.#read(() => {
      const row = this.#sql.onCounter.get();
      return row ? paymentFromRow(row, this.location) : undefined;
    });
  }

  async awaitingAcknowledgement(): Promise<Payment[]> {
    return this.#read(() => this.#sql.awaitingAcknowledgement.all().map((row) => paymentFromRow(row, this.location)));
  }

  async events(tradeNo: string): Promise<JournalEvent[]> {
    return this.#read(() => this.#sql.events.all(tradeNo).map((row) => eventFromRow(row, this.location)));
  }

  async history(query: HistoryQuery): Promise<Payment[]> {
    return this.#read(() => this.#history.page(query).map((row) => paymentFromRow(row, this.location)));
  }

  async totals(from: number, to: number): Promise<TotalsRow[]> {
    return this.#read(() => this.#sql.totals.all(from, to).map((row) => totalsFromRow(row, this.location)));
  }

  async appendAudit(entry: AuditEntry): Promise<void> {
    const parameters = auditParameters(entry);
    this.#write(() => {
      this.#sql.appendAudit.run(parameters);
    });
  }

  async auditLog(query: AuditQuery): Promise<AuditRecord[]> {
    const limit = pageLimit(query.limit, MAX_AUDIT_PAGE);
    if (query.before !== undefined && !Number.isSafeInteger(query.before)) throw new Error(`auditLog: before is an entry's id, not ${String(query.before)}`);
    return this.#read(() => {
      const rows = query.before === undefined ? this.#sql.auditFirstPage.all(limit) : this.#sql.auditNextPage.all(query.before, limit);
      return rows.map((row) => auditFromRow(row, this.location));
    });
  }

  async check(): Promise<JournalCheck> {
    return this.#read(() => checkJournal(this.#db));
  }

  async close(): Promise<void> {
    // Closing the last connection checkpoints the WAL into the file and removes it, then releases the lock.
    if (this.#db.isOpen) this.#db.close();
  }

  /**
   * Test-only: caps the file at its current size plus `extraPages` (undefined lifts the cap), so tests can make
   * SQLite itself report a full disk (SQLITE_FULL) without filling one. Production code never calls this.
   */
  capSizeForTesting(extraPages: number | undefined): void {
    const current = Number(this.#db.prepare('PRAGMA page_count').get()?.['page_count']);
    const limit = extraPages === undefined ? UNCAPPED_PAGES : current + Math.max(0, Math.floor(extraPages));
    this.#db.exec(`PRAGMA max_page_count = ${limit}`);
  }

  #write(work: () => void): void {
    if (this.#damage) throw this.#damage;
    try {
      inTransaction(this.#db, work);
    } catch (error) {
      throw this.#failure(error);
    }
  }

  #read<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      throw this.#failure(error);
    }
  }

  #failure(error: unknown): unknown {
    const mapped = journalErrorFor(error, this.location);
    if (mapped?.problem === 'damaged') this.#damage ??= mapped;
    return mapped ?? error;
  }

  /** The stored row is not the revision this one follows: two writers, or a caller that skipped a revision (a bug). */
  #revisionConflict(payment: Payment): Error {
    const stored = this.#sql.storedRevision.get(payment.tradeNo)?.['revision'];
    const found = stored === undefined ? 'no such payment' : `revision ${String(stored)}`;
    return new Error(`record(${payment.tradeNo}, revision ${payment.revision}): the journal holds ${found}, expected revision ${payment.revision - 1}`);
  }
}
