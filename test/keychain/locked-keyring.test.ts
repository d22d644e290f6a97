import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canLockAKeyring } from '../support/lockable-keyring.ts';

/**
 * A locked login keyring (Linux): it answers a read with nothing, as if no secret were stored. Kasir must say
 * "locked", and "Try again" must work once it is unlocked, without a restart. Runs in a D-Bus session and
 * gnome-keyring of its own (support/locked-keyring-child.ts), since locking the shared one would disturb the
 * other keychain tests. Needs dbus-run-session, gnome-keyring and python3-dbus (.ci/run installs them).
 */
const ready = canLockAKeyring();
const required = process.env['KASIR_REQUIRE_KEYCHAIN'] === '1';
if (!ready && !required) console.warn('[skip] locked keyring: needs dbus-run-session, gnome-keyring and python3-dbus (run via .ci/run)');

describe.skipIf(!ready && !required)('a locked keyring', () => {
  it('is told apart from a missing secret, blocks charging with that reason, and "Try again" works once it is unlocked', () => {
    const password = 'locked-keyring-test-password';
    const child = join(import.meta.dirname, 'support', 'locked-keyring-child.ts');
    const script = 'printf %s "$KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$NODE" "$CHILD"';
    const run = spawnSync('dbus-run-session', ['--', 'bash', '-c', script], {
      env: { ...process.env, HOME: mkdtempSync(join(tmpdir(), 'kasir-keyring-home-')), KEYRING_PASSWORD: password, NODE: process.execPath, CHILD: child },
      encoding: 'utf8',
      timeout: 60_000,
    });
    const line = run.stdout.trim().split('\n').at(-1) ?? '';
    expect(line, run.stderr).toMatch(/^\{/);
    const steps = JSON.parse(line) as Record<string, unknown>;
    const seen = `${JSON.stringify(steps)}\n${run.stderr}`;
    expect(steps['missing'], seen).toEqual({}); // { value: undefined }: nothing stored yet, and not locked
    expect(steps['lockSeen'], seen).toBe(true);
    expect(steps['getLocked'], seen).toEqual({ error: 'locked' });
    expect(steps['setLocked']).toEqual({ error: 'locked' });
    expect(steps['blocked']).toEqual({ ready: false, reason: 'KEYCHAIN_LOCKED' });
    expect(steps['retryStillLocked']).toMatchObject({ ok: true, value: { ready: false, blockedReason: 'KEYCHAIN_LOCKED' } });
    expect(steps['retryUnlocked']).toMatchObject({ ok: true, value: { ready: true, mode: 'sandbox' } });
    expect(steps['charge']).toMatchObject({ ok: true, value: { state: 'awaiting' } });
    expect(steps['replaced']).toEqual({ value: 'replaced-secret-0123456789' });
    expect(steps['deleted']).toEqual({});
  });
});
