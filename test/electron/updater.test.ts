import { describe, expect, it } from 'vitest';
import type { UpdateCheckResult } from 'electron-updater';
import type { UpdateEngine } from '../../electron/main/updater.ts';
import { createUpdater } from '../../electron/main/updater.ts';

/**
 * electron/main/updater.ts, the thin wiring of electron-updater's autoUpdater, with the autoUpdater stood in: the
 * real one needs the Electron runtime. The stand-in records what Kasir set and called, in order.
 */
function standInEngine(answer: () => UpdateCheckResult | null, failInstall = false) {
  const calls: string[] = [];
  let errorListener: ((error: Error) => void) | undefined;
  const engine = {
    autoDownload: false,
    autoInstallOnAppQuit: true,
    setFeedURL(options: unknown) {
      calls.push(`setFeedURL ${JSON.stringify(options)}`);
    },
    async checkForUpdates() {
      calls.push(`check autoDownload=${String(engine.autoDownload)} autoInstallOnAppQuit=${String(engine.autoInstallOnAppQuit)}`);
      return answer();
    },
    quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean) {
      calls.push(`quitAndInstall ${String(isSilent)} ${String(isForceRunAfter)}`);
      // As electron-updater does when the downloaded installer cannot be started (it reports, and does not quit).
      if (failInstall) errorListener?.(new Error('No update filepath provided, can\'t quit and install'));
    },
    once(event: string, listener: (error: Error) => void) {
      if (event === 'error') errorListener = listener;
      return engine;
    },
  };
  return { engine: engine as unknown as UpdateEngine & { autoDownload: boolean; autoInstallOnAppQuit: boolean }, calls };
}

const found = (version: string, downloaded: Promise<string[]>): UpdateCheckResult =>
  ({ isUpdateAvailable: true, updateInfo: { version }, downloadPromise: downloaded }) as unknown as UpdateCheckResult;
const nothing = (version: string): UpdateCheckResult => ({ isUpdateAvailable: false, updateInfo: { version } }) as unknown as UpdateCheckResult;

describe('electron-updater wiring', () => {
  it('loads electron-updater only when the manager first checks, on the generic feed from the settings, never installing on quit', async () => {
    let loads = 0;
    const { engine, calls } = standInEngine(() => nothing('0.1.0'));
    const updater = createUpdater({ currentVersion: '0.1.0', load: async () => { loads += 1; return engine; }, beforeInstall: () => calls.push('beforeInstall'), onInstallFailed: (error) => calls.push(`failed: ${error.message}`) });
    expect(loads).toBe(0);
    expect(await updater.check('https://updates.example/kasir/')).toBeUndefined();
    expect(await updater.check('https://updates.example/kasir/')).toBeUndefined();
    expect(await updater.check('https://other.example/feed/')).toBeUndefined();
    expect(loads).toBe(1);
    expect(calls).toEqual([
      'setFeedURL {"provider":"generic","url":"https://updates.example/kasir/"}',
      'check autoDownload=true autoInstallOnAppQuit=false',
      'check autoDownload=true autoInstallOnAppQuit=false',
      'setFeedURL {"provider":"generic","url":"https://other.example/feed/"}',
      'check autoDownload=true autoInstallOnAppQuit=false',
    ]);
    expect(updater.downloaded()).toBeUndefined();
  });

  it('reports a newer version only once it is downloaded', async () => {
    let finish: (files: string[]) => void = () => {};
    const download = new Promise<string[]>((resolve) => { finish = resolve; });
    const { engine } = standInEngine(() => found('0.2.0', download));
    const updater = createUpdater({ currentVersion: '0.1.0', load: async () => engine, beforeInstall: () => {}, onInstallFailed: () => {} });
    const checking = updater.check('https://updates.example/kasir/');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(updater.downloaded()).toBeUndefined();
    finish(['/tmp/Kasir-0.2.0.AppImage']);
    expect(await checking).toBe('0.2.0');
    expect(updater.downloaded()).toBe('0.2.0');
  });

  it('a failed download or an inactive updater (unpackaged build) is a failed check, not a ready update', async () => {
    const failing = standInEngine(() => found('0.2.0', Promise.reject(new Error('sha512 checksum mismatch'))));
    const updater = createUpdater({ currentVersion: '0.1.0', load: async () => failing.engine, beforeInstall: () => {}, onInstallFailed: () => {} });
    await expect(updater.check('https://updates.example/kasir/')).rejects.toThrow('sha512 checksum mismatch');
    expect(updater.downloaded()).toBeUndefined();
    const inactive = standInEngine(() => null);
    const dev = createUpdater({ currentVersion: '0.1.0', load: async () => inactive.engine, beforeInstall: () => {}, onInstallFailed: () => {} });
    await expect(dev.check('https://updates.example/kasir/')).rejects.toThrow(/cannot update itself/);
  });

  it('install lets the windows close first (kiosk), then quits into the installer and restarts Kasir; nothing without a download', async () => {
    const { engine, calls } = standInEngine(() => found('0.2.0', Promise.resolve([])));
    const updater = createUpdater({ currentVersion: '0.1.0', load: async () => engine, beforeInstall: () => calls.push('beforeInstall'), onInstallFailed: (error) => calls.push(`failed: ${error.message}`) });
    updater.install();
    expect(calls).toEqual([]);
    await updater.check('https://updates.example/kasir/');
    calls.length = 0;
    updater.install();
    expect(calls).toEqual(['beforeInstall', 'quitAndInstall false true']);
  });

  it('an installer that cannot take over is reported, so main quits instead of running on without its journal', async () => {
    const { engine, calls } = standInEngine(() => found('0.2.0', Promise.resolve([])), true);
    const updater = createUpdater({ currentVersion: '0.1.0', load: async () => engine, beforeInstall: () => calls.push('beforeInstall'), onInstallFailed: (error) => calls.push(`failed: ${error.message}`) });
    await updater.check('https://updates.example/kasir/');
    calls.length = 0;
    updater.install();
    expect(calls).toEqual(['beforeInstall', 'quitAndInstall false true', "failed: No update filepath provided, can't quit and install"]);
  });
});
