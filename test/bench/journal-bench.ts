import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { SqliteJournal } from '../../electron/journal/index.ts';
import { eventParameters, paymentParameters } from '../../electron/journal/rows.ts';
import { JOURNAL_SQL } from '../../electron/journal/statements.ts';
import type { HistoryQuery } from '../../electron/payments/journal.ts';
import type { PaymentEvent } from '../../electron/payments/payment.ts';
import { newPayment } from '../../electron/payments/payment.ts';
import type { Payment } from '../../electron/payments/payment.ts';
import type { PaymentMethod, PaymentState } from '../../shared/payments.ts';
import { benchDayReport } from './day-report-bench.ts';
import { WARM_UP, row, sample, seeded, time } from './sampling.ts';
import { summarise } from './table.ts';
import type { BenchRow } from './table.ts';

/**
 * The journal's figures on a year of payments: one durable write against a bare node:sqlite insert on the same
 * disk, and the reads the till makes at start-up, on the counter and on the history and totals screens (the
 * manager's filters and searches included).
 */
export interface JournalBenchOptions {
  /** Payments in the journal (the figures quoted in reviews use 1,000,000). */
  readonly rows: number;
  /** A folder for the bench's files; they are removed afterwards. */
  readonly dir: string;
  readonly onProgress?: (message: string) => void;
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** 1 January 2025, midnight in Jakarta (UTC+7). */
const YEAR_START = Date.UTC(2025, 0, 1) - 7 * HOUR_MS;
const DAYS = 365;
const BULK_BATCH = 25_000;
const WRITE_SAMPLES = 400;
const READ_SAMPLES = 300;

/** Payment i's place in the year: spread evenly over business hours (08:00–22:00), in trade-number order. */
export function createdAtOf(index: number, rows: number): number {
  const slot = (index / rows) * DAYS;
  const day = Math.floor(slot);
  return YEAR_START + day * DAY_MS + 8 * HOUR_MS + Math.floor((slot - day) * 14 * HOUR_MS);
}

/** Payment i's tradeNo as the till makes it (trade-no.ts): its Jakarta time, yyyyMMddHHmmss, then 8 digits (here i). */
export function tradeNoOf(index: number, rows: number): string {
  return jakartaStamp(createdAtOf(index, rows)) + String(index % 100_000_000).padStart(8, '0');
}

function jakartaStamp(at: number): string {
  return new Date(at + 7 * HOUR_MS).toISOString().slice(0, 19).replace(/[^0-9]/g, '');
}

const REFERENCE_CHARACTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** Payment i's Paypro reference: 16 letters and digits, unrelated to anything else about it (as the simulator's are). */
export function platFormTradeNoOf(index: number): string {
  const random = seeded(0x9e3779b9 ^ index);
  return Array.from({ length: 16 }, () => REFERENCE_CHARACTERS[Math.floor(random() * REFERENCE_CHARACTERS.length)]).join('');
}

type Step = readonly [PaymentEvent | { readonly type: 'begun' }, PaymentState];

/** Payment i as the till would have left it, with the three events that got it there. */
function historicPayment(index: number, rows: number, random: () => number): { payment: Payment; steps: readonly Step[] } {
  const method: PaymentMethod = random() < 0.7 ? 'QRIS' : 'VA';
  const amount = 10_000 + Math.floor(random() * 490) * 1_000;
  const createdAt = createdAtOf(index, rows);
  const begun = newPayment({
    tradeNo: tradeNoOf(index, rows), amount, method, kind: method === 'QRIS' ? 'qris' : 'va', channelCode: method === 'QRIS' ? 'QRIS' : 'VA', wayCode: undefined,
    bank: method === 'QRIS' ? undefined : 'BANK',
    methodLabel: method === 'QRIS' ? 'QRIS' : 'Bank Demo', parentTradeNo: undefined,
  }, createdAt);
  const fromEnd = rows - 1 - index;
  const platFormTradeNo = platFormTradeNoOf(index);
  const created: Step = [{ type: 'created', platFormTradeNo, qrString: undefined, vaNumber: undefined, paymentUrl: undefined, expiresAt: createdAt + 900_000 }, 'awaiting'];
  const roll = random();
  const [last, state, paidAmount]: readonly [PaymentEvent, PaymentState, number | undefined] =
    fromEnd < 5 ? [{ type: 'pending', platFormTradeNo }, 'awaiting', undefined]
    : roll < 0.9 ? [{ type: 'paid', platFormTradeNo, paidAmount: amount }, 'paid', amount]
    : roll < 0.94 ? [{ type: 'partial', platFormTradeNo, paidAmount: amount / 2 }, 'partial', amount / 2]
    : roll < 0.97 ? [{ type: 'watchEnded' }, 'unpaid', undefined]
    : [{ type: 'absent', gatewayCode: '404', detail: 'no such order' }, 'notCreated', undefined];
  const late = state === 'paid' && index % 50_000 === 25_000;
  const payment: Payment = {
    ...begun, state, paidAmount, platFormTradeNo, revision: 3, updatedAt: createdAt + 120_000,
    lateAfter: late ? 'expired' : undefined,
    acknowledgedAt: late && fromEnd > rows / 2 ? createdAt + DAY_MS : undefined,
    dismissedAt: fromEnd < 3 ? undefined : createdAt + 150_000,
  };
  return { payment, steps: [[{ type: 'begun' }, 'creating'], created, [last, state]] };
}

