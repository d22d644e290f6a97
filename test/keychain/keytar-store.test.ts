import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { KeytarSecretStore, SecretStoreUnavailableError, appSecretAccount } from '../../electron/secrets/secret-store.ts';
import { createKasirCore } from '../../electron/app/core.ts';

/**
 * Against a REAL Secret Service (gnome-keyring under dbus-run-session; .ci/run starts it). Without one the
 * suite is skipped with the reason, unless KASIR_REQUIRE_KEYCHAIN=1 (CI) makes that a failure.
 */
const service = `Kasir-test-${randomUUID()}`;
const store = new KeytarSecretStore(service);
const available = await store.isAvailable();
const required = process.env['KASIR_REQUIRE_KEYCHAIN'] === '1';
if (!available && !required) console.warn('[skip] keychain tests: no Secret Service on this session bus (run them via .ci/run)');

describe.skipIf(!available && !required)('keytar SecretStore against the real Secret Service', () => {
  const account = appSecretAccount('8729248847');
  afterAll(async () => {
    if (available) await store.delete(account).catch(() => false);
  });

  it('is available (KASIR_REQUIRE_KEYCHAIN demands it)', () => {
    expect(available).toBe(true);
  });

  it('sets, gets, replaces and deletes the app secret', async () => {
    expect(await store.get(account)).toBeUndefined();
    await store.set(account, 'first-secret-0123456789abcdef');
    expect(await store.get(account)).toBe('first-secret-0123456789abcdef');
    await store.set(account, 'second-secret-ü-0123456789');
    expect(await store.get(account)).toBe('second-secret-ü-0123456789');
    expect(await store.delete(account)).toBe(true);
    expect(await store.get(account)).toBeUndefined();
    expect(await store.delete(account)).toBe(false);
  });

  it('keeps services apart', async () => {
    const other = new KeytarSecretStore(`${service}-other`);
    await store.set(account, 'mine');
    expect(await other.get(account)).toBeUndefined();
    await store.delete(account);
  });

  it('refuses to store an empty secret', async () => {
    await expect(store.set(account, '')).rejects.toThrow(/empty/);
  });

  it('live mode reads the secret from the keychain and reports it missing when absent', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kasir-live-'));
    const settingsFile = join(dir, 'settings.json');
    await writeFile(settingsFile, JSON.stringify({ merchantNo: '8729248847', notifyUrl: 'https://example.com/notify' }));
    const journalFile = join(dir, 'journal.sqlite');
    const missing = await createKasirCore({ settingsFile, journalFile, secretStore: store });
    expect(missing.info).toMatchObject({ ready: false, blockedReason: 'SECRET_MISSING', mode: 'sandbox' });
    expect(await missing.invoke('startPayment', { amount: 25_000, method: 'QRIS' })).toMatchObject({ ok: false, code: 'SECRET_MISSING' });
    await missing.close();
    await store.set(account, 'live-secret-0123456789abcdef');
    const ready = await createKasirCore({ settingsFile, journalFile, secretStore: store });
    expect(ready.info).toMatchObject({ ready: true, mode: 'sandbox' });
    expect(JSON.stringify(await ready.invoke('getAppInfo', undefined))).not.toContain('live-secret');
    await ready.close();
    await store.delete(account);
  });

  it('"try again" on a till blocked by a missing secret reads the keychain again, without a restart', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kasir-retry-'));
    const settingsFile = join(dir, 'settings.json');
    await writeFile(settingsFile, JSON.stringify({ merchantNo: '8729248847', notifyUrl: 'https://example.com/notify' }));
    const core = await createKasirCore({ settingsFile, journalFile: join(dir, 'journal.sqlite'), secretStore: store });
    const told: unknown[] = [];
    core.onEvent((name, payload) => {
      if (name === 'appInfoChanged') told.push(payload);
    });
    expect(await core.invoke('retrySetup', undefined)).toMatchObject({ ok: true, value: { ready: false, blockedReason: 'SECRET_MISSING' } });
    await store.set(account, 'retry-secret-0123456789abcdef');
    expect(await core.invoke('retrySetup', undefined)).toMatchObject({ ok: true, value: { ready: true, blockedReason: undefined, mode: 'sandbox' } });
    expect(told.at(-1), 'the windows are told without asking').toMatchObject({ ready: true });
    expect(core.info.ready).toBe(true);
    expect(JSON.stringify(told)).not.toContain('retry-secret');
    await core.close();
    await store.delete(account);
  });
});

describe('keytar SecretStore fails closed without a Secret Service', () => {
  it('throws SecretStoreUnavailableError instead of falling back (real keytar, unreachable bus)', async () => {
    const script = join(await mkdtemp(join(tmpdir(), 'kasir-nokeychain-')), 'probe.ts');
    await writeFile(script, [
      `import { KeytarSecretStore } from ${JSON.stringify(join(import.meta.dirname, '../../electron/secrets/secret-store.ts'))};`,
      `const store = new KeytarSecretStore('Kasir-closed');`,
      `const out = { available: await store.isAvailable() };`,
      `for (const op of ['get', 'set', 'delete']) {`,
      `  try { await (op === 'set' ? store.set('a', 's') : store[op]('a')); out[op] = 'succeeded'; }`,
      `  catch (error) { out[op] = error.name; }`,
      `}`,
      `console.log(JSON.stringify(out));`,
    ].join('\n'));
    const { stdout } = await promisify(execFile)(process.execPath, [script], {
      env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/kasir-bus', DISPLAY: '' },
      timeout: 15_000,
    });
    expect(JSON.parse(stdout)).toEqual({
      available: false, get: 'SecretStoreUnavailableError', set: 'SecretStoreUnavailableError', delete: 'SecretStoreUnavailableError',
    });
  });

  it('blocks charging with KEYCHAIN_UNAVAILABLE when the keychain cannot be read in live mode', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kasir-closed-'));
    const settingsFile = join(dir, 'settings.json');
    await writeFile(settingsFile, JSON.stringify({ merchantNo: '8729248847', notifyUrl: 'https://example.com/notify' }));
    const unavailable = {
      isAvailable: async () => false,
      get: async () => { throw new SecretStoreUnavailableError('get', 'bus unreachable'); },
      set: async () => { throw new SecretStoreUnavailableError('set', 'bus unreachable'); },
      delete: async () => { throw new SecretStoreUnavailableError('delete', 'bus unreachable'); },
    };
    const core = await createKasirCore({ settingsFile, journalFile: join(dir, 'journal.sqlite'), secretStore: unavailable });
    expect(core.info).toMatchObject({ ready: false, blockedReason: 'KEYCHAIN_UNAVAILABLE' });
    expect(core.simulator).toBeUndefined();
    expect(await core.invoke('startPayment', { amount: 25_000, method: 'VA' })).toMatchObject({ ok: false, code: 'KEYCHAIN_UNAVAILABLE' });
    await core.close();
  });
});
