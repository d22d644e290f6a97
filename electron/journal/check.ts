import type { DatabaseSync } from 'node:sqlite';
import type { JournalCheck } from '../payments/journal.ts';

/**
 * The journal's health for the manager's diagnostics archive: SQLite's own integrity check, the layout version and
 * how many payments it holds in each method and state. Counts only: no row, tradeNo or amount leaves this way.
 */
export function checkJournal(db: DatabaseSync): JournalCheck {
  const integrity = db.prepare('PRAGMA integrity_check').all().map((row) => String(Object.values(row)[0]));
  const number = (sql: string): number => Number(Object.values(db.prepare(sql).get() ?? {})[0] ?? 0);
  const counts = db.prepare('SELECT method, state, COUNT(*) AS count FROM payments GROUP BY method, state ORDER BY method, state').all()
    .map((row) => ({ method: String(row['method']), state: String(row['state']), count: Number(row['count']) }));
  return {
    integrity,
    schemaVersion: number('PRAGMA user_version'),
    sizeBytes: number('PRAGMA page_count') * number('PRAGMA page_size'),
    payments: number('SELECT COUNT(*) FROM payments'),
    events: number('SELECT COUNT(*) FROM payment_events'),
    auditEntries: number('SELECT COUNT(*) FROM audit_log'),
    counts,
  };
}
