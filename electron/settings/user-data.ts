import { join } from 'node:path';

/**
 * Where Electron keeps Kasir's data (app.getPath('userData') for an app named "Kasir"), computed without
 * Electron so command-line tools find the same settings file as the app.
 */
export const APP_NAME = 'Kasir';

export function userDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'win32') return join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME);
  return join(env['XDG_CONFIG_HOME'] || join(home, '.config'), APP_NAME);
}

export const SETTINGS_FILE_NAME = 'settings.json';
