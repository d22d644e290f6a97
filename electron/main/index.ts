import { join } from 'node:path';
import { BrowserWindow, app, dialog } from 'electron';
import { createKasirCore } from '../app/core.ts';
import type { KasirCore } from '../app/core.ts';
import { KeytarSecretStore } from '../secrets/secret-store.ts';
import { registerIpc } from './ipc.ts';
import { appPaths } from './paths.ts';
import { registerAppScheme, serveRenderer } from './protocol.ts';
import { devServerOrigin } from './security.ts';
import { createCounterWindow, denyAllPermissions, hardenWebContents } from './window.ts';

/** The Electron entry point: wiring only. Everything with logic lives in plain Node modules. */
const isDevelopment = !app.isPackaged;
const devOrigin = devServerOrigin(app.isPackaged, process.env['VITE_DEV_SERVER_URL']);
let core: KasirCore | undefined;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devOrigin));
  app.on('second-instance', () => {
    // A second launch focuses the running till instead of opening a second, competing one.
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.on('window-all-closed', () => app.quit());
  let closed = false;
  app.on('will-quit', (event) => {
    if (!core || closed) return;
    // The journal is closed before the process ends, so every change under way is written first.
    event.preventDefault();
    closed = true;
    void core.close().finally(() => app.quit());
  });

  const start = async (): Promise<void> => {
    const paths = appPaths(app.getAppPath());
    denyAllPermissions();
    serveRenderer(paths.rendererRoot);
    core = await createKasirCore({
      settingsFile: join(app.getPath('userData'), 'settings.json'),
      journalFile: join(app.getPath('userData'), 'journal.sqlite'),
      secretStore: new KeytarSecretStore('Kasir'),
      onBug: (operation, error) => console.error(`[kasir] bug in ${operation}:`, error instanceof Error ? error.stack : 'unknown error'),
    });
    registerIpc(core, devOrigin);
    await createCounterWindow(paths.preload, isDevelopment, devOrigin);
  };

  void app.whenReady().then(start).catch((error: unknown) => {
    // A till that cannot start must say so on screen, not sit there without a window.
    dialog.showErrorBox('Kasir tidak dapat dimulai / Kasir cannot start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}
