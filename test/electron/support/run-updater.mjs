// electron/main/updater.ts driving the REAL electron-updater against a generic feed on loopback, with only the
// `electron` module stood in (./updater-electron.mjs). Run by test/electron/updater-feed.test.ts in a child Node 24
// process (module hooks must be in place before electron-updater loads). FEED_URL: the feed; FAKE_USER_DATA: a
// temp folder holding the "installed" AppImage, the cache and resources. Prints a JSON report as its last line.
import { registerHooks } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fakeInstalledAppImage } from './installed-appimage.mjs';

const fakeUrl = new URL('./updater-electron.mjs', import.meta.url).href;
registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'electron') return { url: fakeUrl, shortCircuit: true, format: 'module' };
    return nextResolve(specifier, context);
  },
});

const dir = process.env.FAKE_USER_DATA;
const root = process.env.FAKE_APP_PATH;
const installed = fakeInstalledAppImage(dir);

const fake = await import(fakeUrl);
const { createUpdater } = await import(pathToFileURL(join(root, 'electron/main/updater.ts')).href);
const report = { beforeInstall: false };
const updater = createUpdater({
  currentVersion: '0.1.0',
  load: async () => {
    const module = await import('electron-updater');
    const { autoUpdater } = module.default ?? module;
    autoUpdater.logger = null;
    // This stand-in AppImage has no embedded blockmap: download it whole.
    autoUpdater.disableDifferentialDownload = true;
    return autoUpdater;
  },
  beforeInstall: () => { report.beforeInstall = true; },
  onInstallFailed: (error) => { report.installFailed = error.message; },
});
try {
  report.found = (await updater.check(process.env.FEED_URL)) ?? null;
} catch (error) {
  report.error = error instanceof Error ? error.message : String(error);
}
report.downloaded = updater.downloaded() ?? null;
if (process.env.INSTALL === 'broken' && report.downloaded) {
  // The AppImage's path no longer makes sense: electron-updater refuses to install, and says so.
  process.env.APPIMAGE = 'not/an/absolute/path.AppImage';
  updater.install();
  await new Promise((resolve) => setTimeout(resolve, 100));
  report.quit = fake.recorded.quit;
}
if (process.env.INSTALL === '1' && report.downloaded) {
  updater.install();
  const started = join(dir, 'started');
  for (let waited = 0; (!existsSync(started) || fake.recorded.quit === 0) && waited < 10_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
  report.newVersionStarted = existsSync(started) ? readFileSync(started, 'utf8').trim() : null;
  report.quit = fake.recorded.quit;
  report.oldAppImageLeft = existsSync(installed);
}
process.stdout.write(`\n${JSON.stringify(report)}\n`);
process.exit(0);
