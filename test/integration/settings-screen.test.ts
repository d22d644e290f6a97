import { readFile, readdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppInfo, PaymentView } from '../../shared/ipc/contract.ts';
import type { AuditView } from '../../shared/ipc/report.ts';
import type { ConnectionTestResult, SaveSettingsResult, SecretStatus, SettingsValues, SettingsView } from '../../shared/ipc/settings.ts';
import type { KasirCore } from '../../electron/app/core.ts';
import { createKasirCore } from '../../electron/app/core.ts';
import { MemorySecretStore } from '../../electron/secrets/memory-store.ts';
import electronLog from 'electron-log/node';
import { createFileSink, logFiles } from '../../electron/logging/file-sink.ts';
import type { Logger } from '../../electron/logging/logger.ts';
import { createLogger } from '../../electron/logging/logger.ts';
import type { Simulator } from '../../electron/simulator/index.ts';
import { startSimulator } from '../../electron/simulator/index.ts';

/**
 * The manager's settings screen through main, from a damaged settings file to a till that charges, without a
 * restart: the real core, the simulator on loopback, the real settings file and journal. Afterwards every answer,
 * the journal, the settings file, the manager file and every log file (electron-log's real file transport) are
 * searched for the app secret.
 */
const SECRET = 'settings-screen-secret-0123456789';
const PIN = '5829';

let dir: string;
let sim: Simulator;
let core: KasirCore;
let log: Logger;
const answers: unknown[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kasir-settings-screen-'));
  sim = await startSimulator({ secret: SECRET });
  log = createLogger(createFileSink(electronLog, { dir: join(dir, 'logs') }));
  answers.length = 0;
});
afterEach(async () => {
  await core.close();
  await sim.close();
  await rm(dir, { recursive: true, force: true });
});

async function open(): Promise<KasirCore> {
  return createKasirCore({
    settingsFile: join(dir, 'settings.json'), journalFile: join(dir, 'journal.sqlite'), secretStore: new MemorySecretStore(),
    timing: { counterCheckMs: 50 }, connectionTest: { connectTimeoutMs: 1_000, totalTimeoutMs: 2_000 }, log, logDir: join(dir, 'logs'),
  });
}

async function call<T>(name: string, payload?: unknown): Promise<T> {
  const result = await core.invoke(name, payload);
  answers.push(result);
  if (!result.ok) throw new Error(`${name} refused: ${result.code}`);
  return result.value as T;
}

const problemFields = (result: SaveSettingsResult) => (result.kind === 'invalid' ? result.problems.map((problem) => problem.field).sort() : []);

