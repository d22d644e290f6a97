import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteJournal } from '../../electron/journal/index.ts';
import { JournalError } from '../../electron/payments/journal.ts';
import { newPayment } from '../../electron/payments/payment.ts';
import type { Payment } from '../../electron/payments/payment.ts';

/** Damaged files, a second Kasir, a Kasir killed mid-life, and SQLite's own "disk full". */
let dir: string;
let file: string;
let journal: SqliteJournal | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kasir-journal-failures-'));
  file = join(dir, 'journal.sqlite');
});
afterEach(async () => {
  await journal?.close();
  journal = undefined;
  await rm(dir, { recursive: true, force: true });
});

function payment(n: number): Payment {
  return newPayment({
    tradeNo: `2025061210${String(n).padStart(12, '0')}`, amount: 25_000 + n, method: 'QRIS', kind: 'qris', channelCode: 'QRIS', wayCode: undefined, bank: undefined,
    methodLabel: 'QRIS', parentTradeNo: undefined,
  }, Date.UTC(2025, 5, 12) + n * 1_000);
}

function next(from: Payment, patch: Partial<Payment> = {}): Payment {
  return { ...from, ...patch, revision: from.revision + 1, updatedAt: from.updatedAt + 1 };
}

async function snapshot(): Promise<{ bytes: Buffer; mtimeMs: number; files: string[] }> {
  return { bytes: await readFile(file), mtimeMs: (await stat(file)).mtimeMs, files: (await readdir(dir)).sort() };
}

/** A closed journal holding `count` paid payments, big enough that its tables span many pages. */
async function closedJournal(count: number): Promise<void> {
  const filling = await SqliteJournal.open(file);
  for (let n = 0; n < count; n++) {
    await filling.begin(payment(n));
    await filling.record(next(payment(n), { state: 'paid', paidAmount: payment(n).amount }), { type: 'paid', platFormTradeNo: `PP${n}`, paidAmount: payment(n).amount });
  }
  await filling.close();
}

/** A deterministic stand-in for random bytes (the test must fail the same way every run). */
function noise(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

describe('journal: damaged files are reported and never touched', () => {
  it.each([
    ['random bytes', () => noise(16_384, 7)],
    ['a text file', () => Buffer.from('Kasir notes\n'.repeat(400))],
  ])('refuses %s as damaged', async (_name, contents) => {
    await writeFile(file, contents());
    const before = await snapshot();
    const opening = SqliteJournal.open(file);
    await expect(opening).rejects.toBeInstanceOf(JournalError);
    await expect(opening).rejects.toMatchObject({ problem: 'damaged', location: file, message: expect.stringMatching(/not a SQLite database/) });
    expect(await snapshot()).toEqual(before);
  });

  it('reports a journal with overwritten middle pages as damaged, then writes nothing more to it', async () => {
    await closedJournal(300);
    const good = await readFile(file);
    const third = Math.floor(good.length / 3);
    await writeFile(file, Buffer.concat([good.subarray(0, third), noise(third, 11), good.subarray(2 * third)]));
    const before = await snapshot();

    journal = await SqliteJournal.open(file);
    const reads = [() => journal?.unfinished(), () => journal?.history({ limit: 500 }), () => journal?.totals(0, Number.MAX_SAFE_INTEGER), () => journal?.events(payment(150).tradeNo)];
    const failures = await Promise.allSettled(reads.map((read) => read()));
    const reasons = failures.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : []));
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(reason).toMatchObject({ problem: 'damaged', message: expect.stringMatching(/corrupt/) });
    // Once damage is known, writes are refused rather than risked on a broken file.
    await expect(journal.begin(payment(1_000))).rejects.toMatchObject({ problem: 'damaged' });
    await journal.close();
    journal = undefined;
    expect(await snapshot()).toEqual(before);
  });

  it('reports a truncated journal as damaged and leaves it as it was', async () => {
    await closedJournal(300);
    const good = await readFile(file);
    await writeFile(file, good.subarray(0, Math.floor(good.length / 2)));
    const before = await snapshot();
    await expect(SqliteJournal.open(file)).rejects.toMatchObject({ problem: 'damaged', location: file });
    expect(await snapshot()).toEqual(before);
  });

  it('reports an unreadable stored record as damaged', async () => {
    await closedJournal(1);
    const { DatabaseSync } = await import('node:sqlite');
    const db = new DatabaseSync(file);
    db.prepare('UPDATE payments SET record = ?').run('{"tradeNo": "someone else", "revision": 2}');
    db.close();
    journal = await SqliteJournal.open(file);
    await expect(journal.get(payment(0).tradeNo)).rejects.toMatchObject({ problem: 'damaged', message: expect.stringMatching(/does not match/) });
  });
});

