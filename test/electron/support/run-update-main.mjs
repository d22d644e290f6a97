// Boots the BUILT main process as an installed Linux till (FAKE_PACKAGED=1, run from an AppImage) against the fake
// electron module, with settings.json's updateFeedUrl pointing at a loopback https feed (FEED_URL, its CA in FAKE_CA),
// and has the manager check for and install the update over IPC: the bundled electron-updater does the rest. Prints
// a JSON report as its last line. Run by test/electron/updater-feed.test.ts.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bootMain, waitFor } from './boot-main.mjs';
import { fakeInstalledAppImage } from './installed-appimage.mjs';

const dir = process.env.FAKE_USER_DATA;
fakeInstalledAppImage(dir);
writeFileSync(join(dir, 'settings.json'), JSON.stringify({ updateFeedUrl: process.env.FEED_URL, kioskMode: true }));

const fake = await bootMain();
const { recorded } = fake;
await waitFor(() => recorded.windows.length > 0 && recorded.windows[0].loadedUrl, 'main never opened its window');
const [window] = recorded.windows;
const invoke = (channel, payload) => recorded.ipcHandlers.get(channel)({ sender: window.webContents, senderFrame: window.mainFrame }, payload);
await invoke('kasir:manager:set-pin', { pin: '5829' });
const report = { checked: await invoke('kasir:update:check', undefined) };
report.installing = await invoke('kasir:update:install', undefined);
const started = join(dir, 'started');
await waitFor(() => existsSync(started) && recorded.quit === true, 'the new version never started', 15_000).catch(() => undefined);
report.newVersionStarted = existsSync(started) ? readFileSync(started, 'utf8').trim() : null;
report.quit = recorded.quit === true;
report.windowClosable = (() => { window.close(); return window.isDestroyed(); })();
process.stdout.write(`\n${JSON.stringify(report)}\n`);
setTimeout(() => process.exit(0), 300).unref();