describe('the settings screen through main', () => {
  it('repairs a damaged file, stores the secret write-only, and applies it all without a restart', async () => {
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ merchantNo: '12ab', storeName: 'Toko Jaya', quickAmounts: [5_000] }));
    core = await open();
    expect(core.info).toMatchObject({ ready: false, blockedReason: 'SETTINGS_INVALID' });
    expect(await core.invoke('getSettings', undefined)).toMatchObject({ ok: false, code: 'MANAGER_ONLY' });
    await call('setManagerPin', { pin: PIN });

    const damaged = await call<SettingsView>('getSettings');
    expect(damaged).toMatchObject({ source: 'damaged', problems: [{ field: 'merchantNo' }], secret: { stored: false } });
    expect(damaged.values).toMatchObject({ storeName: 'Toko Jaya', quickAmounts: [5_000] });
    expect(damaged.values.merchantNo, 'the broken field falls back to its default').toBeUndefined();

    const entered: SettingsValues = {
      ...damaged.values, merchantNo: sim.merchantNo, sandboxBaseUrl: sim.baseUrl, notifyUrl: 'https://shop.example/notify',
    };
    const refused = await call<SaveSettingsResult>('saveSettings', {
      values: { ...entered, merchantNo: '123', notifyUrl: 'ftp://shop.example', quickAmounts: [0], environment: 'production' },
    });
    expect(problemFields(refused)).toEqual(['merchantNo', 'notifyUrl', 'productionBaseUrl', 'quickAmounts.0'].sort());
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'))).toMatchObject({ merchantNo: '12ab' });

    const saved = await call<SaveSettingsResult>('saveSettings', { values: entered });
    expect(saved).toMatchObject({ kind: 'saved', info: { ready: false, blockedReason: 'SECRET_MISSING', mode: 'sandbox' } });
    expect((await readdir(dir)).filter((name) => name.startsWith('settings.json.damaged-'))).toHaveLength(1);

    const base = { merchantNo: sim.merchantNo, environment: 'sandbox', baseUrl: sim.baseUrl, saltComposition: 'append' };
    expect(await call<ConnectionTestResult>('testConnection', base)).toMatchObject({ kind: 'invalid', field: 'secret' });
    expect(await call<ConnectionTestResult>('testConnection', { ...base, secret: 'not-the-secret' })).toMatchObject({ kind: 'wrongSecret' });
    expect(await call<ConnectionTestResult>('testConnection', { ...base, secret: SECRET })).toMatchObject({ kind: 'ok', changed: false });
    expect(await call<ConnectionTestResult>('testConnection', { ...base, environment: 'production', baseUrl: sim.baseUrl, secret: SECRET }))
      .toMatchObject({ kind: 'invalid', field: 'baseUrl' });

    const status = await call<SecretStatus>('setAppSecret', { secret: `  ${SECRET}\n` });
    expect(status).toMatchObject({ stored: true, keychain: 'ok', setAt: expect.any(Number) });
    expect(await call<AppInfo>('getAppInfo')).toMatchObject({ ready: true, mode: 'sandbox', storeName: 'Toko Jaya' });

    // A payment on the counter: nothing is saved under it.
    const payment = await call<PaymentView>('startPayment', { amount: 25_000, method: 'QRIS' });
    expect(await core.invoke('saveSettings', { values: { ...entered, storeName: 'Toko Baru' } })).toMatchObject({ ok: false, code: 'PAYMENT_IN_PROGRESS' });
    expect(await core.invoke('removeAppSecret', undefined)).toMatchObject({ ok: false, code: 'PAYMENT_IN_PROGRESS' });
    sim.settle(payment.tradeNo, 'paid');
    await expect.poll(async () => (await call<PaymentView>('getPayment', { tradeNo: payment.tradeNo })).state).toBe('paid');
    await call('dismissPayment', { tradeNo: payment.tradeNo });

    expect(await call<SaveSettingsResult>('saveSettings', { values: { ...entered, storeName: 'Toko Baru' } })).toMatchObject({ kind: 'saved', info: { ready: true, storeName: 'Toko Baru' } });
    expect(await call<PaymentView>('getPayment', { tradeNo: payment.tradeNo }), 'the journal came through the reload').toMatchObject({ state: 'paid' });
    const after = await call<SettingsView>('getSettings');
    expect(after).toMatchObject({ source: 'file', problems: [], values: { storeName: 'Toko Baru' }, secret: { stored: true } });

    const log = await call<AuditView[]>('listAuditLog', { limit: 50 });
    expect(log.map((entry) => [entry.action, entry.detail]).reverse()).toEqual([
      ['pin.set', {}],
      ['settings.changed', { fields: '(repaired)' }],
      ['connection.tested', { merchantNo: sim.merchantNo, environment: 'sandbox', result: 'wrongSecret' }],
      ['connection.tested', { merchantNo: sim.merchantNo, environment: 'sandbox', result: 'ok' }],
      ['secret.replaced', { merchantNo: sim.merchantNo }],
      ['settings.changed', { fields: 'storeName' }],
    ]);

    await call<SecretStatus>('removeAppSecret');
    expect(await call<AppInfo>('getAppInfo')).toMatchObject({ ready: false, blockedReason: 'SECRET_MISSING' });
    await core.close();

    expect(JSON.stringify(answers)).not.toContain(SECRET);
    for (const name of await readdir(dir)) {
      if (!name.includes('.')) continue;
      expect((await readFile(join(dir, name))).includes(SECRET), name).toBe(false);
    }
    const logs = logFiles(join(dir, 'logs'));
    expect(logs.length).toBeGreaterThan(0);
    const logged = (await Promise.all(logs.map((file) => readFile(file, 'utf8')))).join('\n');
    expect(logged, 'the log followed the session').toContain(payment.tradeNo);
    expect(logged).toContain('"action":"secret.replaced"');
    expect(logged.includes(SECRET), 'no log file holds the secret').toBe(false);
    core = await open();
  });
});
