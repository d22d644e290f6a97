import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_HISTORY_PAGE, SqliteJournal } from '../../electron/journal/index.ts';
import { JOURNAL_SQL } from '../../electron/journal/statements.ts';
import type { TotalsRow } from '../../electron/payments/journal.ts';
import { newPayment } from '../../electron/payments/payment.ts';
import type { Payment } from '../../electron/payments/payment.ts';
import type { PaymentMethod, PaymentState } from '../../shared/payments.ts';

/** The journal on a real file: round trips, the revision check, and every query against figures computed here. */
let dir: string;
let file: string;
let journal: SqliteJournal;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kasir-journal-'));
  file = join(dir, 'journal.sqlite');
  journal = await SqliteJournal.open(file);
});
afterEach(async () => {
  await journal.close();
  await rm(dir, { recursive: true, force: true });
});

const T0 = Date.UTC(2025, 5, 12, 3, 0, 0);

function payment(n: number, method: PaymentMethod = 'QRIS', amount = 25_000, createdAt = T0 + n * 1_000): Payment {
  return newPayment({
    tradeNo: `2025061210${String(n).padStart(12, '0')}`, amount, method, kind: method === 'QRIS' ? 'qris' : 'va', channelCode: method === 'QRIS' ? 'QRIS' : 'VA', wayCode: undefined,
    bank: method === 'QRIS' ? undefined : 'BANK',
    methodLabel: method === 'QRIS' ? 'QRIS' : 'Bank Demo', parentTradeNo: undefined,
  }, createdAt);
}

/** The next revision, as the transition table would make it (the journal only stores what it is given). */
function next(from: Payment, patch: Partial<Payment>): Payment {
  return { ...from, ...patch, revision: from.revision + 1, updatedAt: from.updatedAt + 1_000 };
}

describe('journal: writing and reading back', () => {
  it('stores a payment and its events and gives them back as written', async () => {
    const begun = payment(1);
    await journal.begin(begun);
    const awaiting = next(begun, { state: 'awaiting', platFormTradeNo: 'PP1', qrString: 'QR', expiresAt: T0 + 900_000 });
    await journal.record(awaiting, { type: 'created', platFormTradeNo: 'PP1', qrString: 'QR', vaNumber: undefined, paymentUrl: undefined, expiresAt: T0 + 900_000 });
    const paid = next(awaiting, { state: 'paid', paidAmount: 25_000 });
    await journal.record(paid, { type: 'paid', platFormTradeNo: 'PP1', paidAmount: 25_000 });

    expect(await journal.get(begun.tradeNo)).toEqual(paid);
    expect(await journal.get('nope')).toBeUndefined();
    expect(await journal.events(begun.tradeNo)).toEqual([
      { tradeNo: begun.tradeNo, revision: 1, at: begun.updatedAt, type: 'begun', state: 'creating', detail: {} },
      { tradeNo: begun.tradeNo, revision: 2, at: awaiting.updatedAt, type: 'created', state: 'awaiting', detail: { platFormTradeNo: 'PP1', qrString: 'QR', expiresAt: T0 + 900_000 } },
      { tradeNo: begun.tradeNo, revision: 3, at: paid.updatedAt, type: 'paid', state: 'paid', detail: { platFormTradeNo: 'PP1', paidAmount: 25_000 } },
    ]);

    await journal.close();
    // The file itself says it is kept with a write-ahead log (header bytes 18 and 19 are 2 in WAL mode).
    const header = await readFile(file);
    expect([header[18], header[19]]).toEqual([2, 2]);
    journal = await SqliteJournal.open(file);
    expect(await journal.get(begun.tradeNo)).toEqual(paid);
    expect(await journal.events(begun.tradeNo)).toHaveLength(3);
  });

  it('also runs in memory (demo mode), with the same behaviour', async () => {
    const inMemory = await SqliteJournal.open(':memory:');
    try {
      await inMemory.begin(payment(1));
      await inMemory.record(next(payment(1), { state: 'awaiting' }), { type: 'outcomeUnknown', detail: 'x' });
      expect(await inMemory.get(payment(1).tradeNo)).toEqual(next(payment(1), { state: 'awaiting' }));
      expect(await inMemory.unfinished()).toHaveLength(1);
      await expect(inMemory.record(next(payment(1), {}), { type: 'expire' })).rejects.toThrow(/holds revision 2, expected revision 1/);
    } finally {
      await inMemory.close();
    }
  });

  it('refuses a revision that does not follow the stored one, and changes nothing', async () => {
    const begun = payment(1);
    await journal.begin(begun);
    const skipped = { ...next(begun, { state: 'awaiting' }), revision: 3 };
    await expect(journal.record(skipped, { type: 'expire' })).rejects.toThrow(/holds revision 1, expected revision 2/);
    const replayed = begun;
    await expect(journal.record(replayed, { type: 'expire' })).rejects.toThrow(/holds revision 1, expected revision 0/);
    await expect(journal.record(next(payment(2), {}), { type: 'expire' })).rejects.toThrow(/no such payment/);
    expect(await journal.get(begun.tradeNo)).toEqual(begun);
    expect(await journal.events(begun.tradeNo)).toHaveLength(1);
    // The journal is still usable after the refusals.
    await journal.record(next(begun, { state: 'awaiting' }), { type: 'outcomeUnknown', detail: 'x' });
    expect((await journal.get(begun.tradeNo))?.revision).toBe(2);
  });

  it('writes the record and its event together: when the event cannot be stored, the record is not either', async () => {
    const begun = payment(1);
    await journal.begin(begun);
    await journal.close();
    // A planted event row for revision 2 makes storing revision 2's event fail after its payment row was updated.
    const raw = new DatabaseSync(file);
    raw.prepare("INSERT INTO payment_events (trade_no, revision, at, type, state, detail) VALUES (?, 2, 0, 'planted', 'awaiting', '{}')").run(begun.tradeNo);
    raw.close();
    journal = await SqliteJournal.open(file);
    await expect(journal.record(next(begun, { state: 'awaiting' }), { type: 'outcomeUnknown', detail: 'x' })).rejects.toThrow(/UNIQUE/);
    expect(await journal.get(begun.tradeNo)).toEqual(begun);
  });

  it('refuses to begin anything but a revision-1 payment, or the same payment twice', async () => {
    await expect(journal.begin(next(payment(1), {}))).rejects.toThrow(/revision 1, not 2/);
    await journal.begin(payment(1));
    await expect(journal.begin(payment(1))).rejects.toThrow(/UNIQUE|PRIMARY/);
    expect(await journal.events(payment(1).tradeNo)).toHaveLength(1);
  });
});

