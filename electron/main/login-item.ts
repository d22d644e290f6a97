import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** The part of Electron's `app` that starting at login needs (a stand-in in tests). */
export interface LoginItemApp {
  readonly isPackaged: boolean;
  getPath(name: 'appData'): string;
  setLoginItemSettings(settings: { openAtLogin: boolean }): void;
}

export interface LoginItemTarget {
  readonly platform: NodeJS.Platform;
  /** The program to start: the AppImage itself when Kasir runs from one (its mount point changes every run). */
  readonly executable: string;
}

/** Linux has no login-item API: desktops start what ~/.config/autostart lists (XDG autostart). */
export function autostartFile(app: LoginItemApp): string {
  return join(app.getPath('appData'), 'autostart', 'kasir.desktop');
}

function desktopEntry(executable: string): string {
  // Quoted, so a path with spaces stays one argument (the Desktop Entry spec's quoting).
  const exec = `"${executable.replace(/(["`$\\])/g, '\\$1')}"`;
  return ['[Desktop Entry]', 'Type=Application', 'Name=Kasir', `Exec=${exec}`, 'X-GNOME-Autostart-enabled=true', ''].join('\n');
}

/**
 * Starts Kasir when the till's user logs in, or stops doing so (settings: startAtLogin). Only an installed till:
 * a development build would register the bare Electron binary. Returns what it did, for the log.
 */
export async function applyStartAtLogin(app: LoginItemApp, openAtLogin: boolean, target: LoginItemTarget): Promise<'applied' | 'skipped'> {
  if (!app.isPackaged) return 'skipped';
  if (target.platform === 'win32' || target.platform === 'darwin') {
    app.setLoginItemSettings({ openAtLogin });
    return 'applied';
  }
  const file = autostartFile(app);
  if (openAtLogin) {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, desktopEntry(target.executable));
  } else {
    await rm(file, { force: true });
  }
  return 'applied';
}
