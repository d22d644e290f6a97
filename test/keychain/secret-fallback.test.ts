import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A till with no reachable keychain: the real keytar binding with no D-Bus session at all (in a child process, so
 * the other keychain tests keep theirs). The secret then lives encrypted by the OS in Kasir's own file — never in
 * plain text, and not at all when the only "encryption" is Linux's basic_text.
 */
describe('the secret store without a keychain', () => {
  it('falls back to real OS encryption only, and refuses basic_text rather than keep the secret readable', () => {
    const secret = 'fallback-secret-0123456789abcdef';
    const env = { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/kasir-no-bus', FALLBACK_SECRET: secret };
    const run = spawnSync(process.execPath, [join(import.meta.dirname, 'support', 'fallback-child.ts')], { env, encoding: 'utf8', timeout: 60_000 });
    const line = run.stdout.trim().split('\n').at(-1) ?? '';
    expect(line, run.stderr).toMatch(/^\{/);
    const steps = JSON.parse(line) as Record<string, unknown>;
    expect(steps['keychainAlone'], 'the keychain really is unreachable here').toEqual({ error: 'unavailable' });
    expect(steps['set']).toEqual({});
    expect(steps['get'], 'read back as it was stored').toEqual({ value: true });
    expect(steps['fileHoldsPlainText']).toBe(false);
    expect(steps['deleted']).toEqual({ value: true });
    expect(steps['afterDelete']).toEqual({});
    expect(steps['basicTextSet']).toEqual({ error: 'unavailable' });
    expect(steps['basicTextFile']).toMatchObject({ error: expect.stringContaining('ENOENT') });
    expect(steps['basicTextAvailable']).toBe(false);
    expect(run.stdout).not.toContain(secret);
  });
});
