import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS } from '../../shared/ipc/channels.ts';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security.ts';

/**
 * The built main process, booted in Node 24 with a fake `electron` module (the real binary cannot run on
 * these machines). It checks the wiring that only exists in the Electron layer: scheme registration before
 * ready, hardened window options, the app:// handler, sender-checked IPC, navigation and permission denial.
 */
const root = join(import.meta.dirname, '../..');
const mainJs = join(root, 'dist-electron/main.js');

interface MainReport {
  schemes: Array<{ scheme: string; privileges: Record<string, boolean> }>;
  schemesRegisteredBeforeReady: boolean;
  windowOptions: { webPreferences: Record<string, unknown> };
  devToolsEnabled: boolean;
  reloadsAfterCrashes: number;
  loadedUrl: string;
  ipcChannels: string[];
  appInfoTrusted: { ok: boolean; value?: { mode: string } };
  appInfoUntrusted: { ok: boolean; code?: string };
  appInfoSubFrame: { ok: boolean; code?: string };
  hostilePayload: { ok: boolean; code?: string };
  page: { status: number; csp: string; type: string; html: string };
  traversalStatus: number;
  navigationPrevented: number;
  windowOpen: { action: string };
  windowOpenOthers: Array<{ action: string }>;
  openedExternally: string[];
  permissionGranted: boolean;
  permissionCheck: boolean;
  quitWaitedForTheJournal: boolean;
}

async function runMain<T = MainReport>(env: Record<string, string> = {}): Promise<T> {
  const userData = await mkdtemp(join(tmpdir(), 'kasir-main-'));
  const { VITE_DEV_SERVER_URL: _ignored, ...inherited } = process.env;
  const { stdout } = await promisify(execFile)(process.execPath, [join(import.meta.dirname, 'support/run-main.mjs')], {
    env: { ...inherited, FAKE_APP_PATH: root, FAKE_USER_DATA: userData, ...env },
    timeout: 20_000,
  });
  // The report is the last line: a development build also logs to the console.
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as T;
}

let report: MainReport;

beforeAll(async () => {
  if (!existsSync(mainJs)) throw new Error(`${mainJs} is missing: run \`npm run build\` first (npm test does).`);
  report = await runMain();
});

describe('built main process (with a fake electron module)', () => {
  it('registers app:// as a privileged scheme before ready and loads the renderer from it', () => {
    expect(report.schemesRegisteredBeforeReady).toBe(true);
    expect(report.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(report.loadedUrl).toBe('app://kasir/index.html');
  });

  it('opens the window locked down, with the preload main computes', () => {
    expect(report.windowOptions.webPreferences).toMatchObject({
      sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, preload: join(root, 'dist-electron/preload.cjs'),
    });
  });

  it('serves the built index.html over app:// with the CSP header, and nothing outside it', () => {
    expect(report.page.status).toBe(200);
    expect(report.page.type).toMatch(/text\/html/);
    expect(report.page.csp).toBe(CONTENT_SECURITY_POLICY);
    expect(report.page.html).toContain('<div id="root">');
    expect(report.traversalStatus).toBe(404);
  });

  it('registers a handler for every contract channel, behind the sender check', () => {
    expect(report.ipcChannels.sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
    expect(report.appInfoTrusted).toMatchObject({ ok: true, value: { mode: 'demo' } });
    expect(report.appInfoUntrusted).toMatchObject({ ok: false, code: 'FORBIDDEN_SENDER' });
    expect(report.appInfoSubFrame).toMatchObject({ ok: false, code: 'FORBIDDEN_SENDER' });
    expect(report.hostilePayload).toMatchObject({ ok: false, code: 'INVALID_REQUEST' });
  });

  it('reloads a crashed page (which then resumes the open payment), but not a clean exit and not in a loop', () => {
    expect(report.reloadsAfterCrashes).toBe(3);
  });

  it('refuses navigation away, new windows (opening none of them in the system browser) and permissions', () => {
    expect(report.navigationPrevented).toBe(1);
    expect(report.windowOpen).toEqual({ action: 'deny' });
    expect(report.windowOpenOthers).toEqual(Array(5).fill({ action: 'deny' }));
    expect(report.openedExternally).toEqual([]);
    expect(report.permissionGranted).toBe(false);
    expect(report.permissionCheck).toBe(false);
  });

  it('holds the quit until the core has closed (the journal written and closed), then quits', () => {
    expect(report.quitWaitedForTheJournal).toBe(true);
  });
});

describe('built main process: the Vite dev server is trusted only in development, only on loopback', () => {
  it('npm run dev (unpackaged, VITE_DEV_SERVER_URL on localhost) loads and trusts the dev server', async () => {
    const dev = await runMain({ VITE_DEV_SERVER_URL: 'http://localhost:5173/' });
    expect(dev.loadedUrl).toBe('http://localhost:5173/');
    expect(dev.appInfoTrusted).toMatchObject({ ok: true });
    expect(dev.navigationPrevented).toBe(1);
    expect(dev.devToolsEnabled).toBe(true);
  });

  it('an installed build ignores VITE_DEV_SERVER_URL and has no devtools', async () => {
    const packaged = await runMain({ VITE_DEV_SERVER_URL: 'http://localhost:5173/', FAKE_PACKAGED: '1' });
    expect(packaged.loadedUrl).toBe('app://kasir/index.html');
    expect(packaged.devToolsEnabled).toBe(false);
  });

  it('a dev server URL off loopback is ignored', async () => {
    const hostile = await runMain({ VITE_DEV_SERVER_URL: 'http://evil.example:5173/' });
    expect(hostile.loadedUrl).toBe('app://kasir/index.html');
  });
});

describe('built main process: a till that cannot start says so', () => {
  it('shows an error box (both languages) and exits instead of sitting there without a window', async () => {
    const failed = await runMain<{ exitCode: number; errorBoxes: Array<[string, string]> }>({ FAKE_LOAD_FAILS: '1' });
    expect(failed.exitCode).toBe(1);
    expect(failed.errorBoxes).toEqual([['Kasir tidak dapat dimulai / Kasir cannot start', expect.stringContaining('ERR_FILE_NOT_FOUND')]]);
  });
});
