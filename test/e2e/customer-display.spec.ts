import type { Page } from '@playwright/test';
import type { PaymentView } from '../../shared/ipc/contract.ts';
import { expect, test } from './support/fixtures.ts';
import { chargeVa, decodeQrOnScreen, readable, startedPayment, typeOnKeypad } from './support/helpers.ts';
import { expectNothingClipped } from './support/layout.ts';

/**
 * The customer display (customer.html) in Chromium, opened with the customer role beside the cashier's page,
 * both on the real core: it follows what the cashier charges, shows only what the customer needs, and takes
 * no input at all.
 */
const PAYER = { username: 'Budi Santoso', mobile: '081298765432', email: 'budi.santoso@contoh.co.id' };
test.use({ settingsText: JSON.stringify({ storeName: 'Toko Sinar Jaya', payer: PAYER }) });

const SIZES = [{ width: 1024, height: 768 }, { width: 1366, height: 768 }, { width: 1920, height: 1080 }];

/** Big enough for a step away, and nothing a customer could press or should not read. */
async function expectCustomerSafe(customer: Page): Promise<void> {
  await expect(customer.locator('button, input, select, textarea, a[href]')).toHaveCount(0);
  const text = await customer.locator('body').innerText();
  for (const detail of Object.values(PAYER)) expect(text, 'payer details on the customer display').not.toContain(detail);
  for (const size of SIZES) {
    await customer.setViewportSize(size);
    await expectNothingClipped(customer);
  }
}

test('follows a QRIS payment from the welcome to the QR, the thank-you, and back to the welcome', async ({ page, customerPage, core, traffic }) => {
  const welcome = customerPage.getByTestId('customer-welcome');
  await expect(welcome).toBeVisible();
  await expect(customerPage.getByTestId('customer-welcome-store')).toHaveText('Toko Sinar Jaya');
  await expect(welcome).toContainText('Selamat datang');
  await expect(welcome).toContainText('Welcome');
  await expectCustomerSafe(customerPage);

  await typeOnKeypad(page, '25000');
  await page.getByTestId('charge-qris').click();
  await expect(customerPage.getByTestId('customer-awaiting')).toBeVisible();
  const { tradeNo } = startedPayment(traffic);
  expect(readable(await customerPage.getByTestId('customer-amount').textContent())).toBe('Rp 25.000');
  expect(await decodeQrOnScreen(customerPage)).toBe(core.simulator?.order(tradeNo)?.qrString);
  await expect(customerPage.getByTestId('customer-countdown')).toContainText(/Sisa waktu 1[45]:\d\d/);
  await expect(customerPage.getByTestId('customer-status')).toContainText('Menunggu pembayaran Anda');
  await expect(customerPage.getByTestId('customer-status')).toContainText('Waiting for your payment');
  await expect(customerPage.getByTestId('customer-store-name')).toHaveText('Toko Sinar Jaya');
  await expectCustomerSafe(customerPage);

  core.simulator?.settle(tradeNo, 'paid');
  const thanks = customerPage.getByTestId('customer-thanks');
  await expect(thanks).toBeVisible();
  await expect(thanks).toContainText('LUNAS');
  await expect(thanks).toContainText('Terima kasih!');
  await expect(thanks).toContainText('Thank you!');
  expect(readable(await customerPage.getByTestId('customer-paid-amount').textContent())).toBe('Rp 25.000');
  await expectCustomerSafe(customerPage);
  // The cashier has not even left LUNAS yet: the customer's screen goes back to the welcome on its own.
  await expect(welcome).toBeVisible({ timeout: 10_000 });
  await expect(page.getByTestId('paid-screen')).toBeVisible();

  // The customer page's API is the customer role's, and the core refuses it the rest even when asked directly.
  const probe = await customerPage.evaluate(async (no) => {
    const direct = (window as unknown as { __kasirInvoke(name: string, payload: unknown): Promise<unknown> }).__kasirInvoke;
    return {
      api: Object.keys(window.kasir).sort(),
      start: await direct('startPayment', { amount: 25_000, method: 'QRIS' }),
      cancel: await direct('cancelPayment', { tradeNo: no }),
      get: await direct('getPayment', { tradeNo: no }),
    };
  }, tradeNo);
  expect(probe.api).toEqual(['getAppInfo', 'getCounterPayment', 'onAppInfoChanged', 'onPaymentUpdated']);
  for (const answer of [probe.start, probe.cancel, probe.get]) expect(answer).toMatchObject({ ok: false, code: 'FORBIDDEN_ROLE' });
});

