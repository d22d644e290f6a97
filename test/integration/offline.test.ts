import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppInfo } from '../../shared/ipc/contract.ts';
import type { KasirCore } from '../../electron/app/core.ts';
import { createKasirCore } from '../../electron/app/core.ts';
import { MemorySecretStore } from '../../electron/secrets/memory-store.ts';
import type { Simulator } from '../../electron/simulator/index.ts';
import { startSimulator } from '../../electron/simulator/index.ts';
import { OffsetClock } from '../support/offset-clock.ts';

/**
 * "Paypro unreachable — cash only": the real core in sandbox mode against a simulator that goes away and comes
 * back on the same address. A failed charge makes Kasir suspect the connection, a probe confirms it, and the
 * probe brings the methods back by itself.
 */
const SECRET = 'offline-test-secret-0123456789';
let sim: Simulator | undefined;
let core: KasirCore | undefined;
let folder: string | undefined;

afterEach(async () => {
  await core?.close();
  await sim?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

function nextInfo(of: KasirCore, predicate: (info: AppInfo) => boolean): Promise<AppInfo> {
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error(`no such app info; now: ${JSON.stringify(of.info.gateway)}`)), 5_000);
    const stop = of.onEvent((name, payload) => {
      if (name !== 'appInfoChanged' || !predicate(payload as AppInfo)) return;
      clearTimeout(timeout);
      stop();
      resolve(payload as AppInfo);
    });
  });
}

describe('offline: Paypro unreachable', () => {
  it('is confirmed by a probe after a charge that never reached Paypro, and lifted by the probe when Paypro is back', async () => {
    sim = await startSimulator({ secret: SECRET });
    const port = Number(new URL(sim.baseUrl).port);
    folder = await mkdtemp(join(tmpdir(), 'kasir-offline-'));
    const settingsFile = join(folder, 'settings.json');
    await writeFile(settingsFile, JSON.stringify({ merchantNo: sim.merchantNo, sandboxBaseUrl: sim.baseUrl, notifyUrl: 'https://shop.example/notify' }));
    const store = new MemorySecretStore();
    await store.set(`paypro-app-secret:${sim.merchantNo}`, SECRET);
    const clock = new OffsetClock();
    core = await createKasirCore({ settingsFile, journalFile: join(folder, 'journal.sqlite'), secretStore: store, clock });
    expect(core.info.gateway).toBe('reachable');

    await sim.close();
    const offline = nextInfo(core, (info) => info.gateway === 'unreachable');
    expect(await core.invoke('startPayment', { amount: 25_000, method: 'QRIS' })).toMatchObject({ ok: true, value: { state: 'notCreated', failure: { code: 'GATEWAY_UNREACHABLE' } } });
    await offline;
    expect(core.info.gateway).toBe('unreachable');

    sim = await startSimulator({ secret: SECRET, port });
    const online = nextInfo(core, (info) => info.gateway === 'reachable');
    clock.advance(10_000);
    await online;
    expect(sim.requests().map((entry) => entry.endpoint), 'the probe is the balance query').toEqual(['queryBalance']);
    expect(await core.invoke('startPayment', { amount: 25_000, method: 'QRIS' })).toMatchObject({ ok: true, value: { state: 'awaiting' } });
  });
});
