import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * What surrounds the till in the BUILT main process, booted in Node 24 with the fake `electron` module (the real
 * binary cannot run here): the single-instance lock, kiosk mode and the manager's way out of it, and start at login.
 */
const root = join(import.meta.dirname, '../..');

async function runShell<T>(env: Record<string, string>, userData?: string): Promise<T> {
  const dir = userData ?? await mkdtemp(join(tmpdir(), 'kasir-shell-'));
  const { VITE_DEV_SERVER_URL: _ignored, ...inherited } = process.env;
  const { stdout } = await promisify(execFile)(process.execPath, [join(import.meta.dirname, 'support/run-till-shell.mjs')], {
    env: { ...inherited, FAKE_APP_PATH: root, FAKE_USER_DATA: dir, ...env },
    timeout: 30_000,
  });
  // The report is the last line: a development build also logs to the console.
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as T;
}

interface ShellReport {
  windowOptions: { kiosk?: boolean; fullscreen?: boolean; minimizable?: boolean };
  focusedBySecondLaunch: boolean;
  altF4Swallowed: boolean;
  ctrlQSwallowed: boolean;
  f1Passed: boolean;
  autostart: boolean;
  closeRefused: boolean;
  quitBeforeManager: { ok: boolean; code?: string };
  quitByManager: { ok: boolean; value?: { quitting: boolean } };
  quitCalled: boolean;
  closedAfterManagerQuit: boolean;
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist-electron/main.js'))) throw new Error('dist-electron/main.js is missing: run `npm run build` first (npm test does).');
});

describe('built main process: kiosk mode (settings.kioskMode)', () => {
  it('opens the counter full-screen, refuses to close or quit by keyboard, and lets only the manager (PIN) quit', async () => {
    const report = await runShell<ShellReport>({ FAKE_SETTINGS: JSON.stringify({ kioskMode: true }) });
    expect(report.windowOptions).toEqual({ kiosk: true, fullscreen: true, minimizable: false });
    expect(report).toMatchObject({ altF4Swallowed: true, ctrlQSwallowed: true, f1Passed: true, closeRefused: true });
    expect(report.quitBeforeManager).toMatchObject({ ok: false, code: 'MANAGER_ONLY' });
    expect(report.quitByManager).toEqual({ ok: true, value: { quitting: true } });
    expect(report.quitCalled).toBe(true);
    expect(report.closedAfterManagerQuit).toBe(true);
  });

  it('without kiosk mode the counter is an ordinary window that closes', async () => {
    const report = await runShell<ShellReport>({ FAKE_SETTINGS: JSON.stringify({}) });
    expect(report.windowOptions).toEqual({});
    expect(report).toMatchObject({ altF4Swallowed: false, closeRefused: false });
  });
});

describe('built main process: start at login (settings.startAtLogin), installed tills only', () => {
  it('an installed Linux till writes its autostart entry at start', async () => {
    const userData = await mkdtemp(join(tmpdir(), 'kasir-shell-'));
    const report = await runShell<ShellReport>({ FAKE_SETTINGS: JSON.stringify({ startAtLogin: true }), FAKE_PACKAGED: '1' }, userData);
    expect(report.autostart).toBe(process.platform === 'linux');
    if (process.platform === 'linux') expect(await readFile(join(userData, 'appData/autostart/kasir.desktop'), 'utf8')).toContain('Name=Kasir');
  });

  it('kiosk mode and start at login follow a setting the manager saves, without a restart', async () => {
    const report = await runShell<ShellReport & { saved: string; afterSave: Record<string, boolean> }>({
      FAKE_SETTINGS: JSON.stringify({}), FAKE_PACKAGED: '1', FAKE_SAVE_SETTINGS: JSON.stringify({ kioskMode: true, startAtLogin: true }),
    });
    expect(report).toMatchObject({ windowOptions: {}, autostart: false, altF4Swallowed: false, saved: 'saved' });
    expect(report.afterSave).toEqual({ kiosk: true, autostart: process.platform === 'linux', closeRefused: true });
  });

  it('a development build registers nothing', async () => {
    const report = await runShell<ShellReport>({ FAKE_SETTINGS: JSON.stringify({ startAtLogin: true }) });
    expect(report.autostart).toBe(false);
  });
});

describe('built main process: one Kasir per user', () => {
  it('a second launch focuses the running till', async () => {
    const report = await runShell<ShellReport>({ FAKE_SETTINGS: JSON.stringify({ kioskMode: true }) });
    expect(report.focusedBySecondLaunch).toBe(true);
  });

  it('a second launch quits at once and never touches the journal, settings or windows of the first', async () => {
    const userData = await mkdtemp(join(tmpdir(), 'kasir-shell-'));
    await writeFile(join(userData, 'journal.sqlite'), 'the first till\'s journal');
    const report = await runShell<{ quit: boolean; windows: number; ipcChannels: number; filesBefore: string[]; filesAfter: string[] }>(
      { FAKE_SECOND_INSTANCE: '1', FAKE_SETTINGS: JSON.stringify({ kioskMode: true }) }, userData,
    );
    expect(report).toMatchObject({ quit: true, windows: 0, ipcChannels: 0 });
    expect(report.filesAfter).toEqual(report.filesBefore);
    expect(await readFile(join(userData, 'journal.sqlite'), 'utf8')).toBe('the first till\'s journal');
  });
});
