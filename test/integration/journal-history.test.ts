import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planHistory } from '../../electron/journal/history-plan.ts';
import { newestInRange, rangeSize, sourceAlongTime, sourcePage, windowRowAt } from '../../electron/journal/history-sql.ts';
import { SqliteJournal } from '../../electron/journal/index.ts';
import { JournalError } from '../../electron/payments/journal.ts';
import type { HistoryQuery } from '../../electron/payments/journal.ts';
import type { Payment } from '../../electron/payments/payment.ts';
import type { PaymentMethod, PaymentState } from '../../shared/payments.ts';
import { allPages, expected, kasirTradeNo, made, store } from './journal-history-oracle.ts';

/** The manager's history filters and search, on a real journal file, against answers worked out the plain way. */
let dir: string;
let file: string;
let journal: SqliteJournal;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** 12 June 2025, 10:00 in Jakarta. */
const T0 = Date.UTC(2025, 5, 12, 3);
/** 15 June 2025, midnight in Jakarta. */
const JUNE_15 = Date.UTC(2025, 5, 15) - 7 * HOUR_MS;
const STATES: readonly PaymentState[] = ['paid', 'paid', 'paid', 'partial', 'unpaid', 'notCreated', 'awaiting', 'expired', 'cancelled', 'checking'];
const METHODS: readonly PaymentMethod[] = ['QRIS', 'VA', 'DANA'];
/** References that LIKE would read as patterns, one of digits only, and neighbours that a pattern would also match. */
const SPECIAL_REFERENCES: Readonly<Record<number, string>> = {
  7: '50%OFF', 8: '50XOFF', 9: 'A_B', 11: 'AXB', 12: 'A\\B', 13: '_LEAD', 14: 'xLEAD', 16: '123456', 17: 'ab%', 18: 'abc',
};
/** Rp 2.025.062: digits that are also the start of every tradeNo from 20 to 29 June. */
const TRADE_NO_LIKE_AMOUNT = 2_025_062;

/**
 * 150 payments over two weeks, three to a timestamp (for the tie-break), every state and method, mixed-case
 * references (every tenth payment has none).
 */
function mix(): Payment[] {
  return Array.from({ length: 150 }, (_, n) => {
    const createdAt = T0 + Math.floor(n / 3) * 7 * HOUR_MS;
    return made({
      tradeNo: kasirTradeNo(createdAt, (n * 7_919) % 1_000), createdAt,
      method: METHODS[n % METHODS.length], state: STATES[(n * 7) % STATES.length],
      amount: n === 20 || n === 140 ? TRADE_NO_LIKE_AMOUNT : 10_000 + (n % 9) * 5_000,
      platFormTradeNo: SPECIAL_REFERENCES[n] ?? (n % 10 === 5 ? undefined : `${n % 2 === 0 ? 'PP' : 'pp'}${n}`),
    });
  });
}

let payments: Payment[];
const tradeNoOf = (n: number): string => payments[n]?.tradeNo ?? `no payment ${n}`;
const search = async (text: string, more: Partial<HistoryQuery> = {}): Promise<string[]> =>
  (await journal.history({ limit: 500, search: text, ...more })).map((payment) => payment.tradeNo);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kasir-journal-history-'));
  file = join(dir, 'journal.sqlite');
  journal = await SqliteJournal.open(file);
  payments = mix();
  await store(journal, payments);
});
afterEach(async () => {
  await journal.close();
  await rm(dir, { recursive: true, force: true });
});

const FILTERS: readonly (readonly [string, Omit<HistoryQuery, 'limit' | 'before'>])[] = [
  ['no filter', {}],
  ['one day (the cashier\'s "today")', { from: JUNE_15, to: JUNE_15 + DAY_MS }],
  ['from only', { from: JUNE_15 }],
  ['to only', { to: JUNE_15 }],
  ['one state', { states: ['paid'] }],
  ['several states', { states: ['partial', 'unpaid', 'expired'] }],
  ['one method', { methods: ['VA'] }],
  ['several methods', { methods: ['VA', 'DANA'] }],
  ['states and methods, fewer states', { states: ['paid'], methods: ['QRIS', 'DANA'] }],
  ['states and methods, fewer methods', { states: ['paid', 'partial', 'unpaid'], methods: ['DANA'] }],
  ['an amount', { search: '25000' }],
  ['a day of tradeNos', { search: '20250615' }],
  ['digits that are an amount and a tradeNo prefix', { search: '2025062' }],
  ['a Paypro reference prefix, in another case', { search: 'pP1' }],
  ['a search, a state list, a method and a window', { search: 'pp', states: ['paid', 'cancelled'], methods: ['VA', 'QRIS'], from: JUNE_15, to: JUNE_15 + 5 * DAY_MS }],
  ['an amount and a state', { search: '25000', states: ['paid'] }],
  ['an empty list, which does not narrow', { states: [], methods: [] }],
];

