import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { KasirCore } from '../../electron/app/core.ts';
import { createKasirCore } from '../../electron/app/core.ts';
import { MemorySecretStore } from '../../electron/secrets/memory-store.ts';

/**
 * "Try again" on a blocked till: the real core re-reads its settings file (and the journal, and the keychain:
 * that part runs against the real Secret Service in test/keychain/) without a restart, and leaves a till that
 * charges alone.
 */
let core: KasirCore | undefined;
let folder: string | undefined;

afterEach(async () => {
  await core?.close();
  core = undefined;
  if (folder) await rm(folder, { recursive: true, force: true });
});

async function till(settingsText: string): Promise<{ core: KasirCore; settingsFile: string }> {
  folder = await mkdtemp(join(tmpdir(), 'kasir-retry-'));
  const settingsFile = join(folder, 'settings.json');
  await writeFile(settingsFile, settingsText);
  core = await createKasirCore({ settingsFile, journalFile: join(folder, 'journal.sqlite'), secretStore: new MemorySecretStore() });
  return { core, settingsFile };
}

describe('retrySetup', () => {
  it('a settings file repaired while the till is open is read on "try again", and the till charges', async () => {
    const { core: blocked, settingsFile } = await till('{ "storeName": ');
    expect(blocked.info).toMatchObject({ ready: false, blockedReason: 'SETTINGS_INVALID' });
    expect(await blocked.invoke('startPayment', { amount: 25_000, method: 'QRIS' })).toMatchObject({ ok: false, code: 'SETTINGS_INVALID' });

    await writeFile(settingsFile, JSON.stringify({ storeName: 'Toko Maju' }));
    const retried = await blocked.invoke('retrySetup', undefined);
    expect(retried).toMatchObject({ ok: true, value: { ready: true, mode: 'demo', storeName: 'Toko Maju' } });
    expect(blocked.simulator, 'demo mode started its simulator').toBeDefined();
    expect(await blocked.invoke('startPayment', { amount: 25_000, method: 'QRIS' })).toMatchObject({ ok: true, value: { state: 'awaiting' } });
  });

  it('leaves a till that charges alone: the payment on the counter and the simulator stay', async () => {
    const { core: ready, settingsFile } = await till('{}');
    const started = await ready.invoke('startPayment', { amount: 25_000, method: 'QRIS' });
    expect(started).toMatchObject({ ok: true });
    const simulator = ready.simulator;
    await writeFile(settingsFile, JSON.stringify({ storeName: 'Changed' }));
    expect(await ready.invoke('retrySetup', undefined)).toMatchObject({ ok: true, value: { ready: true, storeName: 'Kasir' } });
    expect(ready.simulator).toBe(simulator);
    expect(await ready.invoke('getCounterPayment', undefined)).toMatchObject({ ok: true, value: { state: 'awaiting' } });
  });

  it('requests during the reopening wait for the new till instead of reaching the closed one', async () => {
    const { core: blocked, settingsFile } = await till('not json');
    await writeFile(settingsFile, '{}');
    const [retried, info] = await Promise.all([blocked.invoke('retrySetup', undefined), blocked.invoke('getAppInfo', undefined)]);
    expect(retried).toMatchObject({ ok: true, value: { ready: true } });
    expect(info).toMatchObject({ ok: true, value: { ready: true } });
  });
});
