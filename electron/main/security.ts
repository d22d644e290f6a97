import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_HOST, APP_SCHEME } from './paths.ts';

/**
 * Electron's security checklist as data and pure checks, so tests can assert them without an Electron
 * binary; electron/main/window.ts applies them.
 */
/** The policy the page carries in its <meta> tag (renderer/index.html; a test keeps the two equal). */
export const META_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The header main sends with every app:// response: frame-ancestors only works as a header, not in <meta>. */
export const CONTENT_SECURITY_POLICY = `${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

export function windowOptions(preloadPath: string, isDevelopment: boolean): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    backgroundColor: '#0f172a',
    title: 'Kasir',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: isDevelopment,
    },
  };
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * `npm run dev` serves the renderer from Vite's dev server (VITE_DEV_SERVER_URL) for hot reload. That origin
 * is trusted only in an unpackaged app and only on loopback; an installed build always uses app://kasir.
 */
export function devServerOrigin(isPackaged: boolean, devServerUrl: string | undefined): string | undefined {
  if (isPackaged || devServerUrl === undefined) return undefined;
  try {
    const parsed = new URL(devServerUrl);
    return parsed.protocol === 'http:' && LOOPBACK_HOSTS.has(parsed.hostname) ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

/** Only the app's own origin may be navigated to; everything else is refused (checklist items 13, 14). */
export function isAllowedNavigation(url: string, devOrigin?: string): boolean {
  try {
    // Compared by parts: WHATWG URL gives custom schemes an opaque "null" origin.
    const parsed = new URL(url);
    if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
    return devOrigin !== undefined && parsed.origin === devOrigin;
  } catch {
    return false;
  }
}

export interface SenderFacts {
  /** URL of the frame that sent the message, if Electron still knows it. */
  readonly frameUrl: string | undefined;
  /** Whether that frame is its page's top frame. */
  readonly isMainFrame: boolean;
  /** Whether the sending webContents belongs to one of Kasir's own windows. */
  readonly isOwnWindow: boolean;
}

/** Checklist item 17: every IPC message is checked for its sender — own window, top frame, own origin. */
export function isTrustedSender(facts: SenderFacts, devOrigin?: string): boolean {
  return facts.isOwnWindow && facts.isMainFrame && facts.frameUrl !== undefined && isAllowedNavigation(facts.frameUrl, devOrigin);
}
