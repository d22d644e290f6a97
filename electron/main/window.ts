import { BrowserWindow, session, shell } from 'electron';
import type { WebContents } from 'electron';
import { APP_ENTRY_URL } from './paths.ts';
import { isAllowedNavigation, windowOptions } from './security.ts';

/** Denies what a payment terminal never needs: navigation away, new windows, and every permission. */
export function hardenWebContents(contents: WebContents, devOrigin: string | undefined): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, devOrigin)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, devOrigin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Links to the outside (e.g. Paypro's back office) open in the system browser, never inside Kasir.
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

export async function createCounterWindow(preloadPath: string, isDevelopment: boolean, devOrigin: string | undefined): Promise<BrowserWindow> {
  const window = new BrowserWindow(windowOptions(preloadPath, isDevelopment));
  window.once('ready-to-show', () => window.show());
  // A crashed page is reloaded; it asks main for the open payment, which main kept following meanwhile.
  // Not forever: a page that keeps crashing stays down rather than looping.
  const reloads: number[] = [];
  window.webContents.on('render-process-gone', (_event, details) => {
    const now = Date.now();
    while (reloads.length > 0 && (reloads[0] ?? 0) < now - 60_000) reloads.shift();
    if (details.reason === 'clean-exit' || reloads.length >= 3) return;
    reloads.push(now);
    window.reload();
  });
  await window.loadURL(devOrigin === undefined ? APP_ENTRY_URL : `${devOrigin}/`);
  return window;
}
