import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { benchJournal } from '../bench/journal-bench.ts';

/** The journal bench still runs end to end. Only its shape is checked: timings belong to `npm run bench`, never to a test. */
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kasir-journal-bench-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('measures the journal figures on a small journal, and cleans up after itself', async () => {
  const progress: string[] = [];
  const rows = await benchJournal({ rows: 2_000, dir, onProgress: (message) => progress.push(message) });
  expect(rows.map((row) => row.name)).toEqual([
    'bare node:sqlite: durable insert (WAL, synchronous=FULL)',
    'journal: write one transition',
    'journal: history page of 50 at a random depth',
    'journal: history page of 50, one day (from, to)',
    'journal: history page of 50, states partial + unpaid, at a random depth',
    'journal: history page of 50, method VA, at a random depth',
    'journal: history search, a tradeNo\'s first 8 digits (its day)',
    'journal: history search, a Paypro reference\'s first 8 characters, lower case',
    'journal: history search, an amount',
    'journal: history search "20250" (most of the year, none of the last quarter: the slowest kind)',
    'journal: day totals',
    'day report: a whole business day (totals by method and state, partial payments, late payments)',
    'journal: start-up scan (unfinished + on counter + awaiting acknowledgement)',
  ]);
  for (const row of rows) {
    expect(Number.isFinite(row.median) && Number.isFinite(row.p95)).toBe(true);
    expect(row.unit).toBe('ms');
  }
  // Reference figures (no target): the bare insert and the slowest kind of search; every other row has a target.
  const references = rows.filter((row) => row.met === undefined).map((row) => row.name);
  expect(references).toEqual([rows[0]?.name, rows.find((row) => row.name.includes('slowest'))?.name]);
  expect(rows.filter((row) => row.met !== undefined).every((row) => typeof row.met === 'boolean' && row.target !== '')).toBe(true);
  expect(progress.some((message) => message.includes('built 2,000 payments'))).toBe(true);
  expect(await readdir(dir)).toEqual([]);
}, 60_000);