describe('journal history: filters', () => {
  it.each(FILTERS)('%s: every matching payment, newest first, paged with `before` and no row missing or repeated', async (name, filter) => {
    const wanted = expected(payments, filter);
    // No vacuous case: each filter keeps some payments, and each narrowing one drops some.
    expect(wanted.length).toBeGreaterThan(0);
    if (!name.startsWith('no filter') && !name.startsWith('an empty list')) expect(wanted.length).toBeLessThan(payments.length);
    expect(await allPages(journal, { ...filter, limit: 7 })).toEqual(wanted);
    expect((await journal.history({ ...filter, limit: 50 })).map((payment) => payment.tradeNo)).toEqual(wanted.slice(0, 50));
  });

  it('a window is [from, to): a payment made exactly at `to` belongs to the next one', async () => {
    const at = payments[9]?.createdAt ?? 0;
    const before = await journal.history({ limit: 500, to: at });
    const from = await journal.history({ limit: 500, from: at, to: at + 1 });
    expect(before.every((payment) => payment.createdAt < at)).toBe(true);
    expect(from.map((payment) => payment.tradeNo).sort()).toEqual([9, 10, 11].map(tradeNoOf).sort());
  });
});

describe('journal history: search', () => {
  it('digits find an exact amount or the start of a tradeNo, and a payment matching both once', async () => {
    expect(await search('25000')).toEqual(expected(payments, { search: '25000' }));
    expect((await journal.history({ limit: 500, search: '25000' })).every((payment) => payment.amount === 25_000)).toBe(true);
    const found = await search(String(TRADE_NO_LIKE_AMOUNT));
    expect(found).toContain(tradeNoOf(20));
    expect(found.filter((tradeNo) => tradeNo === tradeNoOf(140))).toHaveLength(1);
    expect(found.filter((tradeNo) => tradeNo.startsWith('2025062')).length).toBeGreaterThan(10);
    expect(await search('2025061512')).toEqual(payments.filter((p) => p.tradeNo.startsWith('2025061512')).map((p) => p.tradeNo));
    expect(await search(tradeNoOf(33))).toEqual([tradeNoOf(33)]);
  });

  it('digits are not looked for in Paypro references', async () => {
    expect(payments[16]?.platFormTradeNo).toBe('123456');
    expect(await search('123456')).toEqual([]);
  });

  it('other text finds the start of a tradeNo or a Paypro reference, whatever its case', async () => {
    const pp1 = await search('pP1');
    expect(pp1).toContain(tradeNoOf(10));
    expect(pp1).toContain(tradeNoOf(19));
    expect(pp1).not.toContain(tradeNoOf(11));
    expect(await search('XLEAD')).toEqual([tradeNoOf(14)]);
    expect(await search('lead')).toEqual([]);
    expect(await search('ABC')).toEqual([tradeNoOf(18)]);
  });

  it('matches %, _ and \\ literally, as the characters they are', async () => {
    expect(await search('50%')).toEqual([tradeNoOf(7)]);
    expect(await search('50X')).toEqual([tradeNoOf(8)]);
    expect(await search('_')).toEqual([tradeNoOf(13)]);
    expect(await search('a_')).toEqual([tradeNoOf(9)]);
    expect(await search('a\\')).toEqual([tradeNoOf(12)]);
    expect(await search('ab%')).toEqual([tradeNoOf(17)]);
    expect(await search('%')).toEqual([]);
    expect(await search('2025%')).toEqual([]);
  });

  it('ignores spaces around a search, and takes a blank one as no search', async () => {
    expect(await search('  25000 ')).toEqual(await search('25000'));
    expect(await search('   ')).toEqual(expected(payments, {}));
  });
});

