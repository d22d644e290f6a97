import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KasirCore } from '../../electron/app/core.ts';
import { createKasirCore } from '../../electron/app/core.ts';
import { SqliteJournal } from '../../electron/journal/index.ts';
import { SESSION_IDLE_MS } from '../../electron/manager/pin-guard.ts';
import { MemorySecretStore } from '../../electron/secrets/memory-store.ts';
import type { Simulator } from '../../electron/simulator/index.ts';
import { startSimulator } from '../../electron/simulator/index.ts';
import { OffsetClock } from '../support/offset-clock.ts';

/**
 * The manager session as the cashier's window meets it through main: the dispatcher, the real manager.json, the
 * real journal file (sandbox mode against the simulator on loopback: demo mode journals in memory), and a clock the
 * test moves.
 */
const PIN = '5829';
const MINUTE = 60_000;
const SECRET = 'manager-session-secret-0123456789';

let dir: string;
let clock: OffsetClock;
let sim: Simulator;
let core: KasirCore;

async function openCore(): Promise<KasirCore> {
  const store = new MemorySecretStore();
  await store.set(`paypro-app-secret:${sim.merchantNo}`, SECRET);
  return createKasirCore({ settingsFile: join(dir, 'settings.json'), journalFile: join(dir, 'journal.sqlite'), secretStore: store, clock });
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kasir-manager-session-'));
  clock = new OffsetClock();
  sim = await startSimulator({ secret: SECRET });
  await writeFile(join(dir, 'settings.json'), JSON.stringify({ merchantNo: sim.merchantNo, sandboxBaseUrl: sim.baseUrl, notifyUrl: 'https://shop.example/notify' }));
  core = await openCore();
  expect(core.info.mode).toBe('sandbox');
});
afterEach(async () => {
  await core.close();
  await sim.close();
  await rm(dir, { recursive: true, force: true });
});

const acknowledge = (tradeNo: unknown) => core.invoke('acknowledgeLatePayment', { tradeNo });

describe('the manager session through main', () => {
  it('a valid manager action keeps the session open; a malformed one is refused and does not', async () => {
    expect(await core.invoke('setManagerPin', { pin: PIN })).toMatchObject({ ok: true, value: { active: true } });

    clock.advance(SESSION_IDLE_MS - MINUTE);
    expect(await acknowledge(42)).toMatchObject({ ok: false, code: 'INVALID_REQUEST' });
    clock.advance(2 * MINUTE);
    expect(await acknowledge('abc'), 'the malformed request did not keep it open').toMatchObject({ ok: false, code: 'MANAGER_ONLY' });
    expect(await core.invoke('getManagerState', undefined)).toMatchObject({ ok: true, value: { active: false } });

    expect(await core.invoke('unlockManager', { pin: PIN })).toMatchObject({ ok: true, value: { active: true } });
    clock.advance(SESSION_IDLE_MS - MINUTE);
    expect(await acknowledge('abc'), 'a valid one reaches its handler').toMatchObject({ ok: false, code: 'NOT_FOUND' });
    clock.advance(2 * MINUTE);
    expect(await acknowledge('abc'), 'and kept the session open').toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('writes every manager action to the journal\'s audit log, never the PIN', async () => {
    await core.invoke('setManagerPin', { pin: PIN });
    await core.invoke('lockManager', undefined);
    await core.invoke('unlockManager', { pin: '0918' });
    await core.invoke('unlockManager', { pin: PIN });
    clock.advance(SESSION_IDLE_MS + MINUTE);
    expect(await core.invoke('getManagerState', undefined)).toMatchObject({ ok: true, value: { active: false } });
    await core.close();

    const journal = await SqliteJournal.open(join(dir, 'journal.sqlite'));
    try {
      const log = await journal.auditLog({ limit: 50 });
      expect(log.map((entry) => entry.action).reverse()).toEqual(['pin.set', 'manager.locked', 'manager.wrongPin', 'manager.unlocked', 'manager.timedOut']);
      expect(log.every((entry) => entry.actor === 'manager')).toBe(true);
      expect(JSON.stringify(log)).not.toMatch(/5829|0918/);
    } finally {
      await journal.close();
    }
    core = await openCore();
    expect(await core.invoke('getManagerState', undefined), 'the PIN outlives a restart; the session does not').toMatchObject({ ok: true, value: { pinSet: true, active: false } });
  });
});