describe('journal: one Kasir at a time', () => {
  it('refuses a second open of the same journal quickly as busy, and opens again once the first closes', async () => {
    journal = await SqliteJournal.open(file);
    const started = performance.now();
    await expect(SqliteJournal.open(file)).rejects.toMatchObject({ problem: 'busy', location: file, message: expect.stringMatching(/another Kasir/) });
    expect(performance.now() - started).toBeLessThan(5_000);
    // The first keeps working.
    await journal.begin(payment(1));
    await journal.close();
    journal = await SqliteJournal.open(file);
    expect(await journal.get(payment(1).tradeNo)).toEqual(payment(1));
  });

  it('keeps every committed write of a Kasir killed mid-life, and lets the next one open the journal', async () => {
    const payments = Array.from({ length: 20 }, (_, n) => payment(n));
    const child = spawnHolder(file, payments);
    try {
      await untilLine(child, 'committed');
      // While the child lives, its lock keeps this process out.
      await expect(SqliteJournal.open(file)).rejects.toMatchObject({ problem: 'busy' });
      // The commits sit in the WAL, not yet folded into the file: reopening must recover them from there.
      expect(existsSync(`${file}-wal`)).toBe(true);
    } finally {
      child.kill('SIGKILL');
    }
    const [, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.once('exit', (code, sig) => resolve([code, sig])));
    expect(signal).toBe('SIGKILL');

    journal = await SqliteJournal.open(file);
    for (const begun of payments) {
      expect(await journal.get(begun.tradeNo)).toEqual(next(begun, { state: 'awaiting' }));
      expect((await journal.events(begun.tradeNo)).map((event) => event.type)).toEqual(['begun', 'outcomeUnknown']);
    }
  });
});

/** A separate Node process that writes `payments` (begin, then one transition each), says so, and then just waits. */
function spawnHolder(journalFile: string, payments: readonly Payment[]): ChildProcess {
  const journalModule = pathToFileURL(join(import.meta.dirname, '../../electron/journal/index.ts')).href;
  const script = `
    import { SqliteJournal } from ${JSON.stringify(journalModule)};
    const journal = await SqliteJournal.open(process.env.JOURNAL_FILE);
    for (const begun of JSON.parse(process.env.PAYMENTS)) {
      await journal.begin(begun);
      await journal.record({ ...begun, state: 'awaiting', revision: 2, updatedAt: begun.updatedAt + 1 }, { type: 'outcomeUnknown', detail: 'held' });
    }
    console.log('committed');
    setInterval(() => {}, 60_000);
  `;
  return spawn(process.execPath, ['--input-type=module', '--no-warnings', '-e', script], {
    env: { ...process.env, JOURNAL_FILE: journalFile, PAYMENTS: JSON.stringify(payments) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function untilLine(child: ChildProcess, line: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    let errors = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.split('\n').includes(line)) resolve();
    });
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`the child exited (${String(code)}) before "${line}": ${errors}`)));
  });
}

describe('journal: a file that cannot be created', () => {
  it('reports a journal in a folder that does not exist as unwritable, and creates nothing', async () => {
    const missing = join(dir, 'no-such-folder', 'journal.sqlite');
    await expect(SqliteJournal.open(missing)).rejects.toMatchObject({ problem: 'unwritable', location: missing, message: expect.stringMatching(/cannot be created or opened/) });
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('journal: a full disk (SQLite\'s own SQLITE_FULL via max_page_count)', () => {
  it('reports unwritable with "disk is full", loses nothing, and writes again once there is room', async () => {
    journal = await SqliteJournal.open(file);
    let current = payment(1);
    await journal.begin(current);
    journal.capSizeForTesting(0);
    let failure: unknown;
    for (let attempt = 0; attempt < 2_000 && failure === undefined; attempt++) {
      const candidate = next(current, { lastCheckProblem: 'connection', failedChecks: current.failedChecks + 1 });
      try {
        await journal.record(candidate, { type: 'checkFailed', problem: 'connection', detail: 'x'.repeat(500) });
        current = candidate;
      } catch (error) {
        failure = error;
      }
    }
    expect(failure).toBeInstanceOf(JournalError);
    expect(failure).toMatchObject({ problem: 'unwritable', location: file, message: expect.stringMatching(/disk is full/) });
    expect(await journal.get(current.tradeNo)).toEqual(current);

    journal.capSizeForTesting(undefined);
    const after = next(current, { state: 'awaiting' });
    await journal.record(after, { type: 'outcomeUnknown', detail: 'room again' });
    await journal.close();
    journal = await SqliteJournal.open(file);
    expect(await journal.get(after.tradeNo)).toEqual(after);
    expect((await journal.events(after.tradeNo)).map((event) => event.revision)).toEqual(Array.from({ length: after.revision }, (_, i) => i + 1));
  });
});