describe('journal history: queries no caller should make', () => {
  it.each([
    ['an unknown state', { states: ['lost'] }],
    ['a method that is not a catalogue id', { methods: ['qris'] }],
    ['a `from` that is not a time', { from: Number.NaN }],
    ['a `to` that is not a number', { to: '2025-06-12' }],
    ['a search that is not text', { search: 25_000 }],
    ['a `before` that is not a row', { before: { createdAt: 'yesterday', tradeNo: 'x' } }],
  ])('refuses %s with a plain Error (a bug, not a journal problem)', async (_name, wrong) => {
    const asking = journal.history({ limit: 10, ...(wrong as Partial<HistoryQuery>) });
    await expect(asking).rejects.toThrow(/^history: /);
    await expect(asking).rejects.not.toBeInstanceOf(JournalError);
  });
});

describe('journal history: query plans', () => {
  it('walks each filter\'s own index newest first, and sorts only a prefix range', async () => {
    await journal.close();
    const raw = new DatabaseSync(file);
    const plan = (sql: string): string => raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all().map((row) => String(row['detail'])).join(' | ');
    const before = { createdAt: T0, tradeNo: 'x' };
    try {
      const inTimeOrder: readonly (readonly [HistoryQuery, RegExp])[] = [
        [{ limit: 50 }, /SCAN payments USING (COVERING )?INDEX payments_created_at/],
        [{ limit: 50, before }, /SEARCH payments USING (COVERING )?INDEX payments_created_at \(\(created_at,trade_no\)<\(\?,\?\)\)/],
        [{ limit: 50, from: 1, to: 2, before }, /SEARCH payments USING (COVERING )?INDEX payments_created_at \(created_at>\? AND/],
        [{ limit: 50, states: ['paid'], methods: ['VA', 'QRIS'], from: 1, before }, /SEARCH payments USING (COVERING )?INDEX payments_state \(state=\? AND/],
        [{ limit: 50, methods: ['VA'], before }, /SEARCH payments USING (COVERING )?INDEX payments_method \(method=\? AND/],
        [{ limit: 50, search: '25000', before }, /SEARCH payments USING (COVERING )?INDEX payments_amount \(amount=\? AND/],
      ];
      for (const [query, uses] of inTimeOrder) {
        const history = planHistory(query);
        const [source] = history.sources;
        if (!source) throw new Error('no source');
        for (const what of ['keys', 'records'] as const) {
          const detail = plan(sourcePage(history, source, what).sql);
          expect(detail).toMatch(uses);
          expect(detail).not.toContain('TEMP B-TREE');
        }
      }
      const searched = planHistory({ limit: 50, search: 'Pp1', states: ['paid'], from: 1, before });
      const [tradeNos, references] = searched.sources;
      if (!tradeNos || !references) throw new Error('a text search has two sources');
      expect(plan(sourcePage(searched, tradeNos).sql)).toMatch(/SEARCH payments USING INDEX payments_trade_no_prefix \(trade_no>\? AND trade_no<\?\) .*TEMP B-TREE FOR ORDER BY/);
      expect(plan(sourcePage(searched, references).sql)).toMatch(/SEARCH payments USING INDEX payments_platform_trade_no \(platform_trade_no>\? AND platform_trade_no<\?\)/);
      expect(plan(rangeSize(references, 100).sql)).toContain('COVERING INDEX payments_platform_trade_no');
      expect(plan(newestInRange(searched, tradeNos).sql)).toContain('COVERING INDEX payments_trade_no_prefix');
      expect(plan(windowRowAt(searched, 1_000, 5).sql)).toMatch(/COVERING INDEX payments_created_at/);
      const walk = plan(sourceAlongTime(searched, tradeNos, { ceiling: 5, floor: before }).sql);
      expect(walk).toMatch(/SEARCH payments USING INDEX payments_created_at/);
      expect(walk).not.toContain('TEMP B-TREE');
    } finally {
      raw.close();
    }
    journal = await SqliteJournal.open(file);
  });
});
