/**
 * A KasirCore in a D-Bus session and gnome-keyring of its own (./keyring-core.ts starts both), so a browser test can
 * lock that keyring for real without disturbing the keychain the other suites share. It sets the till up as a sandbox
 * till against a simulator of its own, its secret in that keyring, then locks the keyring before the core opens.
 * JSON lines: stdin takes { id, name, payload, role } calls and { id, op: 'unlock' | 'close' }; stdout answers
 * { id, result }, and carries { event, payload } for every core event and { ready, merchantNo } once at the start.
 */
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createKasirCore } from '../../../electron/app/core.ts';
import { KeytarSecretStore, appSecretAccount } from '../../../electron/secrets/secret-store.ts';
import { startSimulator } from '../../../electron/simulator/index.ts';
import type { WindowRole } from '../../../shared/ipc/roles.ts';

type Message =
  | { readonly id: number; readonly name: string; readonly payload: unknown; readonly role: WindowRole }
  | { readonly id: number; readonly op: 'unlock' | 'close' };

const dir = process.env['KASIR_DIR'] ?? '';
const password = process.env['KEYRING_PASSWORD'] ?? '';
const secret = process.env['GATEWAY_SECRET'] ?? '';
const send = (message: unknown): void => {
  process.stdout.write(`${JSON.stringify(message)}\n`);
};
const lock = (): void => {
  execFileSync('dbus-send', ['--session', '--dest=org.freedesktop.secrets', '--print-reply', '/org/freedesktop/secrets',
    'org.freedesktop.Secret.Service.Lock', 'array:objpath:/org/freedesktop/secrets/collection/login'], { stdio: 'ignore' });
};
const unlock = (): void => {
  execFileSync('/usr/bin/python3', [join(import.meta.dirname, '../../keychain/support/unlock-keyring.py')], { input: password, stdio: ['pipe', 'ignore', 'inherit'] });
};

const simulator = await startSimulator({ secret });
const store = new KeytarSecretStore('Kasir-e2e-locked');
const account = appSecretAccount(simulator.merchantNo);
await store.set(account, secret);
const settingsFile = join(dir, 'settings.json');
await writeFile(settingsFile, JSON.stringify({ merchantNo: simulator.merchantNo, sandboxBaseUrl: simulator.baseUrl, notifyUrl: `${simulator.controlUrl}/notify-sink` }));
lock();
const core = await createKasirCore({
  settingsFile, journalFile: join(dir, 'journal.sqlite'), secretStore: store,
  timing: { counterCheckMs: 100, counterBackoffMaxMs: 400, checkNowMinIntervalMs: 1_000, watchedCheckMinMs: 100, watchedCheckMaxMs: 400 },
});
core.onEvent((event, payload) => send({ event, payload }));
send({ ready: core.info, merchantNo: simulator.merchantNo });

for await (const line of createInterface({ input: process.stdin })) {
  const message = JSON.parse(line) as Message;
  if ('op' in message) {
    if (message.op === 'unlock') unlock();
    else {
      await core.close();
      await store.delete(account).catch(() => false);
      await simulator.close();
    }
    send({ id: message.id, result: null });
    // stdin stays open on the parent's side: end here rather than wait for it.
    if (message.op === 'close') process.stdout.end(() => process.exit(0));
    continue;
  }
  send({ id: message.id, result: await core.invoke(message.name, message.payload, message.role) });
}
