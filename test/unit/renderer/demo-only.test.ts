import { createElement } from 'react';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AppInfo, KasirApi } from '../../../shared/ipc/contract.ts';
import { KasirApiContext } from '../../../renderer/api-context.ts';
import { QrScreen } from '../../../renderer/payment/QrScreen.tsx';
import { VaScreen } from '../../../renderer/payment/VaScreen.tsx';
import { TopBar } from '../../../renderer/shell/TopBar.tsx';
import { kasirStore, resetStore } from '../../../renderer/store/index.ts';
import { demoInfo, view } from './fixtures.ts';

/** The API is never called while rendering; a stub that fails loudly if it were. */
const api = new Proxy({} as KasirApi, {
  get: () => () => {
    throw new Error('not expected during render');
  },
});

function render(node: ReactNode, info: AppInfo): string {
  resetStore();
  kasirStore.getState().appInfoLoaded(info);
  return renderToStaticMarkup(createElement(KasirApiContext, { value: api }, node));
}

const screens = {
  'top bar': () => createElement(TopBar),
  'QRIS screen': () => createElement(QrScreen, { payment: view() }),
  'VA screen': () => createElement(VaScreen, { payment: view({ method: 'VA', kind: 'va', methodLabel: 'BCA', qrString: undefined, vaNumber: '8808123456789012' }) }),
};

beforeEach(() => resetStore());

describe('demo-only controls', () => {
  it('demo mode shows the DEMO badge and the simulate button', () => {
    expect(render(screens['top bar'](), demoInfo)).toContain('data-testid="demo-badge"');
    expect(render(screens['QRIS screen'](), demoInfo)).toContain('data-testid="simulate-payment"');
    expect(render(screens['VA screen'](), demoInfo)).toContain('data-testid="simulate-payment"');
  });

  for (const mode of ['sandbox', 'production'] as const) {
    it.each(Object.keys(screens) as (keyof typeof screens)[])(`${mode}: the %s has neither`, (name) => {
      const html = render(screens[name](), { ...demoInfo, mode });
      expect(html).not.toContain('demo-badge');
      expect(html).not.toContain('simulate-payment');
    });
  }

  it('the VA screen shows the raw number in data-va and grouped text', () => {
    const html = render(screens['VA screen'](), { ...demoInfo, mode: 'production' });
    expect(html).toMatch(/data-va="8808123456789012"[^>]*>8808 1234 5678 9012</);
  });
});
