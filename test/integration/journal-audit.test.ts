import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_AUDIT_PAGE, SqliteJournal } from '../../electron/journal/index.ts';
import { JournalError } from '../../electron/payments/journal.ts';
import type { AuditEntry, AuditRecord } from '../../electron/payments/journal.ts';
import { newPayment } from '../../electron/payments/payment.ts';

/** The manager's audit log in the journal: durable, newest first, refusing what no caller should write. */
let dir: string;
let file: string;
let journal: SqliteJournal;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kasir-journal-audit-'));
  file = join(dir, 'journal.sqlite');
  journal = await SqliteJournal.open(file);
});
afterEach(async () => {
  await journal.close();
  await rm(dir, { recursive: true, force: true });
});

const T0 = Date.UTC(2025, 5, 12, 3);

function entry(n: number, patch: Partial<AuditEntry> = {}): AuditEntry {
  return { at: T0 + n * 1_000, actor: 'manager', action: 'settings.changed', detail: { field: 'expiryMinutes', from: n, to: n + 1 }, ...patch };
}

/** What auditLog gives back for an entry: the entry and its id. */
const withoutIds = (records: readonly AuditRecord[]): AuditEntry[] => records.map(({ id: _id, ...rest }) => rest);

async function allEntries(limit: number): Promise<AuditRecord[]> {
  const seen: AuditRecord[] = [];
  for (;;) {
    const before = seen.at(-1)?.id;
    const page = await journal.auditLog(before === undefined ? { limit } : { limit, before });
    if (page.length === 0) return seen;
    seen.push(...page);
  }
}

