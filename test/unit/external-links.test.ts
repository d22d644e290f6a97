import { describe, expect, it } from 'vitest';
import { EXTERNAL_LINK_ALLOWLIST, externalUrlToOpen, isAllowedExternalUrl } from '../../electron/main/external-links.ts';

/** What a page's window.open or target=_blank may hand to the system browser: nothing today, exact origins only. */
const PAYPRO = 'https://paypro.example';

describe('external links: the allowlist', () => {
  it('is empty: the till links to nothing outside itself', () => {
    expect(EXTERNAL_LINK_ALLOWLIST).toEqual([]);
    for (const url of [`${PAYPRO}/`, 'https://example.com/', 'https://github.com/', 'http://localhost:5173/']) {
      expect(isAllowedExternalUrl(url, EXTERNAL_LINK_ALLOWLIST), url).toBe(false);
    }
  });

  it('holds bare https origins only (no path, no slash), or its entries could never match', () => {
    for (const entry of EXTERNAL_LINK_ALLOWLIST) {
      expect(new URL(entry).protocol, entry).toBe('https:');
      expect(new URL(entry).origin, entry).toBe(entry);
    }
  });
});

describe('external links: the check, with one allowlisted origin', () => {
  const allowlist = [PAYPRO];

  it('opens an https page on that origin, normalised', () => {
    expect(isAllowedExternalUrl(`${PAYPRO}/`, allowlist)).toBe(true);
    expect(isAllowedExternalUrl(`${PAYPRO}/merchant/login?next=%2Fhome#top`, allowlist)).toBe(true);
    expect(externalUrlToOpen('HTTPS://PayPro.Example:443/a/../b', allowlist)).toBe(`${PAYPRO}/b`);
  });

  it('refuses http and every scheme that is not https', () => {
    for (const url of [
      'http://paypro.example/', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'file:///etc/passwd', 'data:text/html,<script>1</script>',
      'app://kasir/index.html', 'ftp://paypro.example/', 'wss://paypro.example/', 'blob:https://paypro.example/uuid',
    ]) {
      expect(isAllowedExternalUrl(url, allowlist), url).toBe(false);
    }
  });

  it('refuses other origins and lookalike hosts', () => {
    for (const url of [
      'https://evil.com/', 'https://paypro.example.evil.com/', 'https://evilpaypro.example/', 'https://sub.paypro.example/',
      'https://paypro.example:8443/', 'https://paypro.example./', 'https://paypro.exampIe/', 'https://xn--paypro-example.com/',
    ]) {
      expect(isAllowedExternalUrl(url, allowlist), url).toBe(false);
    }
  });

  it('refuses user-info tricks, even on the allowlisted host', () => {
    for (const url of [
      'https://paypro.example@evil.com/', 'https://paypro.example:443@evil.com/', 'https://user@paypro.example/',
      'https://user:pass@paypro.example/', 'https://:pass@paypro.example/', 'https://evil.com#@paypro.example/',
    ]) {
      expect(isAllowedExternalUrl(url, allowlist), url).toBe(false);
    }
  });

  it('refuses malformed strings and ones another parser could read differently', () => {
    for (const url of [
      '', 'not a url', 'https://', 'https:///paypro.example', '//paypro.example/', 'paypro.example', 'https://[::1/', 'https://pay pro.example/',
      ' https://paypro.example/', 'https://paypro.example/\n', 'https://pay\tpro.example/', 'https:\\\\paypro.example\\',
      'https://paypro.example\\@evil.com/', 'https://paypro.example/\u0000',
    ]) {
      expect(isAllowedExternalUrl(url, allowlist), JSON.stringify(url)).toBe(false);
    }
  });

  it('matches the origin exactly: a path or trailing slash in the allowlist matches nothing', () => {
    expect(isAllowedExternalUrl(`${PAYPRO}/`, [`${PAYPRO}/`])).toBe(false);
    expect(isAllowedExternalUrl(`${PAYPRO}/back-office`, [`${PAYPRO}/back-office`])).toBe(false);
    expect(isAllowedExternalUrl(`${PAYPRO}/`, [])).toBe(false);
  });
});
