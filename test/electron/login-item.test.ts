import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LoginItemApp } from '../../electron/main/login-item.ts';
import { applyStartAtLogin, autostartFile } from '../../electron/main/login-item.ts';
import type { TillPreferences } from '../../electron/main/preferences.ts';
import { followPreferences, readPreferences } from '../../electron/main/preferences.ts';

/** Start at login with Electron's `app` stood in (it records setLoginItemSettings); Linux's autostart file is real. */
async function standInApp(isPackaged = true): Promise<LoginItemApp & { readonly settings: Array<{ openAtLogin: boolean }>; readonly appData: string }> {
  const appData = await mkdtemp(join(tmpdir(), 'kasir-appdata-'));
  const settings: Array<{ openAtLogin: boolean }> = [];
  return { isPackaged, appData, settings, getPath: () => appData, setLoginItemSettings: (value) => { settings.push(value); } };
}

describe('start at login', () => {
  it('registers and unregisters Kasir as a login item on Windows and macOS', async () => {
    for (const platform of ['win32', 'darwin'] as const) {
      const app = await standInApp();
      expect(await applyStartAtLogin(app, true, { platform, executable: 'C:\\Kasir\\Kasir.exe' })).toBe('applied');
      expect(await applyStartAtLogin(app, false, { platform, executable: 'C:\\Kasir\\Kasir.exe' })).toBe('applied');
      expect(app.settings).toEqual([{ openAtLogin: true }, { openAtLogin: false }]);
    }
  });

  it('writes and removes an XDG autostart entry on Linux, starting the AppImage itself', async () => {
    const app = await standInApp();
    await applyStartAtLogin(app, true, { platform: 'linux', executable: '/home/kasir/Apps/Kasir 0.2.AppImage' });
    const entry = await readFile(autostartFile(app), 'utf8');
    expect(autostartFile(app)).toBe(join(app.appData, 'autostart', 'kasir.desktop'));
    expect(entry).toContain('[Desktop Entry]\nType=Application\nName=Kasir\n');
    expect(entry).toContain('Exec="/home/kasir/Apps/Kasir 0.2.AppImage"\n');
    await applyStartAtLogin(app, false, { platform: 'linux', executable: '/opt/Kasir/kasir' });
    expect(existsSync(autostartFile(app))).toBe(false);
    expect(app.settings).toEqual([]);
  });

  it('leaves a development build alone (it would register the bare Electron binary)', async () => {
    const app = await standInApp(false);
    expect(await applyStartAtLogin(app, true, { platform: 'win32', executable: 'electron.exe' })).toBe('skipped');
    expect(await applyStartAtLogin(app, true, { platform: 'linux', executable: '/usr/bin/electron' })).toBe('skipped');
    expect(app.settings).toEqual([]);
    expect(existsSync(autostartFile(app))).toBe(false);
  });
});

describe('kiosk mode and start at login follow settings.json', () => {
  it('reads them from the file, also from a file damaged elsewhere, and defaults both to off', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kasir-prefs-'));
    const file = join(dir, 'settings.json');
    expect(await readPreferences(file)).toEqual({ kioskMode: false, startAtLogin: false });
    await writeFile(file, JSON.stringify({ kioskMode: true, startAtLogin: true }));
    expect(await readPreferences(file)).toEqual({ kioskMode: true, startAtLogin: true });
    await writeFile(file, JSON.stringify({ kioskMode: true, startAtLogin: 'yes', merchantNo: 'not-a-number' }));
    expect(await readPreferences(file)).toEqual({ kioskMode: true, startAtLogin: false });
  });

  it('applies them at start and again only when a saved change touched them', async () => {
    let current: TillPreferences = { kioskMode: false, startAtLogin: false };
    const applied: Array<[TillPreferences, TillPreferences | undefined]> = [];
    const follow = followPreferences(async () => current, async (now, before) => { applied.push([now, before]); }, (error) => { throw error; });
    await follow();
    await follow();
    current = { kioskMode: true, startAtLogin: false };
    await Promise.all([follow(), follow()]);
    expect(applied).toEqual([
      [{ kioskMode: false, startAtLogin: false }, undefined],
      [{ kioskMode: true, startAtLogin: false }, { kioskMode: false, startAtLogin: false }],
    ]);
  });

  it('a failure to apply is reported, and the next change is applied anyway', async () => {
    let current: TillPreferences = { kioskMode: false, startAtLogin: true };
    const errors: unknown[] = [];
    let fail = true;
    const follow = followPreferences(async () => current, async () => { if (fail) throw new Error('EACCES autostart'); }, (error) => errors.push(error));
    await follow();
    fail = false;
    current = { kioskMode: true, startAtLogin: true };
    await follow();
    expect(errors).toHaveLength(1);
  });
});
