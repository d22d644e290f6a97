import { copyFile, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, SqliteJournal } from '../../electron/journal/index.ts';
import { eventParameters, paymentParameters } from '../../electron/journal/rows.ts';
import { migrate } from '../../electron/journal/schema.ts';
import { JournalError } from '../../electron/payments/journal.ts';
import type { JournalEvent } from '../../electron/payments/journal.ts';
import { needsAcknowledgement } from '../../electron/payments/lifecycle.ts';
import { newPayment } from '../../electron/payments/payment.ts';
import type { Payment } from '../../electron/payments/payment.ts';

/** Upgrading real older files, and refusing files this Kasir must not touch. */
const FIXTURE = join(import.meta.dirname, '../fixtures/journal-v1.sqlite');
const tradeNo = (n: number): string => `20250612100000000000${String(n).padStart(2, '0')}`;

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kasir-journal-migration-'));
  file = join(dir, 'journal.sqlite');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs `work` on a plain connection to the file, outside the journal. */
function raw<T>(work: (db: DatabaseSync) => T): T {
  const db = new DatabaseSync(file);
  try {
    return work(db);
  } finally {
    db.close();
  }
}

function userVersion(): number {
  return raw((db) => Number(db.prepare('PRAGMA user_version').get()?.['user_version']));
}

async function snapshot(): Promise<{ bytes: Buffer; mtimeMs: number; files: string[] }> {
  return { bytes: await readFile(file), mtimeMs: (await stat(file)).mtimeMs, files: (await readdir(dir)).sort() };
}

describe('journal: migrating a version-1 file', () => {
  it('upgrades it to the current layout, keeping every payment and event and filling the new columns', async () => {
    await copyFile(FIXTURE, file);
    expect(userVersion()).toBe(1);
    const before = raw((db) => ({
      records: db.prepare('SELECT trade_no, record FROM payments ORDER BY trade_no').all(),
      events: db.prepare('SELECT trade_no, revision, at, type, state, detail FROM payment_events ORDER BY trade_no, revision').all(),
    }));
    expect(before.records).toHaveLength(8);
    expect(before.events).toHaveLength(29);

    const journal = await SqliteJournal.open(file);
    try {
      // Each record comes back whole; one written before the method catalogue also gets the kind its channel meant.
      const kinds: Record<string, string> = { QRIS: 'qris', VA: 'va' };
      for (const row of before.records) {
        const stored = JSON.parse(String(row['record'])) as Record<string, unknown>;
        expect(stored['kind'], 'the v1 fixture predates the kind field').toBeUndefined();
        expect(await journal.get(String(row['trade_no']))).toEqual({ ...stored, kind: kinds[String(stored['channelCode'])] });
      }
      const events: JournalEvent[] = [];
      for (let n = 1; n <= 8; n++) events.push(...(await journal.events(tradeNo(n))));
      expect(events).toEqual(before.events.map((row) => ({
        tradeNo: row['trade_no'], revision: row['revision'], at: row['at'], type: row['type'], state: row['state'], detail: JSON.parse(String(row['detail'])),
      })));

      expect((await journal.onCounter())?.tradeNo).toBe(tradeNo(8));
      expect((await journal.awaitingAcknowledgement()).map((p) => p.tradeNo)).toEqual([tradeNo(1)]);
      expect((await journal.unfinished()).map((p) => p.tradeNo)).toEqual([tradeNo(6), tradeNo(8)]);
      expect((await journal.get(tradeNo(5)))?.parentTradeNo).toBe(tradeNo(4));
      expect((await journal.history({ limit: 50 })).map((p) => p.tradeNo)).toEqual([8, 7, 6, 5, 4, 3, 2, 1].map(tradeNo));

      // The migrated file takes new writes like a fresh one.
      const awaiting = await journal.get(tradeNo(8));
      if (!awaiting) throw new Error('payment 8 lost');
      const dismissed: Payment = { ...awaiting, revision: awaiting.revision + 1, dismissedAt: awaiting.updatedAt + 1, updatedAt: awaiting.updatedAt + 1 };
      await journal.record(dismissed, { type: 'dismiss' });
      expect((await journal.onCounter())?.tradeNo).toBe(tradeNo(7));

      // Version 3: the old rows are found by their Paypro reference (whatever its case) and by the manager's
      // filters, and the audit log starts empty and takes entries.
      const found = async (search: string): Promise<string[]> => (await journal.history({ limit: 50, search })).map((p) => p.tradeNo);
      expect(await found('pp4')).toEqual([tradeNo(4)]);
      expect(await found('PP')).toEqual([8, 7, 6, 5, 4, 2, 1].map(tradeNo));
      expect(await found('75000')).toEqual([tradeNo(2)]);
      expect(await found('2025061210000000000003')).toEqual([tradeNo(3)]);
      expect((await journal.history({ limit: 50, states: ['paid'], methods: ['VA'] })).map((p) => p.tradeNo)).toEqual([tradeNo(5), tradeNo(2)]);
      expect(await journal.auditLog({ limit: 10 })).toEqual([]);
      await journal.appendAudit({ at: 1, actor: 'system', action: 'journal.migrated', detail: { from: 1, to: SCHEMA_VERSION } });
      expect(await journal.auditLog({ limit: 10 })).toHaveLength(1);
    } finally {
      await journal.close();
    }

    expect(userVersion()).toBe(SCHEMA_VERSION);
    // The SQL that filled the new columns agrees with the code that fills them for new rows.
    const columns = raw((db) => db.prepare('SELECT on_counter, needs_ack, parent_trade_no, platform_trade_no, record FROM payments').all());
    expect(columns.filter((row) => row['platform_trade_no'] !== null)).toHaveLength(7);
    for (const row of columns) {
      const record = JSON.parse(String(row['record'])) as Payment;
      expect(row['on_counter']).toBe(record.dismissedAt === undefined ? 1 : 0);
      expect(row['needs_ack']).toBe(needsAcknowledgement(record) ? 1 : 0);
      expect(row['parent_trade_no']).toBe(record.parentTradeNo ?? null);
      expect(row['platform_trade_no']).toBe(record.platFormTradeNo ?? null);
    }
    // Opening again finds nothing left to migrate.
    await (await SqliteJournal.open(file)).close();
    expect(userVersion()).toBe(SCHEMA_VERSION);
  });

  it('runs each step in a transaction: a step that fails leaves the file at its old version, data intact', async () => {
    await copyFile(FIXTURE, file);
    // A column the version-2 step is about to add makes that step fail halfway through.
    raw((db) => db.exec('ALTER TABLE payments ADD COLUMN needs_ack INTEGER'));
    await expect(SqliteJournal.open(file)).rejects.toThrow(/duplicate column/);
    expect(userVersion()).toBe(1);
    const columns = raw((db) => db.prepare('SELECT name FROM pragma_table_info(\'payments\')').all().map((row) => row['name']));
    expect(columns).not.toContain('on_counter');
    expect(raw((db) => db.prepare('SELECT count(*) AS n FROM payments').get()?.['n'])).toBe(8);
  });
});

