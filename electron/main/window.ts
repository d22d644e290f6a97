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
  await window.loadURL(devOrigin === undefined ? APP_ENTRY_URL : `${devOrigin}/`);
  return window;
}
