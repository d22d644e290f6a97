import { expect, test } from './support/fixtures.ts';
import { chargeVa, readable, startedPayment, typeOnKeypad } from './support/helpers.ts';

test('demo: "Simulasikan pembayaran pelanggan" pays the open QRIS charge; DEMO shows on every screen', async ({ page, traffic }) => {
  const badge = page.getByTestId('demo-badge');
  await expect(badge).toBeVisible();
  await typeOnKeypad(page, '50000');
  await page.getByTestId('charge-qris').click();
  await expect(page.getByTestId('qris-canvas')).toBeVisible();
  await expect(badge).toBeVisible();

  await page.getByTestId('simulate-payment').click();
  await expect(page.getByTestId('paid-screen')).toBeVisible();
  await expect(badge).toBeVisible();
  expect(readable(await page.getByTestId('paid-amount').textContent())).toBe('Rp 50.000');
  const simulated = traffic.find((entry) => entry.kind === 'invoke' && entry.name === 'simulateCustomerPayment');
  expect(simulated?.kind === 'invoke' && simulated.request).toEqual({ tradeNo: startedPayment(traffic).tradeNo, outcome: 'paid' });
});

test('expired at the gateway (00029): the calm "time is up" screen, Charge again focused, Back keeps the amount', async ({ page, core, traffic }) => {
  await typeOnKeypad(page, '25000');
  await chargeVa(page);
  await expect(page.getByTestId('va-number')).toBeVisible();

  core.simulator?.settle(startedPayment(traffic).tradeNo, 'expired');
  await expect(page.getByTestId('expired-screen')).toBeVisible();
  await expect(page.locator('.app')).toHaveAttribute('data-screen', 'expired');
  await expect(page.getByTestId('charge-again')).toBeFocused();
  await page.getByTestId('back').click();
  await expect(page.getByTestId('amount-display')).toHaveText(/Rp\s25\.000/);
});

test('failed at the gateway: the red screen gives the reason and the gateway\'s words, in readable type', async ({ page, core, traffic }) => {
  await typeOnKeypad(page, '25000');
  await page.getByTestId('charge-qris').click();
  await expect(page.getByTestId('qris-canvas')).toBeVisible();

  core.simulator?.settle(startedPayment(traffic).tradeNo, 'failed');
  await expect(page.getByTestId('failed-screen')).toBeVisible();
  await expect(page.locator('.app')).toHaveAttribute('data-screen', 'declined');
  await expect(page.getByTestId('failure-reason')).toHaveAttribute('data-code', 'PAYMENT_FAILED');
  // Paypro's own words wait behind "Detail".
  await expect(page.getByTestId('failure-detail')).toBeHidden();
  await page.getByTestId('failure-details').click();
  await expect(page.getByTestId('failure-detail')).toHaveText('Keterangan Paypro: 00032 — UNKNOWN_ERROR');
  const detailSize = await page.getByTestId('failure-detail').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(detailSize).toBeGreaterThanOrEqual(18);
  await expect(page.getByTestId('safe-to-retry')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('amount-display')).toHaveText(/Rp\s25\.000/);
});

test('partial: the amber screen shows what was paid of the total', async ({ page, core, traffic }) => {
  await typeOnKeypad(page, '25000');
  await chargeVa(page);
  await expect(page.getByTestId('va-number')).toBeVisible();

  core.simulator?.settle(startedPayment(traffic).tradeNo, 'partial', { payAmount: 10_000 });
  await expect(page.getByTestId('partial-screen')).toBeVisible();
  expect(readable(await page.getByTestId('partial-amounts').textContent())).toBe('Rp 10.000 dari Rp 25.000');
});

test('below the minimum both charge buttons stay disabled and the hint names the minimum', async ({ page, traffic }) => {
  await typeOnKeypad(page, '5000');
  await expect(page.getByTestId('charge-qris')).toBeDisabled();
  await expect(page.getByTestId('charge-va')).toBeDisabled();
  expect(readable(await page.getByTestId('charge-hint').textContent())).toBe('Nominal di bawah minimum. Minimal Rp 10.000.');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('amount-display')).toHaveText(/Rp\s5\.000/);
  expect(traffic.some((entry) => entry.kind === 'invoke' && entry.name === 'startPayment')).toBe(false);
});

test('above the QRIS ceiling only QRIS is disabled, with a hint to use another method', async ({ page }) => {
  await typeOnKeypad(page, '10000001');
  await expect(page.getByTestId('charge-qris')).toBeDisabled();
  await expect(page.getByTestId('charge-va')).toBeEnabled();
  await expect(page.getByTestId('charge-dana')).toBeEnabled();
  expect(readable(await page.getByTestId('charge-hint').textContent())).toBe('QRIS maksimal Rp 10.000.000. Pakai metode lain untuk nominal ini.');
});