describe('journal audit log: writing and reading', () => {
  it('gives entries back newest first, in the order they were written whatever their clock said, with every kind of value', async () => {
    const written: AuditEntry[] = [
      { at: T0, actor: 'system', action: 'journal.opened', detail: {} },
      { at: T0 + 5_000, actor: 'manager', action: 'manager.unlocked', detail: { window: 'settings' } },
      // The clock went back (an NTP correction): the log still lists this one as the newest but one.
      { at: T0 - 60_000, actor: 'manager', action: 'secret.replaced', detail: { changedBy: 'manager', hadOne: true } },
      { at: T0 + 6_000, actor: 'cashier', action: 'late.acknowledged', detail: { tradeNo: '2025061210000000000001', amount: 25_000, rate: 0.5, note: null } },
    ];
    for (const one of written) await journal.appendAudit(one);
    const log = await journal.auditLog({ limit: 10 });
    expect(withoutIds(log)).toEqual([...written].reverse());
    const ids = log.map((record) => record.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('pages with `before` (an id) with no entry missing or repeated, and caps a page at MAX_AUDIT_PAGE', async () => {
    const count = MAX_AUDIT_PAGE + 25;
    for (let n = 0; n < count; n++) await journal.appendAudit(entry(n));
    const newestFirst = Array.from({ length: count }, (_, n) => entry(count - 1 - n));
    expect(withoutIds(await allEntries(7))).toEqual(newestFirst);
    expect(await journal.auditLog({ limit: 10_000 })).toHaveLength(MAX_AUDIT_PAGE);
    expect(await journal.auditLog({ limit: 0 })).toHaveLength(1);
    const [newest] = await journal.auditLog({ limit: 1 });
    expect(withoutIds(await journal.auditLog({ limit: 2, before: newest?.id ?? 0 }))).toEqual(newestFirst.slice(1, 3));
    expect(await journal.auditLog({ limit: 5, before: 1 })).toEqual([]);
    await expect(journal.auditLog({ limit: 5, before: Number.NaN })).rejects.toThrow(/auditLog: before is an entry's id/);
  });

  it('keeps the log across close and reopen, beside the payments, and in memory too', async () => {
    await journal.appendAudit(entry(1));
    await journal.begin(newPayment({
      tradeNo: '2025061210000000000001', amount: 25_000, method: 'QRIS', kind: 'qris', channelCode: 'QRIS', wayCode: undefined, bank: undefined,
      methodLabel: 'QRIS', parentTradeNo: undefined,
    }, T0));
    await journal.appendAudit(entry(2, { actor: 'system', action: 'payment.started', detail: { tradeNo: '2025061210000000000001' } }));
    await journal.close();
    journal = await SqliteJournal.open(file);
    expect(withoutIds(await journal.auditLog({ limit: 10 }))).toEqual([entry(2, { actor: 'system', action: 'payment.started', detail: { tradeNo: '2025061210000000000001' } }), entry(1)]);
    const inMemory = await SqliteJournal.open(':memory:');
    try {
      await inMemory.appendAudit(entry(3));
      expect(withoutIds(await inMemory.auditLog({ limit: 10 }))).toEqual([entry(3)]);
    } finally {
      await inMemory.close();
    }
  });
});

describe('journal audit log: entries no caller should make', () => {
  const wrong: readonly (readonly [string, unknown, RegExp])[] = [
    ['an action with a capital first', { action: 'Settings.changed' }, /action is dotted lowerCamel words/],
    ['an action of one word', { action: 'settings' }, /action/],
    ['an action with an empty word', { action: 'settings..changed' }, /action/],
    ['an action that ends with a dot', { action: 'settings.' }, /action/],
    ['an action with digits or punctuation', { action: 'pin.set2' }, /action/],
    ['an action with spaces', { action: 'secret replaced' }, /action/],
    ['an action that is not text', { action: 42 }, /action/],
    ['an unknown actor', { actor: 'owner' }, /actor is one of manager, cashier, system, not "owner"/],
    ['a time that is not a number', { at: '2025-06-12' }, /at is epoch milliseconds/],
    ['a time with a fraction', { at: 1.5 }, /at is epoch milliseconds/],
    ['a time that is NaN', { at: Number.NaN }, /at is epoch milliseconds/],
    ['a detail that is not an object', { detail: 'changed' }, /detail is a plain object/],
    ['a detail that is an array', { detail: ['a'] }, /detail is a plain object, not an array/],
    ['a detail that is null', { detail: null }, /detail is a plain object, not null/],
    ['a detail that is a Map', { detail: new Map() }, /detail is a plain object, not a Map/],
    ['a nested object', { detail: { settings: { expiry: 15 } } }, /detail\.settings is an object/],
    ['a nested array', { detail: { methods: ['QRIS'] } }, /detail\.methods is an array/],
    ['a Date', { detail: { when: new Date(T0) } }, /detail\.when is a Date/],
    ['NaN', { detail: { rate: Number.NaN } }, /detail\.rate is NaN/],
    ['Infinity', { detail: { rate: Number.POSITIVE_INFINITY } }, /detail\.rate is Infinity/],
    ['undefined', { detail: { before: undefined } }, /detail\.before is undefined/],
    ['a bigint', { detail: { amount: 10n } }, /detail\.amount is a bigint/],
    ['a symbol key', { detail: { [Symbol('x')]: 1 } }, /symbol keys/],
  ];

  it.each(wrong)('refuses %s with a plain Error, and stores nothing', async (_name, patch, message) => {
    const bad = { ...entry(1), ...(patch as object) } as AuditEntry;
    const appending = journal.appendAudit(bad);
    await expect(appending).rejects.toThrow(message);
    await expect(appending).rejects.not.toBeInstanceOf(JournalError);
    expect(await journal.auditLog({ limit: 10 })).toEqual([]);
    // The journal is still writable after a refusal.
    await journal.appendAudit(entry(2));
    expect(await journal.auditLog({ limit: 10 })).toHaveLength(1);
  });

  it('takes an object without a prototype as a detail', async () => {
    const detail = Object.assign(Object.create(null) as Record<string, string>, { field: 'language' });
    await journal.appendAudit(entry(1, { detail }));
    expect((await journal.auditLog({ limit: 1 }))[0]?.detail).toEqual({ field: 'language' });
  });
});

describe('journal audit log: a journal that cannot take it', () => {
  it('refuses an entry on a full disk as unwritable, keeps what was written, and writes again once there is room', async () => {
    await journal.appendAudit(entry(0));
    journal.capSizeForTesting(0);
    let failure: unknown;
    let written = 1;
    for (let n = 1; n < 5_000 && failure === undefined; n++) {
      try {
        await journal.appendAudit(entry(n, { detail: { note: 'x'.repeat(500) } }));
        written++;
      } catch (error) {
        failure = error;
      }
    }
    expect(failure).toBeInstanceOf(JournalError);
    expect(failure).toMatchObject({ problem: 'unwritable', location: file, message: expect.stringMatching(/disk is full/) });
    expect(await allEntries(MAX_AUDIT_PAGE)).toHaveLength(written);

    journal.capSizeForTesting(undefined);
    await journal.appendAudit(entry(9_999));
    await journal.close();
    journal = await SqliteJournal.open(file);
    expect(withoutIds(await journal.auditLog({ limit: 1 }))).toEqual([entry(9_999)]);
    expect(await allEntries(MAX_AUDIT_PAGE)).toHaveLength(written + 1);
  });

  it('refuses an entry once the file is known to be damaged, and leaves the file alone', async () => {
    for (let n = 0; n < 2_000; n++) await journal.appendAudit(entry(n, { detail: { note: `${n}`.repeat(40) } }));
    await journal.close();
    const good = await readFile(file);
    const third = Math.floor(good.length / 3);
    await writeFile(file, Buffer.concat([good.subarray(0, third), Buffer.alloc(third, 0xa5), good.subarray(2 * third)]));
    journal = await SqliteJournal.open(file);
    await expect(allEntries(MAX_AUDIT_PAGE)).rejects.toMatchObject({ problem: 'damaged', message: expect.stringMatching(/corrupt/) });
    const before = await readFile(file);
    await expect(journal.appendAudit(entry(1))).rejects.toMatchObject({ problem: 'damaged' });
    expect(await readFile(file)).toEqual(before);
  });

  it('reports a stored entry it cannot read as damaged', async () => {
    await journal.appendAudit(entry(1));
    await journal.close();
    const raw = new DatabaseSync(file);
    raw.prepare("UPDATE audit_log SET detail = '{\"nested\": {\"a\": 1}}'").run();
    raw.close();
    journal = await SqliteJournal.open(file);
    await expect(journal.auditLog({ limit: 1 })).rejects.toMatchObject({ problem: 'damaged', message: expect.stringMatching(/audit entry 1 is unreadable/) });
  });
});
