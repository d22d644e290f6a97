/**
 * Runs inside a D-Bus session and gnome-keyring of its own (../locked-keyring.test.ts starts both), so locking
 * that keyring cannot disturb the other keychain tests. Prints one JSON line: what each step saw.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKasirCore } from '../../../electron/app/core.ts';
import { KeytarSecretStore, SecretStoreLockedError, appSecretAccount } from '../../../electron/secrets/secret-store.ts';
import { defaultKeyringLocked } from '../../../electron/secrets/linux-keyring.ts';
import { startSimulator } from '../../../electron/simulator/index.ts';

const password = process.env['KEYRING_PASSWORD'] ?? '';
const lock = (): void => {
  execFileSync('dbus-send', ['--session', '--dest=org.freedesktop.secrets', '--print-reply', '/org/freedesktop/secrets',
    'org.freedesktop.Secret.Service.Lock', 'array:objpath:/org/freedesktop/secrets/collection/login'], { stdio: 'ignore' });
};
const unlock = (): void => {
  execFileSync('/usr/bin/python3', [join(import.meta.dirname, 'unlock-keyring.py')], { input: password, stdio: ['pipe', 'ignore', 'inherit'] });
};
const outcome = async (work: () => Promise<unknown>): Promise<unknown> => {
  try {
    return { value: await work() };
  } catch (error) {
    return { error: error instanceof SecretStoreLockedError ? 'locked' : String(error) };
  }
};

const sim = await startSimulator({ secret: 'locked-keyring-secret-0123456789' });
const store = new KeytarSecretStore('Kasir-locked-test');
const account = appSecretAccount(sim.merchantNo);
const steps: Record<string, unknown> = {};
steps['missing'] = await outcome(() => store.get(account));
await store.set(account, 'locked-keyring-secret-0123456789');
lock();
// What the Secret Service itself says right after the lock: printed by the test if a step goes wrong.
steps['lockSeen'] = await defaultKeyringLocked();
steps['getLocked'] = await outcome(() => store.get(account));
steps['setLocked'] = await outcome(() => store.set(account, 'another'));

const dir = await mkdtemp(join(tmpdir(), 'kasir-locked-'));
await writeFile(join(dir, 'settings.json'), JSON.stringify({ merchantNo: sim.merchantNo, sandboxBaseUrl: sim.baseUrl, notifyUrl: 'https://shop.example/notify' }));
const core = await createKasirCore({ settingsFile: join(dir, 'settings.json'), journalFile: join(dir, 'journal.sqlite'), secretStore: store });
steps['blocked'] = { ready: core.info.ready, reason: core.info.blockedReason };
steps['retryStillLocked'] = await core.invoke('retrySetup', undefined);
unlock();
steps['retryUnlocked'] = await core.invoke('retrySetup', undefined);
steps['charge'] = await core.invoke('startPayment', { amount: 25_000, method: 'QRIS' });
await core.close();
await store.set(account, 'replaced-secret-0123456789');
steps['replaced'] = await outcome(() => store.get(account));
await store.delete(account);
steps['deleted'] = await outcome(() => store.get(account));
await sim.close();
process.stdout.write(`${JSON.stringify(steps)}\n`);
