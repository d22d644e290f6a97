import type { DatabaseSync, StatementSync } from 'node:sqlite';

/**
 * The journal's fixed statements, written once and prepared once per connection. Each query is shaped for an
 * index of schema.ts (the integration tests hold the query plans to that), so start-up, the counter and the
 * totals stay fast on a year of payments. The history screen's queries depend on its filters: history-sql.ts.
 */
const PAYMENT_COLUMNS = 'trade_no, revision, state, method, amount, paid_amount, created_at, updated_at, unfinished, on_counter, needs_ack, parent_trade_no, platform_trade_no, record';
const PAYMENT_VALUES = PAYMENT_COLUMNS.split(', ').map((column) => `:${column}`).join(', ');
const PAYMENT_UPDATES = PAYMENT_COLUMNS.split(', ').filter((column) => column !== 'trade_no').map((column) => `${column} = :${column}`).join(', ');
/** What paymentFromRow needs. */
const PAYMENT_ROW = 'SELECT trade_no, revision, record FROM payments';

export const JOURNAL_SQL = {
  insertPayment: `INSERT INTO payments (${PAYMENT_COLUMNS}) VALUES (${PAYMENT_VALUES})`,
  // The revision condition is the optimistic-concurrency check: it changes nothing unless the stored row is the
  // revision this one follows.
  updatePayment: `UPDATE payments SET ${PAYMENT_UPDATES} WHERE trade_no = :trade_no AND revision = :revision - 1`,
  storedRevision: 'SELECT revision FROM payments WHERE trade_no = ?',
  insertEvent: 'INSERT INTO payment_events (trade_no, revision, at, type, state, detail) VALUES (:trade_no, :revision, :at, :type, :state, :detail)',
  get: `${PAYMENT_ROW} WHERE trade_no = ?`,
  unfinished: `${PAYMENT_ROW} WHERE unfinished = 1 ORDER BY created_at, trade_no`,
  onCounter: `${PAYMENT_ROW} WHERE on_counter = 1 ORDER BY created_at DESC, trade_no DESC LIMIT 1`,
  awaitingAcknowledgement: `${PAYMENT_ROW} WHERE needs_ack = 1 ORDER BY created_at, trade_no`,
  events: 'SELECT trade_no, revision, at, type, state, detail FROM payment_events WHERE trade_no = ? ORDER BY revision',
  totals: `SELECT method, state, COUNT(*) AS count, SUM(amount) AS amount, SUM(COALESCE(paid_amount, 0)) AS paid_amount
    FROM payments WHERE created_at >= ? AND created_at < ? GROUP BY method, state ORDER BY method, state`,
  appendAudit: 'INSERT INTO audit_log (at, actor, action, detail) VALUES (:at, :actor, :action, :detail)',
  auditFirstPage: 'SELECT id, at, actor, action, detail FROM audit_log ORDER BY id DESC LIMIT ?',
  auditNextPage: 'SELECT id, at, actor, action, detail FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT ?',
} as const;

export type JournalStatements = { readonly [Name in keyof typeof JOURNAL_SQL]: StatementSync };

export function prepareStatements(db: DatabaseSync): JournalStatements {
  const entries = Object.entries(JOURNAL_SQL).map(([name, sql]) => [name, db.prepare(sql)] as const);
  return Object.fromEntries(entries) as JournalStatements;
}
