import { extname, join, normalize, sep } from 'node:path';

/**
 * Where the main process finds its files, computed from the app root (the folder holding package.json,
 * i.e. app.getAppPath(), which is the asar archive in an installed build). The build-output tests call the
 * same function, so a path main computes cannot drift from what `vite build` emits.
 */
export interface AppPaths {
  /** The cashier's preload: the till's operations. */
  readonly preload: string;
  /** The customer display's preload: only what that window shows. */
  readonly customerPreload: string;
  readonly rendererRoot: string;
  readonly rendererIndex: string;
  readonly rendererCustomer: string;
}

export function appPaths(appRoot: string): AppPaths {
  const rendererRoot = join(appRoot, 'dist', 'renderer');
  return {
    preload: join(appRoot, 'dist-electron', 'preload.cjs'),
    customerPreload: join(appRoot, 'dist-electron', 'customer-preload.cjs'),
    rendererRoot,
    rendererIndex: join(rendererRoot, 'index.html'),
    rendererCustomer: join(rendererRoot, 'customer.html'),
  };
}

/** The renderer is served from app://kasir/… rather than file:// (STYLE.md §4). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kasir';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
export const CUSTOMER_PAGE = 'customer.html';
export const APP_CUSTOMER_URL = `${APP_ORIGIN}/${CUSTOMER_PAGE}`;

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export function mimeType(file: string): string {
  return MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps an app:// URL to a file inside the renderer folder, or undefined for anything else: another host,
 * a path that escapes the folder (../, encoded or not), or a malformed URL.
 */
export function resolveAppUrl(url: string, rendererRoot: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return undefined;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return undefined;
  }
  // A backslash is a separator on Windows: refuse it everywhere rather than depend on the platform.
  if (pathname.includes('\0') || pathname.includes('\\')) return undefined;
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const file = normalize(join(rendererRoot, relative));
  return file.startsWith(normalize(rendererRoot) + sep) ? file : undefined;
}
