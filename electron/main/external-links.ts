/**
 * Which outside pages Kasir may hand to the system browser, and the check that decides. Plain code without
 * Electron, so tests can run it; electron/main/window.ts applies it when a page asks for a new window.
 */

/**
 * Origins (scheme + host + port, no path) that may open in the system browser. Empty: the till links to
 * nothing outside itself today. An entry needs a reason in review, since a page that is ever compromised
 * could send the cashier there.
 */
export const EXTERNAL_LINK_ALLOWLIST: readonly string[] = [];

/**
 * What a browser or the OS may read differently from the WHATWG parser, which drops tabs and newlines, reads
 * `\` as `/` and skips extra slashes after `https:`: such a URL is refused rather than normalised.
 */
const AMBIGUOUS_CHARACTERS = /[\s\\\p{Cc}]/u;
const PLAIN_HTTPS_START = /^https:\/\/[^/]/i;

/**
 * The URL to open in the system browser, normalised, when it is https on an allowlisted origin, without
 * user name or password; otherwise undefined. Origins are compared exactly, so `paypro.example.evil.com`
 * or `paypro.example@evil.com` never pass for `paypro.example`.
 */
export function externalUrlToOpen(url: string, allowlist: readonly string[]): string | undefined {
  if (AMBIGUOUS_CHARACTERS.test(url) || !PLAIN_HTTPS_START.test(url)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') return undefined;
  return allowlist.includes(parsed.origin) ? parsed.href : undefined;
}

export function isAllowedExternalUrl(url: string, allowlist: readonly string[]): boolean {
  return externalUrlToOpen(url, allowlist) !== undefined;
}