const OVER: readonly PaymentState[] = ['paid', 'partial', 'unpaid', 'notCreated'];

/** A deterministic mix of payments: shared timestamps (for the tie-breaks), every kind of state, late ones, open ones. */
function mix(count: number): Payment[] {
  const states: readonly PaymentState[] = ['paid', 'paid', 'paid', 'partial', 'unpaid', 'notCreated', 'awaiting', 'expired', 'cancelled', 'checking'];
  return Array.from({ length: count }, (_, n) => {
    const method: PaymentMethod = n % 3 === 0 ? 'VA' : 'QRIS';
    const base = payment(n, method, 10_000 + (n % 17) * 5_000, T0 + Math.floor(n / 3) * 60_000);
    const state = states[(n * 7) % states.length] ?? 'paid';
    const paidAmount = state === 'paid' ? base.amount : state === 'partial' ? base.amount - 5_000 : undefined;
    const late = state === 'paid' && n % 11 === 0;
    return next(base, {
      state, paidAmount,
      dismissedAt: n % 13 === 5 ? undefined : base.createdAt + 30_000,
      lateAfter: late ? 'cancelled' : undefined,
      acknowledgedAt: late && n % 4 === 0 ? base.createdAt + 60_000 : undefined,
    });
  });
}

async function store(payments: readonly Payment[]): Promise<void> {
  for (const stored of payments) {
    await journal.begin({ ...stored, revision: 1, state: 'creating', updatedAt: stored.createdAt });
    await journal.record(stored, { type: 'recovered' });
  }
}

const byNewest = (a: Payment, b: Payment): number => b.createdAt - a.createdAt || (a.tradeNo < b.tradeNo ? 1 : a.tradeNo > b.tradeNo ? -1 : 0);
const tradeNos = (payments: readonly Payment[]): string[] => payments.map((p) => p.tradeNo);

