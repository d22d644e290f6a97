import { createElement } from 'react';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AppInfo, KasirApi, PaymentFailure } from '../../../shared/ipc/contract.ts';
import { KasirApiContext } from '../../../renderer/api-context.ts';
import { QrScreen } from '../../../renderer/payment/QrScreen.tsx';
import { FailedScreen, unconfirmedCodeOf } from '../../../renderer/result/FailedScreen.tsx';
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

describe('a refusal with a Paypro code this till only guesses', () => {
  const refused = { code: 'GATEWAY_REJECTED' as const, gatewayCode: '9999', detail: 'refused' };
  const vaInfo: AppInfo = {
    ...demoInfo,
    methods: demoInfo.methods.map((method) => (method.id === 'VA' ? { ...method, banks: [{ id: 'BCA', name: 'BCA', toConfirm: true }, { id: 'BNI', name: 'BNI', toConfirm: false }] } : method)),
  };
  const va = (bank: string, failure: PaymentFailure = refused) => view({ state: 'notCreated', method: 'VA', kind: 'va', methodLabel: bank, bank, qrString: undefined, qr: undefined, failure });

  it('names the bank whose code is to confirm, and only on a gateway refusal', () => {
    expect(unconfirmedCodeOf(va('BCA'), vaInfo)).toBe('BCA');
    expect(unconfirmedCodeOf(va('BNI'), vaInfo), 'a confirmed code is not blamed').toBeUndefined();
    expect(unconfirmedCodeOf(va('BCA', { code: 'GATEWAY_UNREACHABLE' as const, gatewayCode: undefined, detail: '' }), vaInfo)).toBeUndefined();
    const html = render(createElement(FailedScreen, { payment: va('BCA') }), vaInfo);
    expect(html).toContain('data-testid="code-unconfirmed"');
    expect(html).toContain('Kode BCA untuk Paypro belum dikonfirmasi');
  });

  it('names an e-wallet marked to confirm, not one Paypro attested', () => {
    const wallets: AppInfo = { ...demoInfo, methods: [...demoInfo.methods, { ...demoInfo.methods[2]!, id: 'OVO', label: 'OVO', toConfirm: true }] };
    const wallet = (id: string) => view({ state: 'notCreated', method: id, kind: 'ewallet', methodLabel: id, qrString: undefined, qr: undefined, failure: refused });
    expect(unconfirmedCodeOf(wallet('OVO'), wallets)).toBe('OVO');
    expect(unconfirmedCodeOf(wallet('DANA'), wallets)).toBeUndefined();
  });
});
