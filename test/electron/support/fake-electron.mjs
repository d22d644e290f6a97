import { readFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
// A stand-in for the `electron` module, used only because the Electron binary cannot run on these machines.
// It records what the built main process asks of Electron so tests can check the wiring. Monitors are
// controllable: FAKE_DISPLAYS (JSON [{ id, bounds }], the first is the primary) sets them at start, and
// plugDisplay / unplugDisplay change them later, emitting the events Electron's `screen` would.
export const recorded = {
  schemes: [], schemesRegisteredBeforeReady: undefined, protocolHandlers: new Map(), ipcHandlers: new Map(),
  appListeners: new Map(), windows: [], permissionRequestHandler: undefined, permissionCheckHandler: undefined,
  sent: [], openedExternally: [], errorBoxes: [],
};
let ready = false;
let resolveReady;
const readyPromise = new Promise((resolve) => { resolveReady = resolve; });

export function fireReady() { ready = true; resolveReady(); }
export function emitApp(event, ...args) { for (const listener of recorded.appListeners.get(event) ?? []) listener(...args); }

/** A tiny event emitter, enough for on / once / emit with several listeners per event. */
class Emitter {
  listeners = new Map();
  on(event, listener) { const list = this.listeners.get(event) ?? []; list.push(listener); this.listeners.set(event, list); return this; }
  once(event, listener) {
    const wrapped = (...args) => { this.off(event, wrapped); listener(...args); };
    return this.on(event, wrapped);
  }
  off(event, listener) { this.listeners.set(event, (this.listeners.get(event) ?? []).filter((item) => item !== listener)); return this; }
  emit(event, ...args) { for (const listener of [...(this.listeners.get(event) ?? [])]) listener(...args); }
}

export const app = {
  isPackaged: process.env.FAKE_PACKAGED === '1',
  // FAKE_SECOND_INSTANCE=1: another Kasir already holds the lock.
  requestSingleInstanceLock: () => process.env.FAKE_SECOND_INSTANCE !== '1',
  on(event, listener) { const list = recorded.appListeners.get(event) ?? []; list.push(listener); recorded.appListeners.set(event, list); return app; },
  whenReady: () => readyPromise,
  getAppPath: () => process.env.FAKE_APP_PATH,
  getPath: (name) => (name === 'userData' ? process.env.FAKE_USER_DATA : name === 'logs' ? `${process.env.FAKE_USER_DATA}/logs` : name === 'appData' ? `${process.env.FAKE_USER_DATA}/appData` : '/tmp'),
  setLoginItemSettings(settings) { (recorded.loginItems ??= []).push(settings); },
  getVersion: () => '0.0.0-fake',
  quit() { recorded.quit = true; },
  once(event, listener) { return app.on(event, listener); },
  getName: () => 'Kasir',
  relaunch() {},
  exit(code) { recorded.exitCode = code; },
};

export const protocol = {
  registerSchemesAsPrivileged(schemes) { recorded.schemes.push(...schemes); recorded.schemesRegisteredBeforeReady = !ready; },
  handle(scheme, handler) { recorded.protocolHandlers.set(scheme, handler); },
};

export const ipcMain = {
  handle(channel, handler) { recorded.ipcHandlers.set(channel, handler); },
  removeHandler(channel) { recorded.ipcHandlers.delete(channel); },
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler) { recorded.permissionRequestHandler = handler; },
    setPermissionCheckHandler(handler) { recorded.permissionCheckHandler = handler; },
  },
  fromPartition: () => ({}),
};

// What electron-updater uses: `net.request` as Node's https underneath, trusting the test feed's own CA (FAKE_CA).
export const net = {
  request({ protocol, hostname, host, port, path, method, headers }) {
    return httpsRequest({ protocol, hostname: hostname ?? host, port, path, method: method ?? 'GET', headers, ca: readFileSync(process.env.FAKE_CA) });
  },
};
export const autoUpdater = { emit(event) { recorded.autoUpdaterEvents = [...(recorded.autoUpdaterEvents ?? []), event]; } };
export class Notification { show() {} }

export const dialog = { showErrorBox(title, message) { recorded.errorBoxes.push([title, message]); } };

