// Boots the BUILT main process against the fake electron module and drives what surrounds the till: kiosk mode,
// the manager's quit, start at login, and a second launch. Prints, as JSON, what main did. Run by
// test/electron/till-shell.test.ts in a child Node 24 process; FAKE_SETTINGS is written as settings.json first.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bootMain, waitFor } from './boot-main.mjs';

const userData = process.env.FAKE_USER_DATA;
if (process.env.FAKE_SETTINGS) writeFileSync(join(userData, 'settings.json'), process.env.FAKE_SETTINGS);
const before = readdirSync(userData).sort();
const fake = await bootMain();
const { recorded } = fake;

if (process.env.FAKE_SECOND_INSTANCE === '1') {
  // Give a wrongly started till every chance to show itself before reporting.
  await new Promise((resolve) => setTimeout(resolve, 500));
  process.stdout.write(JSON.stringify({
    quit: recorded.quit === true, windows: recorded.windows.length, ipcChannels: recorded.ipcHandlers.size, filesBefore: before, filesAfter: readdirSync(userData).sort(),
  }));
  process.exit(0);
}

await waitFor(() => recorded.windows.length > 0 && recorded.windows[0].loadedUrl, 'main never opened its window');
const [window] = recorded.windows;
const trusted = { sender: window.webContents, senderFrame: window.mainFrame };
const invoke = (channel, payload) => recorded.ipcHandlers.get(channel)(trusted, payload);
const press = (input) => {
  let prevented = false;
  window.webContents.emit('before-input-event', { preventDefault: () => { prevented = true; } }, { type: 'keyDown', alt: false, control: false, meta: false, shift: false, ...input });
  return prevented;
};
const tryClose = () => {
  window.close();
  return !window.isDestroyed();
};
const autostart = join(userData, 'appData', 'autostart', 'kasir.desktop');
// Start at login is applied right after the window opens: wait for it where it is expected, else let start-up settle.
const startsAtLogin = process.env.FAKE_PACKAGED === '1' && JSON.parse(process.env.FAKE_SETTINGS ?? '{}').startAtLogin === true;
if (startsAtLogin) await waitFor(() => recorded.loginItems !== undefined || existsSync(autostart), 'start at login was never applied');
else await new Promise((resolve) => setTimeout(resolve, 300));

window.focused = false;
fake.emitApp('second-instance', {}, ['kasir']);
const result = {
  windowOptions: { kiosk: window.options.kiosk, fullscreen: window.options.fullscreen, minimizable: window.options.minimizable },
  focusedBySecondLaunch: window.focused,
  altF4Swallowed: press({ key: 'F4', alt: true }),
  ctrlQSwallowed: press({ key: 'q', control: true }),
  f1Passed: !press({ key: 'F1' }),
  autostart: existsSync(autostart),
  // An ordinary window that closes cannot take the manager's requests afterwards: not tried before a save.
  closeRefused: process.env.FAKE_SAVE_SETTINGS ? null : tryClose(),
  quitBeforeManager: await invoke('kasir:app:quit', undefined),
};
await invoke('kasir:manager:set-pin', { pin: '5829' });
if (process.env.FAKE_SAVE_SETTINGS) {
  // The manager saves settings on screen: kiosk mode and start at login follow without a restart.
  result.saved = (await invoke('kasir:settings:save', { values: JSON.parse(process.env.FAKE_SAVE_SETTINGS) })).value?.kind;
  await waitFor(() => window.kiosk === true && existsSync(autostart), 'the saved settings were never applied').catch(() => undefined);
  result.afterSave = { kiosk: window.kiosk === true, autostart: existsSync(autostart), closeRefused: tryClose() };
}
result.quitByManager = await invoke('kasir:app:quit', undefined);
result.quitCalled = recorded.quit === true;
result.closedAfterManagerQuit = !tryClose();
process.stdout.write(JSON.stringify(result));
setTimeout(() => process.exit(0), 300).unref();
