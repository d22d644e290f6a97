import { join } from 'node:path';
import { app, dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import electronLog from 'electron-log/node';
import { createKasirCore } from '../app/core.ts';
import { createFileSink } from '../logging/file-sink.ts';
import { createLogger } from '../logging/logger.ts';
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
import { QuitGuard, setKioskMode } from './kiosk.ts';
import { applyStartAtLogin } from './login-item.ts';
import { followPreferences, readPreferences } from './preferences.ts';
import { createUpdater } from './updater.ts';

/** The Electron entry point: wiring only. Everything with logic lives in plain Node modules. */
const isDevelopment = !app.isPackaged;
const devOrigin = devServerOrigin(app.isPackaged, process.env['VITE_DEV_SERVER_URL']);
let core: KasirCore | undefined;
let counter: BrowserWindow | undefined;
// Kiosk mode (settings) keeps the counter open until the manager quits or installs an update (./kiosk.ts).
const quitGuard = new QuitGuard(false);

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
    const logDir = app.getPath('logs');
    const log = createLogger(createFileSink(electronLog, { dir: logDir, console: isDevelopment }));
    log.info('app.started', { version: app.getVersion(), electron: process.versions.electron, platform: process.platform, arch: process.arch });
    denyAllPermissions();
    serveRenderer(paths.rendererRoot);
    const setup = { isDevelopment, devOrigin, roles: new WindowRoles() };
    const customerDisplay = new CustomerDisplay(paths.customerPreload, setup);
    const receipts = createElectronReceiptPrinter({
      receiptsDir: join(app.getPath('userData'), 'receipts'),
      // A demo till's receipt says it is no real payment.
      isDemo: () => core?.info.mode === 'demo',
    });
    const settingsFile = join(app.getPath('userData'), 'settings.json');
    quitGuard.kiosk = (await readPreferences(settingsFile)).kioskMode;
    core = await createKasirCore({
      settingsFile,
      journalFile: join(app.getPath('userData'), 'journal.sqlite'),
      // The OS keychain; without one, the OS's own encryption in a file of Kasir's (never plain text).
      secretStore: new FallbackSecretStore(
        new KeytarSecretStore('Kasir'),
        new EncryptedFileSecretStore(join(app.getPath('userData'), 'secret.enc.json'), safeStorageCipher()),
      ),
      devices: { customerDisplay, receipts },
      // Bugs (onBug), payments, Paypro calls and manager actions go to the rotated log, redacted on the way out.
      log, logDir, appVersion: app.getVersion(),
      // The manager's update and quit (PIN): the core closes the journal first, then the windows may close.
      ...(app.isPackaged ? {
        updates: createUpdater({
          currentVersion: app.getVersion(), load: async () => (await import('electron-updater')).autoUpdater, beforeInstall: () => quitGuard.allowQuit(),
          onInstallFailed: (error) => {
            log.error('update.installFailed', { error });
            app.quit();
          },
        }),
      } : {}),
      quit: () => {
        quitGuard.allowQuit();
        app.quit();
      },
    });
    registerIpc(core, devOrigin, setup.roles);
    counter = await createCounterWindow(paths.preload, setup, quitGuard);
    // Kiosk mode and start at login follow the settings, at start and after every save (appInfoChanged).
    const applyPreferences = followPreferences(() => readPreferences(settingsFile), async (now) => {
      if (counter) setKioskMode(counter, quitGuard, now.kioskMode);
      await applyStartAtLogin(app, now.startAtLogin, { platform: process.platform, executable: process.env['APPIMAGE'] ?? process.execPath });
    }, (error) => log.warn('preferences.failed', { error }));
    core.onEvent((name) => {
      if (name === 'appInfoChanged') void applyPreferences();
    });
    await applyPreferences();
    // The till charges without a customer display; one that cannot open is reported, not fatal.
    await customerDisplay.start(counter).catch((error: unknown) => log.warn('display.failed', { error }));
  };

  void app.whenReady().then(start).catch((error: unknown) => {
    // A till that cannot start must say so on screen, not sit there without a window.
    dialog.showErrorBox('Kasir tidak dapat dimulai / Kasir cannot start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}
