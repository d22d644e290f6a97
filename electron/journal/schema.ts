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

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, purpose: 'payments and their event log', apply: (db) => db.exec(VERSION_1) },
  { version: 2, purpose: 'counter, late-payment and parent columns; day-totals index', apply: (db) => db.exec(VERSION_2) },
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Brings a file at `fromVersion` up to SCHEMA_VERSION, one transaction per step. */
export function migrate(db: DatabaseSync, fromVersion: number): void {
  for (const migration of MIGRATIONS) {
    if (migration.version <= fromVersion) continue;
    inTransaction(db, () => {
      migration.apply(db);
      db.exec(`PRAGMA user_version = ${migration.version}`);
    });
  }
}