test('VA: the number in blocks of four with its bank; a partial payment says paid X of Y, until the cashier moves on', async ({ page, customerPage, core, traffic }) => {
  await expect(customerPage.getByTestId('customer-welcome')).toBeVisible();
  await typeOnKeypad(page, '25000');
  await chargeVa(page, 'BNI');
  await expect(customerPage.getByTestId('customer-va')).toBeVisible();
  const { tradeNo } = startedPayment(traffic);
  const grouped = (core.simulator?.order(tradeNo)?.vaNumber ?? '').match(/.{1,4}/g)?.join(' ');
  expect(grouped).toBeTruthy();
  await expect(customerPage.getByTestId('customer-va-number')).toHaveText(grouped ?? '');
  await expect(customerPage.getByTestId('customer-va-bank')).toHaveText('BNI');
  expect(readable(await customerPage.getByTestId('customer-amount').textContent())).toBe('Rp 25.000');
  await expectCustomerSafe(customerPage);

  core.simulator?.settle(tradeNo, 'partial', { payAmount: 10_000 });
  const partial = customerPage.getByTestId('customer-partial');
  await expect(partial).toBeVisible();
  expect(readable(await customerPage.getByTestId('customer-partial-amounts').textContent())).toContain('Rp 10.000 dari Rp 25.000');
  await expect(partial).toContainText('Silakan tanyakan ke kasir');
  await expectCustomerSafe(customerPage);

  await page.getByTestId('new-sale').click();
  await expect(customerPage.getByTestId('customer-welcome')).toBeVisible();
});

test('the longest amounts (10 digits) fit: the VA, paid X of Y, a payment page QR and the thank-you', async ({ page, customerPage, core, traffic }) => {
  await typeOnKeypad(page, '9999999999');
  await chargeVa(page, 'BCA');
  await expect(customerPage.getByTestId('customer-va')).toBeVisible();
  expect(readable(await customerPage.getByTestId('customer-amount').textContent())).toBe('Rp 9.999.999.999');
  await expectCustomerSafe(customerPage);
  core.simulator?.settle(startedPayment(traffic).tradeNo, 'partial', { payAmount: 5_000_000_000 });
  await expect(customerPage.getByTestId('customer-partial')).toBeVisible();
  await expectCustomerSafe(customerPage);
  await page.getByTestId('new-sale').click();

  await typeOnKeypad(page, '9999999999');
  await page.getByTestId('charge-dana').click();
  await expect(customerPage.getByTestId('qris-canvas')).toHaveAttribute('data-ready', 'true');
  await expectCustomerSafe(customerPage);
  core.simulator?.settle(startedPayment(traffic).tradeNo, 'paid');
  await expect(customerPage.getByTestId('customer-thanks')).toBeVisible();
  await expectCustomerSafe(customerPage);
});

test('a cancelled payment leaves the customer display at once, and its late money never reaches it', async ({ page, customerPage, core, traffic }) => {
  await typeOnKeypad(page, '25000');
  await page.getByTestId('charge-qris').click();
  await expect(customerPage.getByTestId('customer-awaiting')).toBeVisible();
  const { tradeNo } = startedPayment(traffic);

  await page.getByTestId('cancel-payment').click();
  await page.getByTestId('cancel-confirm').click();
  await expect(customerPage.getByTestId('customer-welcome')).toBeVisible();

  core.simulator?.settle(tradeNo, 'paid');
  await expect(page.getByTestId('late-alert')).toBeVisible();
  const customerUpdates = traffic.flatMap((entry) => (entry.kind === 'event' && entry.role === 'customer' && entry.name === 'paymentUpdated' ? [entry.payload as PaymentView] : []));
  expect(customerUpdates.map((view) => [view.state, view.onCounter])).toEqual([['creating', true], ['awaiting', true], ['cancelled', false]]);
  await expect(customerPage.getByTestId('customer-welcome')).toBeVisible();
});

test('time up or a failed payment: a neutral "please ask the cashier", nothing more', async ({ page, customerPage, core, traffic }) => {
  await typeOnKeypad(page, '25000');
  await page.getByTestId('charge-qris').click();
  await expect(customerPage.getByTestId('customer-awaiting')).toBeVisible();
  core.simulator?.settle(startedPayment(traffic).tradeNo, 'expired');
  const ask = customerPage.getByTestId('customer-ask-cashier');
  await expect(ask).toBeVisible();
  expect(readable(await ask.innerText()).replace(/\s+/g, ' ')).toBe('Silakan tanyakan ke kasir Please ask the cashier');
  await expectCustomerSafe(customerPage);
});

test.describe('one monitor: the cashier turns the screen towards the customer', () => {
  const toggles: string[] = [];
  let layout: 'toggle' | 'second-screen' = 'toggle';
  const layoutListeners = new Set<() => void>();
  test.use({
    customerDisplay: {
      toggle: async () => (toggles.push('toggle'), toggles.length % 2 === 1),
      layout: () => layout,
      onLayoutChange: (listener) => (layoutListeners.add(listener), () => layoutListeners.delete(listener)),
    },
  });

  test('the top bar offers "Layar pelanggan", which asks main to toggle; it goes when a second monitor comes', async ({ page }) => {
    const button = page.getByTestId('customer-view-toggle');
    await expect(button).toHaveText('Layar pelanggan');
    await expect(button).toHaveAttribute('title', 'Esc: kembali ke kasir');
    await page.setViewportSize({ width: 1024, height: 768 });
    await expectNothingClipped(page);
    await button.click();
    await expect.poll(() => toggles.length).toBe(1);

    layout = 'second-screen';
    for (const listener of layoutListeners) listener();
    await expect(button).toHaveCount(0);
  });
});
