import { join } from 'node:path';
import { app, dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import { createKasirCore } from '../app/core.ts';
import type { KasirCore } from '../app/core.ts';
import { EncryptedFileSecretStore } from '../secrets/encrypted-file-store.ts';
import { FallbackSecretStore } from '../secrets/fallback-store.ts';
import { KeytarSecretStore } from '../secrets/secret-store.ts';
import { CustomerDisplay } from './customer-window.ts';
import { WindowRoles, registerIpc } from './ipc.ts';
import { createElectronReceiptPrinter } from './print-receipt.ts';
import { safeStorageCipher } from './safe-storage.ts';
import { appPaths } from './paths.ts';
import { registerAppScheme, serveRenderer } from './protocol.ts';
import { devServerOrigin } from './security.ts';
import { createCounterWindow, denyAllPermissions, hardenWebContents } from './window.ts';

/** The Electron entry point: wiring only. Everything with logic lives in plain Node modules. */
const isDevelopment = !app.isPackaged;
const devOrigin = devServerOrigin(app.isPackaged, process.env['VITE_DEV_SERVER_URL']);
let core: KasirCore | undefined;
let counter: BrowserWindow | undefined;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devOrigin));
  app.on('second-instance', () => {
    // A second launch focuses the running till instead of opening a second, competing one.
    if (counter && !counter.isDestroyed()) {
      if (counter.isMinimized()) counter.restore();
      counter.focus();
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
    const setup = { isDevelopment, devOrigin, roles: new WindowRoles() };
    const customerDisplay = new CustomerDisplay(paths.customerPreload, setup);
    const receipts = createElectronReceiptPrinter({
      receiptsDir: join(app.getPath('userData'), 'receipts'),
      // A demo till's receipt says it is no real payment.
      isDemo: () => core?.info.mode === 'demo',
    });
    core = await createKasirCore({
      settingsFile: join(app.getPath('userData'), 'settings.json'),
      journalFile: join(app.getPath('userData'), 'journal.sqlite'),
      // The OS keychain; without one, the OS's own encryption in a file of Kasir's (never plain text).
      secretStore: new FallbackSecretStore(
        new KeytarSecretStore('Kasir'),
        new EncryptedFileSecretStore(join(app.getPath('userData'), 'secret.enc.json'), safeStorageCipher()),
      ),
      devices: { customerDisplay, receipts },
      onBug: (operation, error) => console.error(`[kasir] bug in ${operation}:`, error instanceof Error ? error.stack : 'unknown error'),
    });
    registerIpc(core, devOrigin, setup.roles);
    counter = await createCounterWindow(paths.preload, setup);
    // The till charges without a customer display; one that cannot open is reported, not fatal.
    await customerDisplay.start(counter).catch((error: unknown) => console.error('[kasir] the customer display could not open:', error instanceof Error ? error.message : error));
  };

  void app.whenReady().then(start).catch((error: unknown) => {
    // A till that cannot start must say so on screen, not sit there without a window.
    dialog.showErrorBox('Kasir tidak dapat dimulai / Kasir cannot start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}
