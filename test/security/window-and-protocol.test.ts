import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, appPaths, resolveAppUrl } from '../../electron/main/paths.ts';
import { CONTENT_SECURITY_POLICY, isAllowedNavigation, isTrustedSender, windowOptions } from '../../electron/main/security.ts';

const root = appPaths('/opt/kasir/resources/app.asar').rendererRoot;

describe('security: the counter window follows the Electron checklist', () => {
  it('is sandboxed and isolated, without Node in the page', () => {
    const prefs = windowOptions('/x/preload.cjs', false).webPreferences;
    expect(prefs).toMatchObject({
      preload: '/x/preload.cjs', sandbox: true, contextIsolation: true, nodeIntegration: false, nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false, webSecurity: true, allowRunningInsecureContent: false, webviewTag: false, devTools: false,
    });
    expect(windowOptions('/x/preload.cjs', true).webPreferences?.devTools).toBe(true);
  });

  it('has a strict content security policy', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('navigates only within app://kasir', () => {
    expect(isAllowedNavigation(APP_ENTRY_URL)).toBe(true);
    expect(isAllowedNavigation('app://kasir/#/paid')).toBe(true);
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html', 'javascript:alert(1)', 'not a url', 'http://kasir/']) {
      expect(isAllowedNavigation(url)).toBe(false);
    }
  });
});

describe('security: development origin', () => {
  it('is trusted only unpackaged, over http on loopback', async () => {
    const { devServerOrigin } = await import('../../electron/main/security.ts');
    expect(devServerOrigin(false, 'http://localhost:5173/')).toBe('http://localhost:5173');
    expect(devServerOrigin(false, 'http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173');
    expect(devServerOrigin(true, 'http://localhost:5173/')).toBeUndefined();
    expect(devServerOrigin(false, undefined)).toBeUndefined();
    for (const url of ['https://localhost:5173', 'http://192.168.1.5:5173', 'http://evil.example', 'file:///x', 'nonsense']) {
      expect(devServerOrigin(false, url), url).toBeUndefined();
    }
    expect(isAllowedNavigation('http://localhost:5173/#x', 'http://localhost:5173')).toBe(true);
    expect(isAllowedNavigation('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAllowedNavigation('http://localhost:5173/')).toBe(false);
  });
});

describe('security: IPC sender check', () => {
  const good = { frameUrl: 'app://kasir/index.html', isMainFrame: true, isOwnWindow: true };
  it('accepts only the top frame of an own window on the app origin', () => {
    expect(isTrustedSender(good)).toBe(true);
    expect(isTrustedSender({ ...good, isMainFrame: false })).toBe(false);
    expect(isTrustedSender({ ...good, isOwnWindow: false })).toBe(false);
    expect(isTrustedSender({ ...good, frameUrl: undefined })).toBe(false);
    expect(isTrustedSender({ ...good, frameUrl: 'https://attacker.example/' })).toBe(false);
    expect(isTrustedSender({ ...good, frameUrl: 'file:///tmp/x.html' })).toBe(false);
  });
});

describe('security: the app:// protocol serves only the renderer folder', () => {
  it('maps app URLs into the folder', () => {
    expect(resolveAppUrl('app://kasir/', root)).toBe(join(root, 'index.html'));
    expect(resolveAppUrl('app://kasir/assets/index-abc.js', root)).toBe(join(root, 'assets/index-abc.js'));
  });

  it('refuses encoded traversal, other hosts and odd encodings', () => {
    for (const url of [
      'app://kasir/assets/..%2f..%2f..%2fsecret', 'app://kasir/..%5c..%5csecret', 'app://other/index.html', 'file:///etc/passwd',
      'app://kasir/%E0%A4%A', 'app://kasir/a%00.js', '::::',
    ]) {
      expect(resolveAppUrl(url, root), url).toBeUndefined();
    }
  });

  it('keeps dot segments the URL parser resolves inside the folder', () => {
    for (const url of ['app://kasir/../../etc/passwd', 'app://kasir/%2e%2e/%2e%2e/etc/passwd']) {
      expect(resolveAppUrl(url, root), url).toBe(join(root, 'etc/passwd'));
    }
  });
});
