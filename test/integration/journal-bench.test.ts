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

it('measures the five journal figures on a small journal, and cleans up after itself', async () => {
  const progress: string[] = [];
  const rows = await benchJournal({ rows: 2_000, dir, onProgress: (message) => progress.push(message) });
  expect(rows.map((row) => row.name)).toEqual([
    'bare node:sqlite: durable insert (WAL, synchronous=FULL)',
    'journal: write one transition',
    'journal: history page of 50 at a random depth',
    'journal: day totals',
    'journal: start-up scan (unfinished + on counter + awaiting acknowledgement)',
  ]);
  for (const row of rows) {
    expect(Number.isFinite(row.median) && Number.isFinite(row.p95)).toBe(true);
    expect(row.unit).toBe('ms');
  }
  expect(rows[0]?.met).toBeUndefined();
  expect(rows.slice(1).every((row) => typeof row.met === 'boolean' && row.target !== '')).toBe(true);
  expect(progress.some((message) => message.includes('built 2,000 payments'))).toBe(true);
  expect(await readdir(dir)).toEqual([]);
}, 60_000);