// No OS encryption in the stand-in: the fallback secret store must refuse rather than keep plain text.
export const safeStorage = {
  isEncryptionAvailable: () => false,
  getSelectedStorageBackend: () => 'basic_text',
  encryptString: () => { throw new Error('no encryption in the fake electron'); },
  decryptString: () => { throw new Error('no encryption in the fake electron'); },
};

export const shell = { openExternal: async (url) => { recorded.openedExternally.push(url); } };

const DEFAULT_DISPLAYS = [{ id: 1, bounds: { x: 0, y: 0, width: 1280, height: 800 } }];
let displays = JSON.parse(process.env.FAKE_DISPLAYS ?? 'null') ?? DEFAULT_DISPLAYS;
const overlap = (a, b) => Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

class Screen extends Emitter {
  getAllDisplays() { return displays.map((display) => ({ ...display, workArea: display.bounds })); }
  getPrimaryDisplay() { return this.getAllDisplays()[0]; }
  // Electron answers the display a rectangle overlaps most (the nearest one when it overlaps none).
  getDisplayMatching(rect) {
    return this.getAllDisplays().reduce((best, display) => (overlap(display.bounds, rect) > overlap(best.bounds, rect) ? display : best));
  }
}
export const screen = new Screen();

export function plugDisplay(display) {
  displays = [...displays, display];
  screen.emit('display-added', {}, display);
}
export function unplugDisplay(id) {
  const gone = displays.find((display) => display.id === id);
  displays = displays.filter((display) => display.id !== id);
  // The OS moves windows off a monitor that is gone; the cashier's window lands on the primary.
  for (const window of recorded.windows) {
    if (gone && overlap(gone.bounds, window.bounds) > 0 && !window.fullScreen) window.bounds = { ...displays[0].bounds };
  }
  screen.emit('display-removed', {}, gone);
}

let nextContentsId = 1;

class FakeWebContents extends Emitter {
  constructor(window) {
    super();
    this.id = nextContentsId++;
    this.window = window;
    this.mainFrame = window.mainFrame;
    this.sent = [];
    this.destroyed = false;
  }
  send(channel, payload) { this.sent.push([channel, payload]); recorded.sent.push([channel, payload, this.id]); }
  isDestroyed() { return this.destroyed; }
}

export class BrowserWindow extends Emitter {
  constructor(options) {
    super();
    this.options = options;
    this.mainFrame = { url: 'app://kasir/index.html' };
    this.webContents = new FakeWebContents(this);
    this.reloads = 0;
    this.bounds = { x: 0, y: 0, width: options.width ?? 800, height: options.height ?? 600 };
    this.fullScreen = false;
    this.visible = options.show !== false;
    this.focused = false;
    this.menuRemoved = false;
    this.destroyed = false;
    this.shownInactive = 0;
    recorded.windows.push(this);
  }
  show() { this.visible = true; }
  showInactive() { this.visible = true; this.shownInactive += 1; }
  hide() { this.visible = false; }
  isVisible() { return this.visible; }
  focus() { for (const window of recorded.windows) window.focused = window === this; }
  restore() {}
  isMinimized() { return false; }
  isDestroyed() { return this.destroyed; }
  getBounds() { return { ...this.bounds }; }
  setBounds(bounds) { this.bounds = { ...bounds }; }
  setFullScreen(flag) { this.fullScreen = flag; }
  setKiosk(flag) { this.kiosk = flag; this.fullScreen = flag; }
  isFullScreen() { return this.fullScreen; }
  removeMenu() { this.menuRemoved = true; }
  reload() { this.reloads += 1; }
  /** What closing the window (Alt+F4, the title bar) does: 'close' may be prevented; then 'closed'. */
  close() {
    let prevented = false;
    this.emit('close', { preventDefault: () => { prevented = true; } });
    if (!prevented) this.destroy();
  }
  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.webContents.emit('destroyed');
    this.emit('closed');
  }
  async loadURL(url) {
    if (process.env.FAKE_LOAD_FAILS === '1') throw new Error('ERR_FILE_NOT_FOUND (-6) loading ' + url);
    this.loadedUrl = url;
    this.mainFrame.url = url;
  }
  static getAllWindows() { return recorded.windows.filter((window) => !window.destroyed); }
  static fromWebContents(contents) { return recorded.windows.find((window) => window.webContents === contents && !window.destroyed) ?? null; }
}

export default { app, protocol, ipcMain, session, shell, dialog, screen, BrowserWindow, net, autoUpdater, Notification };