/** Fills a journal made by SqliteJournal.open with `rows` payments, through a plain connection with durability off. */
export function bulkLoad(file: string, rows: number, onProgress: (message: string) => void): void {
  const db = new DatabaseSync(file);
  try {
    db.exec('PRAGMA synchronous = OFF; PRAGMA cache_size = -262144');
    const insertPayment = db.prepare(JOURNAL_SQL.insertPayment);
    const insertEvent = db.prepare(JOURNAL_SQL.insertEvent);
    const random = seeded(1);
    for (let start = 0; start < rows; start += BULK_BATCH) {
      db.exec('BEGIN');
      for (let index = start; index < Math.min(rows, start + BULK_BATCH); index++) {
        const { payment, steps } = historicPayment(index, rows, random);
        insertPayment.run(paymentParameters(payment));
        steps.forEach(([event, state], step) => {
          const at = payment.createdAt + step * 60_000;
          insertEvent.run(eventParameters({ ...payment, revision: step + 1, state, updatedAt: at }, event));
        });
      }
      db.exec('COMMIT');
      onProgress(`journal bench: built ${Math.min(rows, start + BULK_BATCH).toLocaleString('en')} of ${rows.toLocaleString('en')} payments`);
    }
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

/** One durable write on the journal and on a bare table, interleaved so both see the same disk at the same moments. */
async function measureWrites(journal: SqliteJournal, bareFile: string, rows: number): Promise<{ bare: number[]; journal: number[] }> {
  const bare = new DatabaseSync(bareFile);
  try {
    bare.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL');
    bare.exec('CREATE TABLE samples (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, note TEXT NOT NULL)');
    const insert = bare.prepare('INSERT INTO samples (at, note) VALUES (?, ?)');
    const random = seeded(2);
    const bareSamples: number[] = [];
    const journalSamples: number[] = [];
    for (let i = -WARM_UP; i < WRITE_SAMPLES; i++) {
      const current = await journal.get(tradeNoOf(Math.floor(random() * rows), rows));
      if (!current) throw new Error('journal bench: a payment the bench built is missing');
      const changed: Payment = { ...current, revision: current.revision + 1, failedChecks: current.failedChecks + 1, lastCheckProblem: 'connection', updatedAt: current.updatedAt + 1 };
      const bareTime = await time(() => insert.run(Date.now(), 'bench'));
      const journalTime = await time(() => journal.record(changed, { type: 'checkFailed', problem: 'connection', detail: 'bench' }));
      if (i < 0) continue;
      bareSamples.push(bareTime);
      journalSamples.push(journalTime);
    }
    return { bare: bareSamples, journal: journalSamples };
  } finally {
    bare.close();
  }
}

const PAGE_TARGET = '≤ 2 ms';
/** The slowest kind of search is timed fewer times: it is a reference figure, and each sample takes tens of ms. */
const SLOW_SAMPLES = 20;

/** The manager's history screen: filtered pages and searches, each at a place the seeded generator picks. */
async function measureHistoryFilters(journal: SqliteJournal, rows: number): Promise<BenchRow[]> {
  const random = seeded(4);
  const anyIndex = (): number => Math.floor(random() * rows);
  const randomDepth = (): { createdAt: number; tradeNo: string } => {
    const depth = anyIndex();
    return { createdAt: createdAtOf(depth, rows), tradeNo: tradeNoOf(depth, rows) };
  };
  const pages: readonly (readonly [string, () => HistoryQuery])[] = [
    ['journal: history page of 50, one day (from, to)', () => {
      const from = YEAR_START + Math.floor(random() * DAYS) * DAY_MS;
      return { limit: 50, from, to: from + DAY_MS };
    }],
    ['journal: history page of 50, states partial + unpaid, at a random depth', () => ({ limit: 50, before: randomDepth(), states: ['partial', 'unpaid'] })],
    ['journal: history page of 50, method VA, at a random depth', () => ({ limit: 50, before: randomDepth(), methods: ['VA'] })],
    ['journal: history search, a tradeNo\'s first 8 digits (its day)', () => ({ limit: 50, search: tradeNoOf(anyIndex(), rows).slice(0, 8) })],
    ['journal: history search, a Paypro reference\'s first 8 characters, lower case', () => ({ limit: 50, search: platFormTradeNoOf(anyIndex()).slice(0, 8).toLowerCase() })],
    ['journal: history search, an amount', () => ({ limit: 50, search: String(10_000 + Math.floor(random() * 490) * 1_000) })],
  ];
  const measured: BenchRow[] = [];
  for (const [name, query] of pages) measured.push(row(name, await sample(READ_SAMPLES, () => journal.history(query())), PAGE_TARGET, 2));
  // "20250": January to September, none of it among the newest rows, too many to sort cheaply (history-reader.ts).
  const slowest = await sample(SLOW_SAMPLES, () => journal.history({ limit: 50, search: '20250' }));
  measured.push(row('journal: history search "20250" (most of the year, none of the last quarter: the slowest kind)', slowest, '', undefined));
  return measured;
}

const DAY_TOTALS = 'journal: day totals';

/** The journal's own figures, on the file bulkLoad filled. */
async function measureJournal(file: string, bareFile: string, rows: number): Promise<BenchRow[]> {
  const journal = await SqliteJournal.open(file);
  try {
    const writes = await measureWrites(journal, bareFile, rows);
    const random = seeded(3);
    const history = await sample(READ_SAMPLES, () => {
      const depth = Math.floor(random() * rows);
      return journal.history({ limit: 50, before: { createdAt: createdAtOf(depth, rows), tradeNo: tradeNoOf(depth, rows) } });
    });
    const totals = await sample(READ_SAMPLES, () => {
      const from = YEAR_START + Math.floor(random() * DAYS) * DAY_MS;
      return journal.totals(from, from + DAY_MS);
    });
    const startUp = await sample(READ_SAMPLES, () => Promise.all([journal.unfinished(), journal.onCounter(), journal.awaitingAcknowledgement()]));
    const filtered = await measureHistoryFilters(journal, rows);
    const bareMedian = summarise(writes.bare).median;
    return [
      row('bare node:sqlite: durable insert (WAL, synchronous=FULL)', writes.bare, '', undefined),
      row('journal: write one transition', writes.journal, `≤ 1.5 × bare insert (${(1.5 * bareMedian).toFixed(3)} ms)`, 1.5 * bareMedian),
      row('journal: history page of 50 at a random depth', history, PAGE_TARGET, 2),
      ...filtered,
      row(DAY_TOTALS, totals, '≤ 10 ms', 10),
      row('journal: start-up scan (unfinished + on counter + awaiting acknowledgement)', startUp, '≤ 5 ms', 5),
    ];
  } finally {
    await journal.close();
  }
}

export async function benchJournal(options: JournalBenchOptions): Promise<BenchRow[]> {
  const { rows, dir } = options;
  const onProgress = options.onProgress ?? (() => undefined);
  const file = join(dir, 'journal-bench.sqlite');
  const bareFile = join(dir, 'bare-bench.sqlite');
  const files = [file, bareFile].flatMap((name) => [name, `${name}-wal`, `${name}-shm`]);
  await Promise.all(files.map((name) => rm(name, { force: true })));
  try {
    const building = performance.now();
    await (await SqliteJournal.open(file)).close();
    bulkLoad(file, rows, onProgress);
    const megabytes = ((await stat(file)).size / 1_048_576).toFixed(0);
    onProgress(`journal bench: built ${rows.toLocaleString('en')} payments (${megabytes} MB) in ${((performance.now() - building) / 1_000).toFixed(1)} s`);

    const measured = await measureJournal(file, bareFile, rows);
    onProgress('journal bench: measured writes and reads');
    // After the journal's own reads: the day report opens the payment core over the same file, as the till does.
    const dayReport = await benchDayReport({ file, firstDay: YEAR_START, days: DAYS, samples: READ_SAMPLES });
    onProgress('journal bench: measured the day report');
    const at = measured.findIndex((line) => line.name === DAY_TOTALS);
    return [...measured.slice(0, at + 1), dayReport, ...measured.slice(at + 1)];
  } finally {
    await Promise.all(files.map((name) => rm(name, { force: true })));
  }
}

// `node test/bench/journal-bench.ts [rows]` prints the figures without the rest of the bench suite.
if (import.meta.main) {
  const dir = await mkdtemp(join(tmpdir(), 'kasir-journal-bench-'));
  try {
    const rows = await benchJournal({ rows: Number(process.argv[2] ?? 1_000_000), dir, onProgress: (message) => console.log(message) });
    console.table(rows.map((r) => ({ ...r, median: r.median.toFixed(3), p95: r.p95.toFixed(3) })));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
