import { execFile } from 'node:child_process';

/**
 * Is the Secret Service's default collection (the login keyring) locked? On Linux a locked keyring answers a read
 * with nothing — no error — after its unlock prompt fails or is dismissed, which looks exactly like "no secret
 * stored". This asks the Secret Service itself (D-Bus, through dbus-send), so Kasir can say "unlock the keyring"
 * instead. undefined when it cannot tell (no dbus-send, no Secret Service, no answer in time).
 */
const DESTINATION = 'org.freedesktop.secrets';
const TIMEOUT_MS = 2_000;

function dbusSend(args: readonly string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('dbus-send', ['--session', `--dest=${DESTINATION}`, '--print-reply', `--reply-timeout=${TIMEOUT_MS}`, ...args], { timeout: TIMEOUT_MS + 500 }, (error, stdout) => {
      resolve(error ? undefined : stdout);
    });
  });
}

export async function defaultKeyringLocked(): Promise<boolean | undefined> {
  const alias = await dbusSend(['/org/freedesktop/secrets', 'org.freedesktop.Secret.Service.ReadAlias', 'string:default']);
  const collection = /object path "([^"]+)"/.exec(alias ?? '')?.[1];
  if (collection === undefined || collection === '/') return undefined;
  const locked = await dbusSend([collection, 'org.freedesktop.DBus.Properties.Get', 'string:org.freedesktop.Secret.Collection', 'string:Locked']);
  const value = /boolean (true|false)/.exec(locked ?? '')?.[1];
  return value === undefined ? undefined : value === 'true';
}