describe('journal: queries', () => {
  it('finds the unfinished payments, the one on the counter and the late ones awaiting acknowledgement', async () => {
    const payments = mix(120);
    await store(payments);
    const unfinished = payments.filter((p) => !OVER.includes(p.state)).sort((a, b) => -byNewest(a, b));
    expect(tradeNos(await journal.unfinished())).toEqual(tradeNos(unfinished));
    expect(unfinished.length).toBeGreaterThan(10);

    const onCounter = payments.filter((p) => p.dismissedAt === undefined).sort(byNewest)[0];
    expect(onCounter).toBeDefined();
    expect(await journal.onCounter()).toEqual(onCounter);

    const late = payments.filter((p) => p.lateAfter !== undefined && p.acknowledgedAt === undefined).sort((a, b) => -byNewest(a, b));
    expect(late.length).toBeGreaterThan(2);
    expect(tradeNos(await journal.awaitingAcknowledgement())).toEqual(tradeNos(late));

    // Acknowledging and dismissing move payments out of those lists.
    const first = late[0];
    if (!first || !onCounter) throw new Error('fixture has no late payment');
    await journal.record(next(first, { acknowledgedAt: T0 }), { type: 'acknowledge' });
    await journal.record(next(onCounter, { dismissedAt: T0 }), { type: 'dismiss' });
    expect(tradeNos(await journal.awaitingAcknowledgement())).toEqual(tradeNos(late.slice(1)));
    expect((await journal.onCounter())?.tradeNo).not.toBe(onCounter.tradeNo);
  });

  it('pages through the history newest first, with no row missing or repeated across pages', async () => {
    const payments = mix(MAX_HISTORY_PAGE + 40);
    await store(payments);
    const expected = tradeNos([...payments].sort(byNewest));
    const seen: string[] = [];
    let before: { createdAt: number; tradeNo: string } | undefined;
    for (;;) {
      const page = await journal.history(before ? { limit: 7, before } : { limit: 7 });
      if (page.length === 0) break;
      expect(page.length).toBeLessThanOrEqual(7);
      seen.push(...tradeNos(page));
      const last = page.at(-1);
      if (!last) break;
      before = { createdAt: last.createdAt, tradeNo: last.tradeNo };
    }
    expect(seen).toEqual(expected);
    expect((await journal.history({ limit: 10_000 })).length).toBe(MAX_HISTORY_PAGE);
    expect(await journal.history({ limit: 0 })).toHaveLength(1);
    expect(await journal.history({ limit: -5 })).toHaveLength(1);
  });

  it('totals a time window by method and state, as summed here from the payments themselves', async () => {
    const payments = mix(200);
    await store(payments);
    const from = T0 + 10 * 60_000;
    const to = T0 + 40 * 60_000;
    const groups = new Map<string, TotalsRow>();
    for (const p of payments.filter((p) => p.createdAt >= from && p.createdAt < to)) {
      const key = `${p.method}/${p.state}`;
      const sum = groups.get(key) ?? { method: p.method, state: p.state, count: 0, amount: 0, paidAmount: 0 };
      groups.set(key, { ...sum, count: sum.count + 1, amount: sum.amount + p.amount, paidAmount: sum.paidAmount + (p.paidAmount ?? 0) });
    }
    const expected = [...groups.values()].sort((a, b) => (a.method + a.state < b.method + b.state ? -1 : 1));
    expect(expected.length).toBeGreaterThan(5);
    expect(await journal.totals(from, to)).toEqual(expected);
    expect(await journal.totals(to, to)).toEqual([]);
  });

  it('answers each query from the index made for it', async () => {
    await store(mix(30));
    await journal.close();
    const raw = new DatabaseSync(file);
    const plan = (sql: string, ...params: (string | number)[]): string =>
      raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params).map((row) => String(row['detail'])).join(' | ');
    try {
      expect(plan(JOURNAL_SQL.unfinished)).toContain('USING INDEX payments_unfinished');
      expect(plan(JOURNAL_SQL.onCounter)).toContain('USING INDEX payments_on_counter');
      expect(plan(JOURNAL_SQL.awaitingAcknowledgement)).toContain('USING INDEX payments_needs_ack');
      // The history screen's queries depend on its filters: journal-history.test.ts holds each shape to its plan.
      expect(plan(JOURNAL_SQL.totals, 0, 1)).toContain('COVERING INDEX payments_day_totals');
      expect(plan(JOURNAL_SQL.events, 'x')).toContain('sqlite_autoindex_payment_events_1');
    } finally {
      raw.close();
    }
    journal = await SqliteJournal.open(file);
  });
});
