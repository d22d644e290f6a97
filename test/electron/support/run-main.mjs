// Boots the BUILT main process (dist-electron/main.js) against the fake electron module and prints, as JSON,
// what it did. Run by test/electron/main-process.test.ts in a child Node 24 process.
import { bootMain, waitFor } from './boot-main.mjs';

const fake = await bootMain();
const { recorded } = fake;
if (process.env.FAKE_LOAD_FAILS === '1') {
  await waitFor(() => recorded.exitCode !== undefined, 'main neither started nor gave up');
  process.stdout.write(JSON.stringify({ exitCode: recorded.exitCode, errorBoxes: recorded.errorBoxes }));
  process.exit(0);
}
await waitFor(() => recorded.windows.length > 0 && recorded.windows[0].loadedUrl, 'main never opened its window');
const [window] = recorded.windows;
const trusted = { sender: window.webContents, senderFrame: window.mainFrame };
const strangerContents = { mainFrame: { url: 'https://evil.example/' } };
const untrusted = { sender: strangerContents, senderFrame: strangerContents.mainFrame };
const subFrame = { sender: window.webContents, senderFrame: { url: 'app://kasir/index.html' } };
const invoke = (channel, event, payload) => recorded.ipcHandlers.get(channel)(event, payload);

const serve = recorded.protocolHandlers.get('app');
const page = await serve(new Request('app://kasir/index.html'));
const traversal = await serve(new Request('app://kasir/../../package.json'));

const contents = { listeners: new Map(), on(event, fn) { this.listeners.set(event, fn); }, setWindowOpenHandler(fn) { this.openHandler = fn; } };
fake.emitApp('web-contents-created', {}, contents);
let prevented = 0;
contents.listeners.get('will-navigate')({ preventDefault: () => { prevented++; } }, 'https://evil.example/');
contents.listeners.get('will-navigate')({ preventDefault: () => { prevented += 100; } }, window.loadedUrl);
let permission;
recorded.permissionRequestHandler({}, 'media', (allowed) => { permission = allowed; });

const gone = (...args) => window.webContents.emit('render-process-gone', ...args);
gone({}, { reason: 'clean-exit' });
for (let crash = 0; crash < 5; crash++) gone({}, { reason: 'crashed' });

const result = {
  reloadsAfterCrashes: window.reloads,
  schemes: recorded.schemes,
  schemesRegisteredBeforeReady: recorded.schemesRegisteredBeforeReady,
  windowOptions: window.options,
  devToolsEnabled: window.options.webPreferences.devTools,
  loadedUrl: window.loadedUrl,
  ipcChannels: [...recorded.ipcHandlers.keys()],
  appInfoTrusted: await invoke('kasir:app:get-info', trusted, undefined),
  appInfoUntrusted: await invoke('kasir:app:get-info', untrusted, undefined),
  appInfoSubFrame: await invoke('kasir:app:get-info', subFrame, undefined),
  hostilePayload: await invoke('kasir:payment:start', trusted, { amount: '25000; DROP TABLE', method: 'QRIS', extra: 1 }),
  page: { status: page.status, csp: page.headers.get('content-security-policy'), type: page.headers.get('content-type'), html: await page.text() },
  traversalStatus: traversal.status,
  navigationPrevented: prevented,
  windowOpen: contents.openHandler({ url: 'https://evil.example/' }),
  // The till's allowlist is empty: no page, however plausible, reaches the system browser.
  windowOpenOthers: ['https://paypro.example/', 'http://evil.example/', 'javascript:alert(1)', 'file:///etc/passwd', 'app://kasir/index.html']
    .map((url) => contents.openHandler({ url })),
  openedExternally: [...recorded.openedExternally],
  permissionGranted: permission,
  permissionCheck: recorded.permissionCheckHandler(),
};
let quitPrevented = false;
fake.emitApp('will-quit', { preventDefault: () => { quitPrevented = true; } });
for (let waited = 0; !recorded.quit && waited < 5_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
result.quitWaitedForTheJournal = quitPrevented && recorded.quit === true;
process.stdout.write(JSON.stringify(result));
// Give core.close() a moment to stop the demo simulator, then leave even if a handle lingers.
setTimeout(() => process.exit(0), 500).unref();