/** A payment a version-2 Kasir wrote: after the v1 fixture's, on a newer method, with a mixed-case Paypro reference. */
const V2_PAYMENT: Payment = {
  ...newPayment({
    tradeNo: '2025061211300000000009', amount: 64_000, method: 'DANA', kind: 'ewallet', channelCode: 'EWALLET', wayCode: 'DANA', bank: undefined,
    methodLabel: 'DANA', parentTradeNo: undefined,
  }, Date.UTC(2025, 5, 12, 4, 30)),
  revision: 2, state: 'paid', platFormTradeNo: 'DnRef9xQ', paidAmount: 64_000, dismissedAt: Date.UTC(2025, 5, 12, 4, 31),
};

/**
 * Makes `file` a version-2 journal with real data: the v1 fixture upgraded by the released steps up to 2 (the
 * code that upgraded files in the field), and a payment written as a version-2 Kasir wrote it (its columns).
 */
function makeVersion2(): void {
  raw((db) => {
    migrate(db, 1, 2);
    const { platform_trade_no: _added, ...version2Row } = paymentParameters(V2_PAYMENT);
    const columns = Object.keys(version2Row);
    db.prepare(`INSERT INTO payments (${columns.join(', ')}) VALUES (${columns.map((column) => `:${column}`).join(', ')})`).run(version2Row);
    db.prepare('INSERT INTO payment_events (trade_no, revision, at, type, state, detail) VALUES (:trade_no, :revision, :at, :type, :state, :detail)')
      .run(eventParameters(V2_PAYMENT, { type: 'paid', platFormTradeNo: 'DnRef9xQ', paidAmount: 64_000 }));
  });
}

