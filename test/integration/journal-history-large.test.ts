import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SORTABLE_RANGE, TIME_WALK } from '../../electron/journal/history-reader.ts';
import { SqliteJournal } from '../../electron/journal/index.ts';
import type { Payment } from '../../electron/payments/payment.ts';
import type { PaymentState } from '../../shared/payments.ts';
import { allPages, expected, kasirTradeNo, made, storeInBulk } from './journal-history-oracle.ts';
import type { Filters } from './journal-history-oracle.ts';

/**
 * A prefix search whose range is too large to sort cheaply takes one of three roads (history-reader.ts): among the
 * newest rows, below the range's own newest row, or sorting the range after all. Each road must give exactly the
 * page that sorting would, page after page. The data is shaped so each query takes the road its test is about,
 * and each test checks that it did from the statements the journal prepared.
 */
const DAY_MS = 86_400_000;
const JANUARY = Date.UTC(2025, 0, 1) - 7 * 3_600_000;
const FEBRUARY = JANUARY + 31 * DAY_MS;
const IN_JANUARY = 9_500;
const IN_FEBRUARY = 3_000;
const STATES: readonly PaymentState[] = ['paid', 'paid', 'unpaid', 'partial'];

/**
 * January: 4 in 9 payments have a Kasir tradeNo (202501…), the others one of another format (X…); Paypro
 * references alternate between AA… and ZZ…. February: Kasir tradeNos and ZZ… references only, so it holds the
 * newest rows and none of January's prefixes.
 */
function payments(): Payment[] {
  const january = Array.from({ length: IN_JANUARY }, (_, i) => {
    const createdAt = JANUARY + Math.floor((i * 31 * DAY_MS) / IN_JANUARY);
    return made({
      tradeNo: i % 9 < 4 ? kasirTradeNo(createdAt, i) : `X${String(i).padStart(21, '0')}`, createdAt,
      state: STATES[i % STATES.length], platFormTradeNo: `${i % 2 === 0 ? 'AA' : 'ZZ'}${i}`,
    });
  });
  const february = Array.from({ length: IN_FEBRUARY }, (_, i) => {
    const createdAt = FEBRUARY + Math.floor((i * 28 * DAY_MS) / IN_FEBRUARY);
    return made({ tradeNo: kasirTradeNo(createdAt, IN_JANUARY + i), createdAt, state: STATES[i % STATES.length], platFormTradeNo: `ZZ${IN_JANUARY + i}` });
  });
  return [...january, ...february];
}

let dir: string;
let file: string;
let all: Payment[];
let journal: SqliteJournal;
let prepared: string[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kasir-journal-history-large-'));
  file = join(dir, 'journal.sqlite');
  await (await SqliteJournal.open(file)).close();
  all = payments();
  storeInBulk(file, all);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  // A journal of its own for each test, so the statements it prepares show which road its queries took.
  journal = await SqliteJournal.open(file);
  const original = DatabaseSync.prototype.prepare;
  prepared = [];
  vi.spyOn(DatabaseSync.prototype, 'prepare').mockImplementation(function (this: DatabaseSync, sql: string) {
    prepared.push(sql);
    return original.call(this, sql);
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await journal.close();
});

const count = (query: Filters): number => expected(all, query).length;
const took = {
  amongNewest: () => prepared.some((sql) => sql.includes('LIMIT 1 OFFSET')) && !prepared.some((sql) => sql.includes('created_at <= :ceiling')),
  belowItsNewest: () => prepared.some((sql) => sql.includes('max(created_at)')) && prepared.some((sql) => sql.includes('created_at <= :ceiling')),
  sorted: (index: string) => prepared.some((sql) => sql.includes(`INDEXED BY ${index}`) && sql.includes('ORDER BY')),
};

describe('journal history: a prefix search on a large range', () => {
  it('has ranges large enough to need the roads under test', () => {
    for (const search of ['2025', '202501', 'x']) expect(count({ search })).toBeGreaterThanOrEqual(SORTABLE_RANGE);
    // January's Kasir tradeNos are fewer than half the rows below their newest: a walk of TIME_WALK rows finds
    // fewer than 500 of them, so a page of 500 has to sort the range.
    expect(TIME_WALK * (4 / 9)).toBeLessThan(500);
    expect(TIME_WALK * (4 / 9)).toBeGreaterThan(50);
  });

  it('finds a prefix that matches the newest rows among them ("2025")', async () => {
    expect(await allPages(journal, { limit: 50, search: '2025' })).toEqual(expected(all, { search: '2025' }));
    expect(took.amongNewest()).toBe(true);
  });

  it('finds an old month\'s tradeNos ("202501") below the range\'s newest row, page after page', async () => {
    const query = { limit: 50, search: '202501' };
    expect(await allPages(journal, query)).toEqual(expected(all, query));
    expect(took.belowItsNewest()).toBe(true);
    expect(took.sorted('payments_trade_no_prefix')).toBe(false);
  });

  it('sorts the range when neither walk finds a full page (pages of 500 of "202501")', async () => {
    const query = { limit: 500, search: '202501' };
    expect(await allPages(journal, query)).toEqual(expected(all, query));
    expect(took.sorted('payments_trade_no_prefix')).toBe(true);
  });

  it('sorts a Paypro reference range that is not among the newest rows ("aa"), with no walk below its newest', async () => {
    const query = { limit: 50, search: 'aa' };
    expect(count(query)).toBeGreaterThanOrEqual(SORTABLE_RANGE);
    expect(await allPages(journal, query)).toEqual(expected(all, query));
    expect(took.sorted('payments_platform_trade_no')).toBe(true);
    expect(prepared.some((sql) => sql.includes('max(created_at)'))).toBe(false);
  });

  it('keeps every other filter on each road', async () => {
    const queries: readonly Filters[] = [
      { search: '2025', states: ['partial'] },
      { search: '202501', states: ['paid', 'unpaid'], to: JANUARY + 20 * DAY_MS },
      { search: 'x', from: JANUARY + 3 * DAY_MS, to: JANUARY + 9 * DAY_MS },
      { search: 'zz', states: ['unpaid'], from: JANUARY + 15 * DAY_MS },
    ];
    for (const query of queries) {
      expect(count(query)).toBeGreaterThan(50);
      expect(await allPages(journal, { ...query, limit: 50 })).toEqual(expected(all, query));
    }
  });
});
