import { execFile } from 'node:child_process';

/**
 * Is the Secret Service's default collection (the login keyring) locked? On Linux a locked keyring answers a read
 * with nothing — no error — after its unlock prompt fails or is dismissed, which looks exactly like "no secret
 * stored". This asks the Secret Service itself (D-Bus, through dbus-send), so Kasir can say "unlock the keyring"
 * instead. undefined when it cannot tell (no dbus-send, no Secret Service, no answer in time).
 */
const DESTINATION = 'org.freedesktop.secrets';
/** Generous: a loaded till (or CI machine) can take seconds to start dbus-send; a missing service fails at once. */
const TIMEOUT_MS = 5_000;
/** The collection gnome-keyring creates for the login password, when the default alias is not (yet) set. */
const LOGIN_COLLECTION = '/org/freedesktop/secrets/collection/login';

function dbusSend(args: readonly string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('dbus-send', ['--session', `--dest=${DESTINATION}`, '--print-reply', `--reply-timeout=${TIMEOUT_MS}`, ...args], { timeout: TIMEOUT_MS + 500 }, (error, stdout) => {
      resolve(error ? undefined : stdout);
    });
  });
}

async function collectionLocked(collection: string): Promise<boolean | undefined> {
  const locked = await dbusSend([collection, 'org.freedesktop.DBus.Properties.Get', 'string:org.freedesktop.Secret.Collection', 'string:Locked']);
  const value = /boolean (true|false)/.exec(locked ?? '')?.[1];
  return value === undefined ? undefined : value === 'true';
}

export async function defaultKeyringLocked(): Promise<boolean | undefined> {
  const alias = await dbusSend(['/org/freedesktop/secrets', 'org.freedesktop.Secret.Service.ReadAlias', 'string:default']);
  const collection = /object path "([^"]+)"/.exec(alias ?? '')?.[1];
  if (collection !== undefined && collection !== '/') return collectionLocked(collection);
  // No default alias (or no answer to that question): the login keyring is where keytar's secrets live.
  return collectionLocked(LOGIN_COLLECTION);
}
