import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { KasirApi, PaymentView } from '../../../shared/ipc/contract.ts';
import { KasirApiContext } from '../../../renderer/api-context.ts';
import { CustomerApp } from '../../../renderer/customer/CustomerApp.tsx';
import type { CustomerApi } from '../../../renderer/customer/customer-store.ts';
import { customerStore, followCounter, resetCustomerStore, selectCustomerScreen } from '../../../renderer/customer/customer-store.ts';
import { TopBar } from '../../../renderer/shell/TopBar.tsx';
import { kasirStore, resetStore } from '../../../renderer/store/index.ts';
import { demoInfo, view } from './fixtures.ts';

const screen = () => selectCustomerScreen(customerStore.getState());
const shown = () => customerStore.getState().payment;
const update = (overrides: Partial<PaymentView>) => customerStore.getState().paymentUpdated(view(overrides));

beforeEach(() => {
  resetCustomerStore();
  resetStore();
});

describe('customer display store', () => {
  it('welcome until main tells of a payment on the counter; then its screen, by state', () => {
    expect(screen()).toBe('welcome');
    update({ tradeNo: 'A', revision: 1, state: 'creating' });
    expect(screen()).toBe('preparing');
    update({ tradeNo: 'A', revision: 2, state: 'awaiting' });
    expect(screen()).toBe('awaiting');
    update({ tradeNo: 'A', revision: 3, state: 'partial', paidAmount: 10_000 });
    expect(screen()).toBe('partial');
    for (const state of ['expired', 'declined', 'stranded', 'notCreated', 'unpaid', 'cancelled'] as const) {
      update({ tradeNo: 'A', revision: 10 + ['expired', 'declined', 'stranded', 'notCreated', 'unpaid', 'cancelled'].indexOf(state), state });
      expect(screen(), state).toBe('askCashier');
    }
  });

  it('orders updates by revision: an older one never replaces a newer one', () => {
    update({ tradeNo: 'A', revision: 5, state: 'awaiting' });
    update({ tradeNo: 'A', revision: 4, state: 'creating' });
    expect(shown()?.revision).toBe(5);
  });

  it('a payment that leaves the counter unpaid takes the screen back to the welcome at once', () => {
    update({ tradeNo: 'A', revision: 2, state: 'awaiting' });
    update({ tradeNo: 'A', revision: 3, state: 'cancelled', onCounter: false });
    expect(screen()).toBe('welcome');
  });

  it('paid: thank-you (even when the cashier moves on at once), then the welcome, and that payment never comes back', () => {
    update({ tradeNo: 'A', revision: 2, state: 'awaiting' });
    update({ tradeNo: 'A', revision: 3, state: 'paid', paidAmount: 25_000 });
    update({ tradeNo: 'A', revision: 4, state: 'paid', paidAmount: 25_000, onCounter: false });
    expect(screen()).toBe('thanks');
    customerStore.getState().thanksOver('A');
    expect(screen()).toBe('welcome');
    update({ tradeNo: 'A', revision: 5, state: 'paid', paidAmount: 25_000 });
    expect(screen()).toBe('welcome');
  });

  it('the next customer’s payment replaces whatever was shown; one not on the counter is ignored', () => {
    update({ tradeNo: 'A', revision: 2, state: 'expired' });
    update({ tradeNo: 'B', revision: 1, state: 'creating' });
    expect(shown()?.tradeNo).toBe('B');
    update({ tradeNo: 'C', revision: 9, state: 'paid', onCounter: false, lateAfter: 'cancelled' });
    expect(shown()?.tradeNo).toBe('B');
  });

  it('follows main: subscribes before it asks, then shows the store name and the payment already on the counter', async () => {
    const calls: string[] = [];
    const api: CustomerApi = {
      getAppInfo: async () => (calls.push('getAppInfo'), { ok: true, value: { ...demoInfo, storeName: 'Toko Sinar' } }),
      getCounterPayment: async () => (calls.push('getCounterPayment'), { ok: true, value: view({ tradeNo: 'A', state: 'paid', paidAmount: 25_000 }) }),
      onPaymentUpdated: () => (calls.push('onPaymentUpdated'), () => {}),
      onAppInfoChanged: () => (calls.push('onAppInfoChanged'), () => {}),
    };
    followCounter(api);
    await vi.waitFor(() => expect(screen()).toBe('thanks'));
    expect(calls).toEqual(['onPaymentUpdated', 'onAppInfoChanged', 'getAppInfo', 'getCounterPayment']);
    expect(customerStore.getState().storeName).toBe('Toko Sinar');
  });
});

describe('customer display screens', () => {
  const render = () => renderToStaticMarkup(createElement(CustomerApp, { api: { onPaymentUpdated: () => () => {} } as unknown as CustomerApi }));

  it('every screen is in Bahasa Indonesia with English beneath it, and has no control at all', () => {
    customerStore.getState().infoLoaded({ ...demoInfo, storeName: 'Toko Sinar' });
    const pages = [render()];
    for (const state of ['creating', 'awaiting', 'paid', 'partial', 'expired'] as const) {
      update({ tradeNo: 'A', revision: pages.length + 1, state, paidAmount: state === 'partial' ? 10_000 : undefined });
      pages.push(render());
    }
    update({ tradeNo: 'B', revision: 1, kind: 'va', method: 'VA', methodLabel: 'BCA', vaNumber: '8808123456789012', qrString: undefined });
    pages.push(render());
    for (const html of pages) {
      expect(html).not.toMatch(/<(button|input|select|textarea|a)\b/);
      expect(html).toContain('lang="id"');
      expect(html).toContain('lang="en"');
    }
    expect(pages[0]).toContain('Toko Sinar');
    expect(pages.at(-1)).toMatch(/data-testid="customer-va-number"[^>]*>8808 1234 5678 9012</);
  });
});

describe('the cashier’s one-monitor toggle', () => {
  const api = { toggleCustomerView: vi.fn(async () => ({ ok: true, value: { shown: true } })) } as unknown as KasirApi;
  const topBar = () => renderToStaticMarkup(createElement(KasirApiContext, { value: api }, createElement(TopBar)));

  it('is in the top bar only when main says there is one monitor', () => {
    for (const layout of ['toggle', 'second-screen', 'none'] as const) {
      kasirStore.getState().appInfoLoaded({ ...demoInfo, customerDisplay: layout });
      expect(topBar().includes('data-testid="customer-view-toggle"'), layout).toBe(layout === 'toggle');
    }
  });
});
