import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KeytarSecretStore, appSecretAccount } from '../../electron/secrets/secret-store.ts';
import { createKasirCore } from '../../electron/app/core.ts';

/** `npm run configure` end to end: the secret goes from stdin into the real keychain, never to disk. */
const cli = join(import.meta.dirname, '../../electron/settings/configure-cli.ts');
const store = new KeytarSecretStore('Kasir');
const available = await store.isAvailable();
const required = process.env['KASIR_REQUIRE_KEYCHAIN'] === '1';
const MERCHANT = '9000000001';
const SECRET = 'cli-secret-0123456789abcdefABCDEF';

function runCli(args: string[], stdin: string, env: NodeJS.ProcessEnv = process.env): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { env });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => { out += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { err += chunk.toString(); });
    child.on('close', (code) => resolve({ code: code ?? -1, out, err }));
    child.stdin.end(stdin);
  });
}

/**
 * The CLI at a real terminal: `script` gives it a pseudo-terminal, and everything the terminal shows comes back
 * in `screen`. The secret is typed only once the prompt is up, as a person would (a terminal in its normal mode
 * echoes keys the moment they arrive).
 */
function typeAtPrompt(args: string[], typed: string): Promise<{ code: number; screen: string }> {
  return new Promise((resolve) => {
    const command = [process.execPath, cli, ...args].map((part) => `'${part.replace(/'/g, "'\\''")}'`).join(' ');
    const child = spawn('script', ['-qec', command, '/dev/null'], { env: process.env });
    let screen = '';
    let typedYet = false;
    child.stdout.on('data', (chunk: Buffer) => {
      screen += chunk.toString();
      if (!typedYet && screen.includes('not shown')) {
        typedYet = true;
        child.stdin.write(typed);
      }
    });
    child.on('close', (code) => resolve({ code: code ?? -1, screen }));
  });
}

const hasScript = existsSync('/usr/bin/script');

describe.skipIf(!available && !required)('configure CLI with the real keychain', () => {
  afterAll(async () => {
    if (available) await store.delete(appSecretAccount(MERCHANT)).catch(() => false);
  });

  it('stores the secret in the keychain, the rest in settings.json, and the app starts live', async () => {
    const settings = join(await mkdtemp(join(tmpdir(), 'kasir-cfg-')), 'settings.json');
    const result = await runCli(['--settings', settings, '--merchant', MERCHANT, '--notify-url', 'https://shop.example/notify', '--va-bank', 'BCA'], `${SECRET}\n`);
    expect(result, result.err).toMatchObject({ code: 0 });
    expect(result.out).not.toContain(SECRET);
    const written = readFileSync(settings, 'utf8');
    expect(written).not.toContain(SECRET);
    const saved = JSON.parse(written) as { methods: { kind: string; banks: { name: string; toConfirm: boolean }[] }[] };
    expect(saved).toMatchObject({ merchantNo: MERCHANT, notifyUrl: 'https://shop.example/notify' });
    // Only the bank was given: its code stays the shipped guess, still to confirm with Paypro.
    expect(saved.methods.find((method) => method.kind === 'va')?.banks).toEqual([{ id: 'BCA', name: 'BCA', wayCode: 'BCA', toConfirm: true }]);
    expect(await store.get(appSecretAccount(MERCHANT))).toBe(SECRET);
    const core = await createKasirCore({ settingsFile: settings, journalFile: join(dirname(settings), 'journal.sqlite'), secretStore: store });
    expect(core.info).toMatchObject({ mode: 'sandbox', ready: true });
    expect(core.info.methods.find((method) => method.kind === 'va')?.banks.map((bank) => bank.name)).toEqual(['BCA']);
    await core.close();
    const shown = await runCli(['--settings', settings, '--show'], '');
    expect(JSON.parse(shown.out)).toMatchObject({ merchantNo: MERCHANT, appSecretStored: true });
    expect(shown.out).not.toContain(SECRET);
    expect((await runCli(['--settings', settings, '--demo'], '')).code).toBe(0);
    expect(JSON.parse(readFileSync(settings, 'utf8')).merchantNo).toBeUndefined();
  });

  it('reads the secret from --secret-file (a BOM and the final line break dropped)', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'kasir-cfg-file-'));
    const secretFile = join(folder, 'paypro-secret.txt');
    await writeFile(secretFile, `\uFEFF${SECRET}-file\r\n`);
    const result = await runCli(['--settings', join(folder, 'settings.json'), '--merchant', MERCHANT, '--notify-url', 'https://x.example/n', '--secret-file', secretFile], '');
    expect(result, result.err).toMatchObject({ code: 0 });
    expect(`${result.out}${result.err}`).not.toContain(SECRET);
    expect(await store.get(appSecretAccount(MERCHANT))).toBe(`${SECRET}-file`);
  });

  it.skipIf(!hasScript)('at a terminal, asks for the secret without showing what is typed', async () => {
    const settings = join(await mkdtemp(join(tmpdir(), 'kasir-cfg-tty-')), 'settings.json');
    const { code, screen } = await typeAtPrompt(['--settings', settings, '--merchant', MERCHANT, '--notify-url', 'https://x.example/n'], `${SECRET}-typed\r`);
    expect(code, screen).toBe(0);
    expect(screen).toContain('what you type is not shown');
    expect(screen, 'the terminal echoed the secret').not.toContain('-typed');
    expect(screen).toContain('app secret stored in the OS keychain');
    expect(await store.get(appSecretAccount(MERCHANT))).toBe(`${SECRET}-typed`);
  });
});

describe('configure CLI refuses bad input and fails closed', () => {
  it('rejects an invalid merchant number and an empty secret without writing anything', async () => {
    const settings = join(await mkdtemp(join(tmpdir(), 'kasir-cfg-bad-')), 'settings.json');
    const bad = await runCli(['--settings', settings, '--merchant', '12ab'], SECRET);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/merchantNo/);
    const empty = await runCli(['--settings', settings, '--merchant', MERCHANT, '--notify-url', 'https://x.example/n'], '');
    expect(empty.code).toBe(2);
    expect(empty.err).toMatch(/no app secret/);
    const missingFile = await runCli(['--settings', settings, '--merchant', MERCHANT, '--notify-url', 'https://x.example/n', '--secret-file', join(tmpdir(), 'no-such-kasir-secret')], '');
    expect(missingFile.code).toBe(2);
    expect(missingFile.err).toMatch(/could not read the app secret/);
    expect(existsSync(settings)).toBe(false);
  });

  it('without a keychain, stores nothing anywhere and says why', async () => {
    const settings = join(await mkdtemp(join(tmpdir(), 'kasir-cfg-nokc-')), 'settings.json');
    const result = await runCli(['--settings', settings, '--merchant', MERCHANT, '--notify-url', 'https://x.example/n'], SECRET, {
      ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/kasir-bus', DISPLAY: '',
    });
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/keychain is unavailable.*Nothing was changed/s);
    expect(result.err).not.toContain(SECRET);
    expect(existsSync(settings)).toBe(false);
  });
});
