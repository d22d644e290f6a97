import { BrowserWindow, session, shell } from 'electron';
import type { WebContents } from 'electron';
import { EXTERNAL_LINK_ALLOWLIST, externalUrlToOpen } from './external-links.ts';
import type { WindowRoles } from './ipc.ts';
import type { QuitGuard } from './kiosk.ts';
import { guardWindow, kioskWindowOptions } from './kiosk.ts';
import { APP_ENTRY_URL } from './paths.ts';
import { isAllowedNavigation, windowOptions } from './security.ts';

/**
 * Denies what a payment terminal never needs: navigation away, new windows, and every permission.
 * `externalAllowlist` is for tests; the app uses EXTERNAL_LINK_ALLOWLIST (empty).
 */
export function hardenWebContents(
  contents: WebContents,
  devOrigin: string | undefined,
  externalAllowlist: readonly string[] = EXTERNAL_LINK_ALLOWLIST,
): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, devOrigin)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, devOrigin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Never a window inside Kasir. Only an allowlisted https page goes to the system browser, and as the
    // URL parsed here, so the browser cannot read the string differently from the check. A browser that
    // fails to start is no reason to take main down, hence the empty catch.
    const external = externalUrlToOpen(url, externalAllowlist);
    if (external !== undefined) shell.openExternal(external).catch(() => undefined);
    return { action: 'deny' };
  });
}

export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

/** What every Kasir window is created with; `roles` learns each window's role before it loads anything. */
export interface WindowSetup {
  readonly isDevelopment: boolean;
  readonly devOrigin: string | undefined;
  readonly roles: WindowRoles;
}

/** A page of the built renderer over app://, or of Vite's dev server in `npm run dev`. */
export function pageUrl(appUrl: string, devPath: string, devOrigin: string | undefined): string {
  return devOrigin === undefined ? appUrl : `${devOrigin}/${devPath}`;
}

/**
 * A crashed page is reloaded; it asks main for the open payment, which main kept following meanwhile.
 * Not forever: a page that keeps crashing stays down rather than looping.
 */
export function reloadAfterCrash(window: BrowserWindow): void {
  const reloads: number[] = [];
  window.webContents.on('render-process-gone', (_event, details) => {
    const now = Date.now();
    while (reloads.length > 0 && (reloads[0] ?? 0) < now - 60_000) reloads.shift();
    if (details.reason === 'clean-exit' || reloads.length >= 3) return;
    reloads.push(now);
    window.reload();
  });
}

/** The cashier's window; on a kiosk till full-screen, and closed only when `quitGuard` lets it (./kiosk.ts). */
export async function createCounterWindow(preloadPath: string, setup: WindowSetup, quitGuard: QuitGuard): Promise<BrowserWindow> {
  const window = new BrowserWindow({ ...windowOptions(preloadPath, setup.isDevelopment), ...kioskWindowOptions(quitGuard.kiosk) });
  guardWindow(window, quitGuard, process.platform);
  setup.roles.assign(window.webContents, 'cashier');
  window.once('ready-to-show', () => window.show());
  reloadAfterCrash(window);
  await window.loadURL(pageUrl(APP_ENTRY_URL, '', setup.devOrigin));
  return window;
}
