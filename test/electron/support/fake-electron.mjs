// A stand-in for the `electron` module, used only because the Electron binary cannot run on these machines.
// It records what the built main process asks of Electron so tests can check the wiring.
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

export const app = {
  isPackaged: process.env.FAKE_PACKAGED === '1',
  requestSingleInstanceLock: () => true,
  on(event, listener) { const list = recorded.appListeners.get(event) ?? []; list.push(listener); recorded.appListeners.set(event, list); return app; },
  whenReady: () => readyPromise,
  getAppPath: () => process.env.FAKE_APP_PATH,
  getPath: (name) => (name === 'userData' ? process.env.FAKE_USER_DATA : '/tmp'),
  quit() { recorded.quit = true; },
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
};

export const dialog = { showErrorBox(title, message) { recorded.errorBoxes.push([title, message]); } };

export const shell = { openExternal: async (url) => { recorded.openedExternally.push(url); } };

export class BrowserWindow {
  constructor(options) {
    this.options = options;
    this.mainFrame = { url: 'app://kasir/index.html' };
    this.webContents = {
      mainFrame: this.mainFrame,
      listeners: new Map(),
      send: (channel, payload) => recorded.sent.push([channel, payload]),
      on(event, listener) { this.listeners.set(event, listener); },
    };
    this.reloads = 0;
    recorded.windows.push(this);
  }
  once() { return this; }
  show() {}
  focus() {}
  restore() {}
  isMinimized() { return false; }
  isDestroyed() { return false; }
  reload() { this.reloads += 1; }
  async loadURL(url) {
    if (process.env.FAKE_LOAD_FAILS === '1') throw new Error('ERR_FILE_NOT_FOUND (-6) loading ' + url);
    this.loadedUrl = url;
    this.mainFrame.url = url;
  }
  static getAllWindows() { return recorded.windows; }
  static fromWebContents(contents) { return recorded.windows.find((window) => window.webContents === contents) ?? null; }
}

export default { app, protocol, ipcMain, session, shell, dialog, BrowserWindow };
