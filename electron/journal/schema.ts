import type { DatabaseSync } from 'node:sqlite';
import { inTransaction } from './transaction.ts';

/**
 * The journal's layout, as an ordered list of migrations. A file's `PRAGMA user_version` says how many of them it
 * has had; opening applies the rest, each in its own transaction together with the new version number, so a file
 * is always at exactly one version even if the power goes mid-upgrade.
 *
 * A released step is never edited: a layout change is a new step at the end. test/fixtures/journal-v1.sqlite is a
 * real version-1 file that proves each later step upgrades real data.
 */
export interface Migration {
  readonly version: number;
  readonly purpose: string;
  readonly apply: (db: DatabaseSync) => void;
}

/** Marks the file as a Kasir journal (`PRAGMA application_id`, "Kasr"), so another app's database is not mistaken for one. */
export const KASIR_APPLICATION_ID = 0x4b617372;

const VERSION_1 = `
  CREATE TABLE payments (
    trade_no TEXT PRIMARY KEY,
    revision INTEGER NOT NULL,
    state TEXT NOT NULL,
    method TEXT NOT NULL,
    amount INTEGER NOT NULL,
    paid_amount INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    unfinished INTEGER NOT NULL,
    record TEXT NOT NULL
  ) STRICT;
  CREATE TABLE payment_events (
    id INTEGER PRIMARY KEY,
    trade_no TEXT NOT NULL REFERENCES payments(trade_no),
    revision INTEGER NOT NULL,
    at INTEGER NOT NULL,
    type TEXT NOT NULL,
    state TEXT NOT NULL,
    detail TEXT NOT NULL,
    UNIQUE (trade_no, revision)
  ) STRICT;
  CREATE INDEX payments_unfinished ON payments (created_at, trade_no) WHERE unfinished = 1;
  CREATE INDEX payments_created_at ON payments (created_at, trade_no);
  PRAGMA application_id = ${KASIR_APPLICATION_ID};
`;

// The new columns are derived from the JSON record that version 1 already kept, so existing rows are filled in
// place. The SQL mirrors rows.ts: an absent JSON key is what an undefined field serialises to.
const VERSION_2 = `
  ALTER TABLE payments ADD COLUMN on_counter INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE payments ADD COLUMN needs_ack INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE payments ADD COLUMN parent_trade_no TEXT;
  UPDATE payments SET
    on_counter = json_extract(record, '$.dismissedAt') IS NULL,
    needs_ack = json_extract(record, '$.lateAfter') IS NOT NULL AND json_extract(record, '$.acknowledgedAt') IS NULL,
    parent_trade_no = json_extract(record, '$.parentTradeNo');
  CREATE INDEX payments_on_counter ON payments (created_at, trade_no) WHERE on_counter = 1;
  CREATE INDEX payments_needs_ack ON payments (created_at, trade_no) WHERE needs_ack = 1;
  CREATE INDEX payments_day_totals ON payments (created_at, method, state, amount, paid_amount);
`;

// The manager's history filters and search, and the audit log. Each filter has an index that hands its rows out
// newest first (equality, then created_at, trade_no), so a filtered page is a seek and a short walk like the plain
// one; the state and method indexes also carry each other's column, so that a page filtered on both is read from
// the index alone. The two prefix searches are case-insensitive ranges, hence NOCASE. platform_trade_no is filled
// from the JSON record like VERSION_2's columns. The audit log is newest first by id: the order it was written in,
// not the clock's.
const VERSION_3 = `
  ALTER TABLE payments ADD COLUMN platform_trade_no TEXT;
  UPDATE payments SET platform_trade_no = json_extract(record, '$.platFormTradeNo');
  CREATE INDEX payments_state ON payments (state, created_at, trade_no, method);
  CREATE INDEX payments_method ON payments (method, created_at, trade_no, state);
  CREATE INDEX payments_amount ON payments (amount, created_at, trade_no);
  CREATE INDEX payments_trade_no_prefix ON payments (trade_no COLLATE NOCASE, created_at);
  CREATE INDEX payments_platform_trade_no ON payments (platform_trade_no COLLATE NOCASE, created_at, trade_no)
    WHERE platform_trade_no IS NOT NULL;
  CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL
  ) STRICT;
`;

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, purpose: 'payments and their event log', apply: (db) => db.exec(VERSION_1) },
  { version: 2, purpose: 'counter, late-payment and parent columns; day-totals index', apply: (db) => db.exec(VERSION_2) },
  { version: 3, purpose: 'Paypro reference column; history filter and search indexes; audit log', apply: (db) => db.exec(VERSION_3) },
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Brings a file at `fromVersion` up to `toVersion` (SCHEMA_VERSION unless a test builds an older layout from the
 * released steps), one transaction per step.
 */
export function migrate(db: DatabaseSync, fromVersion: number, toVersion: number = SCHEMA_VERSION): void {
  for (const migration of MIGRATIONS) {
    if (migration.version <= fromVersion || migration.version > toVersion) continue;
    inTransaction(db, () => {
      migration.apply(db);
      db.exec(`PRAGMA user_version = ${migration.version}`);
    });
  }
}