describe('journal: migrating a version-2 file', () => {
  it('adds the Paypro reference column filled from each record, the search indexes and the audit log', async () => {
    await copyFile(FIXTURE, file);
    makeVersion2();
    expect(userVersion()).toBe(2);
    expect(raw((db) => db.prepare('SELECT name FROM pragma_table_info(\'payments\')').all().map((row) => row['name']))).not.toContain('platform_trade_no');

    const journal = await SqliteJournal.open(file);
    try {
      expect(await journal.get(V2_PAYMENT.tradeNo)).toEqual(V2_PAYMENT);
      const found = async (search: string): Promise<string[]> => (await journal.history({ limit: 50, search })).map((p) => p.tradeNo);
      expect(await found('dnref9')).toEqual([V2_PAYMENT.tradeNo]);
      expect(await found('pp1')).toEqual([tradeNo(1)]);
      expect(await found('64000')).toEqual([V2_PAYMENT.tradeNo]);
      expect((await journal.history({ limit: 50, methods: ['DANA'] })).map((p) => p.tradeNo)).toEqual([V2_PAYMENT.tradeNo]);
      await journal.appendAudit({ at: 1, actor: 'manager', action: 'settings.changed', detail: { field: 'language', to: 'en' } });
      expect(await journal.auditLog({ limit: 10 })).toMatchObject([{ id: 1, action: 'settings.changed' }]);
    } finally {
      await journal.close();
    }
    expect(userVersion()).toBe(3);
    const rows = raw((db) => db.prepare('SELECT platform_trade_no, record FROM payments').all());
    expect(rows).toHaveLength(9);
    for (const row of rows) expect(row['platform_trade_no']).toBe((JSON.parse(String(row['record'])) as Payment).platFormTradeNo ?? null);
    const indexes = raw((db) => db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND name LIKE 'payments_%'").all().map((row) => row['name']));
    expect(indexes).toEqual(expect.arrayContaining(['payments_state', 'payments_method', 'payments_amount', 'payments_trade_no_prefix', 'payments_platform_trade_no']));
  });

  it('leaves a file whose version-3 step fails at version 2, data intact', async () => {
    await copyFile(FIXTURE, file);
    makeVersion2();
    // A table the version-3 step is about to create makes it fail after it has added its column.
    raw((db) => db.exec('CREATE TABLE audit_log (note TEXT)'));
    await expect(SqliteJournal.open(file)).rejects.toThrow(/audit_log already exists/);
    expect(userVersion()).toBe(2);
    expect(raw((db) => db.prepare('SELECT name FROM pragma_table_info(\'payments\')').all().map((row) => row['name']))).not.toContain('platform_trade_no');
    expect(raw((db) => db.prepare('SELECT count(*) AS n FROM payments').get()?.['n'])).toBe(9);
  });
});

describe('journal: files it must not touch', () => {
  it('refuses a journal written by a newer Kasir, and leaves it as it was', async () => {
    await copyFile(FIXTURE, file);
    raw((db) => db.exec(`PRAGMA user_version = ${SCHEMA_VERSION + 1}`));
    const before = await snapshot();
    const opening = SqliteJournal.open(file);
    await expect(opening).rejects.toBeInstanceOf(JournalError);
    await expect(opening).rejects.toMatchObject({ problem: 'damaged', location: file, message: expect.stringMatching(/written by a newer Kasir/) });
    await expect(opening).rejects.toThrow(`journal layout ${SCHEMA_VERSION + 1}; this Kasir reads up to ${SCHEMA_VERSION}`);
    expect(SCHEMA_VERSION).toBe(3);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses another program\'s SQLite database, and leaves it as it was', async () => {
    raw((db) => db.exec('CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES (\'hello\')'));
    const before = await snapshot();
    await expect(SqliteJournal.open(file)).rejects.toMatchObject({ problem: 'damaged', message: expect.stringMatching(/another program/) });
    expect(await snapshot()).toEqual(before);
  });

  it('takes an empty (0-byte) file as a new journal', async () => {
    await writeFile(file, '');
    const journal = await SqliteJournal.open(file);
    expect(await journal.unfinished()).toEqual([]);
    await journal.close();
    expect(userVersion()).toBe(SCHEMA_VERSION);
  });
});
