import type { AppUpdater } from 'electron-updater';
import type { Updater } from '../updates/update-gate.ts';

/** The part of electron-updater's autoUpdater Kasir drives (tests give a stand-in: the real one needs Electron). */
export type UpdateEngine = Pick<AppUpdater, 'setFeedURL' | 'checkForUpdates' | 'quitAndInstall' | 'autoDownload' | 'autoInstallOnAppQuit' | 'once'>;

export interface UpdaterOptions {
  readonly currentVersion: string;
  /** electron-updater, loaded on the manager's first check (it reads the packed app's files when it starts). */
  readonly load: () => Promise<UpdateEngine>;
  /** Lets the windows close (a kiosk till keeps them open otherwise), right before the installer takes over. */
  readonly beforeInstall: () => void;
  /**
   * The installer could not take over. The journal is already closed, so the till must not stay open without it:
   * main quits, and Kasir is started again (by hand, or at login) on the version it has.
   */
  readonly onInstallFailed: (error: Error) => void;
}

/**
 * electron-updater behind the core's Updater (../updates/update-gate.ts): a generic feed at the address the settings
 * give, checked only when the manager asks; what it downloads is installed only by installUpdate, which closes the
 * journal first, never by quitting (autoInstallOnAppQuit off).
 */
export function createUpdater(options: UpdaterOptions): Updater {
  let engine: UpdateEngine | undefined;
  let feed: string | undefined;
  let downloaded: string | undefined;
  const ready = async (): Promise<UpdateEngine> => {
    if (!engine) {
      engine = await options.load();
      // Only the manager's checks happen, so downloading what one finds is what the manager asked for.
      engine.autoDownload = true;
      engine.autoInstallOnAppQuit = false;
    }
    return engine;
  };
  return {
    currentVersion: options.currentVersion,
    async check(feedUrl) {
      const updater = await ready();
      if (feed !== feedUrl) updater.setFeedURL({ provider: 'generic', url: feedUrl });
      feed = feedUrl;
      const result = await updater.checkForUpdates();
      // null: electron-updater is inactive (an unpackaged build); the caller reports it as a failed check.
      if (!result) throw new Error('this build of Kasir cannot update itself');
      if (!result.isUpdateAvailable) return undefined;
      await result.downloadPromise;
      downloaded = result.updateInfo.version;
      return downloaded;
    },
    downloaded: () => downloaded,
    install() {
      if (!engine || downloaded === undefined) return;
      options.beforeInstall();
      engine.once('error', (error) => options.onInstallFailed(error));
      // Not silent (Windows shows the installer's progress), and Kasir starts again afterwards.
      engine.quitAndInstall(false, true);
    },
  };
}
