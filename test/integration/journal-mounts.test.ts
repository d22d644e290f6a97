import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, statfs, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteJournal } from '../../electron/journal/index.ts';
import { JournalError } from '../../electron/payments/journal.ts';
import type { AuditEntry } from '../../electron/payments/journal.ts';
import { newPayment } from '../../electron/payments/payment.ts';
import type { Payment } from '../../electron/payments/payment.ts';

/**
 * A real full disk and a real read-only disk, made with small tmpfs mounts. Mounting needs root (as in the CI
 * container); elsewhere these tests are skipped, and a non-root run checks the read-only case with permissions.
 */
const isRoot = process.getuid?.() === 0;

/** Why tmpfs mounts cannot be used here, or undefined when they can. */
function mountsUnavailable(): string | undefined {
  if (!isRoot) return 'mounting a tmpfs needs root';
  const probe = mkdtempSync(join(tmpdir(), 'kasir-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'pipe' });
    execFileSync('umount', [probe], { stdio: 'pipe' });
    return undefined;
  } catch (error) {
    return `this container does not allow mounting a tmpfs (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

const noMounts = mountsUnavailable();
if (noMounts) console.warn(`journal mount tests skipped: ${noMounts}`);

let dir: string;
let disk: string;
let mounted = false;
let journal: SqliteJournal | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kasir-journal-disk-'));
  disk = join(dir, 'disk');
  await mkdir(disk);
});
afterEach(async () => {
  await journal?.close().catch(() => undefined);
  journal = undefined;
  try {
    if (mounted) unmount();
  } finally {
    mounted = false;
    await chmod(disk, 0o755).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
});

/** A mount that is still busy means a file handle leaked: detach it anyway so nothing outlives the run, then say so. */
function unmount(): void {
  try {
    execFileSync('umount', [disk], { stdio: 'pipe' });
  } catch (error) {
    execFileSync('umount', ['--lazy', disk], { stdio: 'pipe' });
    throw error;
  }
}

function mountTmpfs(options: string): void {
  execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', disk], { stdio: 'pipe' });
  mounted = true;
}

function payment(n: number): Payment {
  return newPayment({
    tradeNo: `2025061210${String(n).padStart(12, '0')}`, amount: 10_000 + n, method: 'VA', kind: 'va', channelCode: 'VA', wayCode: undefined, bank: 'BANK', 
    methodLabel: `Bank Demo ${'•'.repeat(200)}`, parentTradeNo: undefined,
  }, Date.UTC(2025, 5, 12) + n * 1_000);
}

function paid(begun: Payment): Payment {
  return { ...begun, revision: 2, state: 'paid', paidAmount: begun.amount, updatedAt: begun.updatedAt + 1 };
}

/** Leaves only a little room on the test's tmpfs, so the journal runs out after a handful of writes; rm the file to free it. */
async function fillDiskButLittle(): Promise<string> {
  const { bavail, bsize } = await statfs(disk);
  const filler = join(disk, 'filler');
  await writeFile(filler, Buffer.alloc(Math.max(0, bavail * bsize - 192 * 1024)));
  return filler;
}

describe('journal: a full disk', () => {
  it.skipIf(noMounts !== undefined)('reports unwritable with "disk is full" on a full tmpfs, keeps what was committed, and writes again once space is freed', async () => {
    mountTmpfs('size=1m');
    const file = join(disk, 'journal.sqlite');
    journal = await SqliteJournal.open(file);
    const filler = await fillDiskButLittle();

    const committed: Payment[] = [];
    let failure: unknown;
    for (let n = 0; n < 5_000 && failure === undefined; n++) {
      try {
        await journal.begin(payment(n));
        committed.push(payment(n));
        await journal.record(paid(payment(n)), { type: 'paid', platFormTradeNo: `PP${n}`, paidAmount: payment(n).amount });
        committed[committed.length - 1] = paid(payment(n));
      } catch (error) {
        failure = error;
      }
    }
    expect(failure).toBeInstanceOf(JournalError);
    expect(failure).toMatchObject({ problem: 'unwritable', location: file, message: expect.stringMatching(/disk is full/) });
    expect(committed.length).toBeGreaterThan(0);
    for (const stored of committed) expect(await journal.get(stored.tradeNo)).toEqual(stored);

    await rm(filler);
    const after = payment(9_999);
    await journal.begin(after);
    await journal.close();
    journal = await SqliteJournal.open(file);
    for (const stored of [...committed, after]) expect(await journal.get(stored.tradeNo)).toEqual(stored);
  });
});

describe('journal: a full disk and the audit log', () => {
  it.skipIf(noMounts !== undefined)('refuses an audit entry on a full tmpfs as unwritable, keeps every entry written, and writes again once space is freed', async () => {
    mountTmpfs('size=1m');
    const file = join(disk, 'journal.sqlite');
    journal = await SqliteJournal.open(file);
    const filler = await fillDiskButLittle();

    const entry = (n: number): AuditEntry => ({ at: n, actor: 'manager', action: 'settings.changed', detail: { n, note: '•'.repeat(300) } });
    let written = 0;
    let failure: unknown;
    for (let n = 0; n < 20_000 && failure === undefined; n++) {
      try {
        await journal.appendAudit(entry(n));
        written++;
      } catch (error) {
        failure = error;
      }
    }
    expect(failure).toBeInstanceOf(JournalError);
    expect(failure).toMatchObject({ problem: 'unwritable', location: file, message: expect.stringMatching(/disk is full/) });
    expect(written).toBeGreaterThan(0);
    /** Every entry's n, newest first. */
    const stored = async (reading: SqliteJournal): Promise<number[]> => {
      const ns: number[] = [];
      let page = await reading.auditLog({ limit: 500 });
      while (page.length > 0) {
        ns.push(...page.map((record) => Number(record.detail['n'])));
        page = await reading.auditLog({ limit: 500, before: page.at(-1)?.id ?? 0 });
      }
      return ns;
    };
    expect(await stored(journal)).toEqual(Array.from({ length: written }, (_, n) => written - 1 - n));

    await rm(filler);
    await journal.appendAudit(entry(written));
    await journal.close();
    journal = await SqliteJournal.open(file);
    expect(await stored(journal)).toEqual(Array.from({ length: written + 1 }, (_, n) => written - n));
  });
});

describe('journal: a read-only disk', () => {
  it.skipIf(noMounts !== undefined)('refuses to create a journal on a read-only mount as unwritable', async () => {
    mountTmpfs('ro,size=64k');
    const file = join(disk, 'journal.sqlite');
    await expect(SqliteJournal.open(file)).rejects.toMatchObject({ problem: 'unwritable', location: file, message: expect.stringMatching(/cannot be created or opened/) });
    expect(await readdir(disk)).toEqual([]);
  });

  it.skipIf(noMounts !== undefined)('refuses a journal whose disk was remounted read-only as unwritable, leaving it as it was', async () => {
    mountTmpfs('size=256k');
    const file = join(disk, 'journal.sqlite');
    journal = await SqliteJournal.open(file);
    await journal.begin(payment(1));
    await journal.close();
    journal = undefined;
    execFileSync('mount', ['-o', 'remount,ro', disk], { stdio: 'pipe' });
    const before = await readFile(file);
    await expect(SqliteJournal.open(file)).rejects.toMatchObject({ problem: 'unwritable', location: file });
    expect(await readFile(file)).toEqual(before);
    expect(await readdir(disk)).toEqual(['journal.sqlite']);
  });

  it.skipIf(isRoot)('refuses to create a journal in a folder without write permission as unwritable (root ignores permission bits, so the mounts cover it there)', async () => {
    await chmod(disk, 0o555);
    const file = join(disk, 'journal.sqlite');
    await expect(SqliteJournal.open(file)).rejects.toMatchObject({ problem: 'unwritable', location: file });
    expect(await readdir(disk)).toEqual([]);
  });
});
