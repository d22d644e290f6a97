import type { WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * hardenWebContents' window-open handler with Electron mocked: every new window is denied, and only an
 * allowlisted https page reaches the system browser, as the URL the check parsed. (The till's own allowlist
 * is empty; the built main process is checked with it in main-process.test.ts.)
 */
const opened = vi.hoisted(() => ({ urls: [] as string[], fail: false }));
vi.mock('electron', () => ({
  shell: {
    openExternal: async (url: string) => {
      opened.urls.push(url);
      if (opened.fail) throw new Error('no browser');
    },
  },
  BrowserWindow: class {},
  session: {},
}));
const { hardenWebContents } = await import('../../electron/main/window.ts');

type OpenHandler = (details: { url: string }) => { action: string };

function harden(allowlist?: readonly string[]): OpenHandler {
  let handler: OpenHandler | undefined;
  const contents = { on: () => contents, setWindowOpenHandler: (fn: OpenHandler) => { handler = fn; } };
  hardenWebContents(contents as unknown as WebContents, undefined, allowlist);
  if (!handler) throw new Error('no window-open handler was set');
  return handler;
}

beforeEach(() => {
  opened.urls = [];
  opened.fail = false;
});

describe('window.open and target=_blank', () => {
  it('with the till’s allowlist: denied, and nothing opens outside', () => {
    const open = harden();
    for (const url of ['https://paypro.example/', 'https://evil.example/', 'http://evil.example/', 'javascript:alert(1)']) {
      expect(open({ url })).toEqual({ action: 'deny' });
    }
    expect(opened.urls).toEqual([]);
  });

  it('with an allowlisted origin: still denied inside Kasir, opened in the system browser, normalised', () => {
    const open = harden(['https://paypro.example']);
    expect(open({ url: 'HTTPS://PayPro.Example:443/merchant' })).toEqual({ action: 'deny' });
    expect(open({ url: 'https://paypro.example@evil.com/' })).toEqual({ action: 'deny' });
    expect(open({ url: 'https://paypro.example.evil.com/' })).toEqual({ action: 'deny' });
    expect(opened.urls).toEqual(['https://paypro.example/merchant']);
  });

  it('a browser that fails to start leaves main running', async () => {
    opened.fail = true;
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      expect(harden(['https://paypro.example'])({ url: 'https://paypro.example/' })).toEqual({ action: 'deny' });
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(opened.urls).toEqual(['https://paypro.example/']);
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
