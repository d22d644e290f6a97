import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteJournal } from '../../electron/journal/index.ts';
import { createKasirCore } from '../../electron/app/core.ts';
import type { JournalProblem } from '../../electron/payments/journal.ts';
import { MemorySecretStore } from '../../electron/secrets/memory-store.ts';
import type { Harness } from '../support/payment-harness.ts';
import { startHarness, started } from '../support/payment-harness.ts';

/** What the till does when its journal cannot be written or read: nothing sent unrecorded, nothing lost. */
let h: Harness;

beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

describe('a full disk', () => {
  it('keeps following the open payment and warns; refuses a new charge before anything is sent; loses nothing once there is room', async () => {
    const payment = started(await h.service.start(25_000, 'QRIS'));
    const troubles: (JournalProblem | undefined)[] = [];
    h.service.onJournalTrouble((problem) => troubles.push(problem));
    // SQLite's own "database or disk is full" once the file may not grow; failing status checks keep writing.
    h.journal.capSizeForTesting(0);
    h.sim.setFaults({ http5xx: true, endpoints: ['queryPayInResult'] });
    await h.until(payment.tradeNo, () => h.service.journalTrouble === 'unwritable', 'a refused journal write');
    expect(troubles).toEqual(['unwritable']);

    h.sim.setFaults(undefined);
    h.sim.settle(payment.tradeNo, 'paid');
    const paid = await h.until(payment.tradeNo, (p) => p.state === 'paid');
    expect(h.service.counter()?.state, 'the cashier still sees the truth').toBe('paid');

    const payIns = () => h.sim.requests().filter((entry) => entry.endpoint === 'payIn').length;
    expect(await h.service.start(30_000, 'VA')).toMatchObject({ ok: false, code: 'JOURNAL_UNWRITABLE' });
    expect(payIns(), 'nothing was sent for the refused charge').toBe(1);
    expect(h.sim.ledger()).toHaveLength(1);

    const written = new Promise<void>((resolve) => {
      const stop = h.service.onJournalTrouble((problem) => {
        if (problem !== undefined) return;
        stop();
        resolve();
      });
    });
    h.journal.capSizeForTesting(undefined);
    // The backlog is retried every 5 s.
    h.clock.advance(5_000);
    await written;
    expect(troubles).toEqual(['unwritable', undefined]);
    await h.service.close();
    const journal = await SqliteJournal.open(h.journalFile);
    try {
      expect(await journal.get(payment.tradeNo)).toEqual(paid);
      const revisions = (await journal.events(payment.tradeNo)).map((event) => event.revision);
      expect(revisions, 'every change, in order, none missing').toEqual(Array.from({ length: paid.revision }, (_, i) => i + 1));
    } finally {
      await journal.close();
    }
    await h.restart();
    expect(started(await h.service.start(30_000, 'VA')).state).toBe('awaiting');
  });
});

describe('the journal at start-up', () => {
  async function liveCore(journalFile: string) {
    const dir = await mkdtemp(join(tmpdir(), 'kasir-journal-core-'));
    const settingsFile = join(dir, 'settings.json');
    await writeFile(settingsFile, JSON.stringify({ merchantNo: h.sim.merchantNo, sandboxBaseUrl: h.sim.baseUrl, notifyUrl: 'https://shop.example/notify' }));
    const store = new MemorySecretStore();
    await store.set(`paypro-app-secret:${h.sim.merchantNo}`, h.sim.secret);
    return createKasirCore({ settingsFile, journalFile, secretStore: store });
  }

  it('a damaged journal blocks charging, names the file, and is never touched', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'kasir-damaged-')), 'journal.sqlite');
    const garbage = Buffer.from('this is not a journal, but it holds somebody\'s payments '.repeat(200));
    await writeFile(file, garbage);
    const core = await liveCore(file);
    try {
      expect(core.info).toMatchObject({ ready: false, blockedReason: 'JOURNAL_DAMAGED', journalFile: file });
      expect(await core.invoke('startPayment', { amount: 25_000, method: 'QRIS' })).toMatchObject({ ok: false, code: 'JOURNAL_DAMAGED' });
      expect(h.sim.ledger()).toHaveLength(0);
    } finally {
      await core.close();
    }
    expect((await readFile(file)).equals(garbage), 'the damaged file is left exactly as it was').toBe(true);
  });

  it('a journal that cannot be created (its folder is missing) blocks charging as unwritable', async () => {
    const core = await liveCore(join(tmpdir(), 'kasir-no-such-folder', 'deeper', 'journal.sqlite'));
    try {
      expect(core.info).toMatchObject({ ready: false, blockedReason: 'JOURNAL_UNWRITABLE' });
    } finally {
      await core.close();
    }
  });
});
