// What an installed Linux till has for electron-updater: the AppImage it runs from (APPIMAGE) and
// resources/app-update.yml (written by electron-builder from `publish`), with the updater's cache inside `dir`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function fakeInstalledAppImage(dir) {
  const installed = join(dir, 'Kasir-0.1.0-linux.AppImage');
  writeFileSync(installed, 'the running version');
  process.env.APPIMAGE = installed;
  mkdirSync(join(dir, 'resources'), { recursive: true });
  writeFileSync(join(dir, 'resources', 'app-update.yml'), 'provider: generic\nurl: https://updates.kasir.invalid/\nupdaterCacheDirName: kasir-updater\n');
  process.resourcesPath = join(dir, 'resources');
  process.env.XDG_CACHE_HOME = join(dir, 'cache');
  return installed;
}
