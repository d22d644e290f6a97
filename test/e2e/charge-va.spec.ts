import { expect, test } from './support/fixtures.ts';
import { chargeVa, readable, startedPayment, typeOnKeypad } from './support/helpers.ts';

test('keypad → VA → the customer\'s bank: the VA number on screen is the gateway order, grouped for reading aloud; paying shows LUNAS', async ({ page, core, traffic }) => {
  await typeOnKeypad(page, '25000');
  await page.getByTestId('charge-va').click();
  const chooser = page.getByTestId('choose-bank');
  await expect(chooser).toBeVisible();
  await expect(page.getByTestId('bank-BCA')).toBeFocused();
  await page.getByTestId('bank-BNI').click();

  const vaNumber = page.getByTestId('va-number');
  await expect(vaNumber).toBeVisible();
  const { tradeNo, method } = startedPayment(traffic);
  expect(method).toBe('VA');
  const request = traffic.find((entry) => entry.kind === 'invoke' && entry.name === 'startPayment');
  expect(request?.kind === 'invoke' && request.request).toEqual({ amount: 25_000, method: 'VA', bank: 'BNI' });
  const order = core.simulator?.order(tradeNo);
  expect(order?.vaNumber).toMatch(/^\d{16}$/);
  await expect(vaNumber).toHaveAttribute('data-va', order?.vaNumber ?? 'missing');
  expect(await vaNumber.textContent()).toBe(order?.vaNumber?.replace(/(\d{4})(?=\d)/g, '$1 '));
  await expect(page.getByTestId('va-bank')).toHaveText('BNI');
  expect(core.simulator?.order(tradeNo)?.wayCode).toBe('BNI');
  expect(readable(await page.getByTestId('payment-amount').textContent())).toBe('Rp 25.000');

  core.simulator?.settle(tradeNo, 'paid');
  await expect(page.getByTestId('paid-screen')).toBeVisible();
  expect(readable(await page.getByTestId('paid-amount').textContent())).toBe('Rp 25.000');
  await expect(page.getByTestId('paid-screen')).toContainText('Dibayar dengan VA BNI');
});

test('"charge again" after a VA expired charges the same bank, without asking again', async ({ page, core, traffic }) => {
  await typeOnKeypad(page, '25000');
  await chargeVa(page, 'BNI');
  await expect(page.getByTestId('va-number')).toBeVisible();
  core.simulator?.settle(startedPayment(traffic).tradeNo, 'expired');
  await expect(page.getByTestId('expired-screen')).toBeVisible();
  await page.getByTestId('charge-again').click();
  await expect(page.getByTestId('va-number')).toBeVisible();
  await expect(page.getByTestId('choose-bank')).toHaveCount(0);
  const second = startedPayment(traffic);
  expect(core.simulator?.order(second.tradeNo)?.wayCode).toBe('BNI');
  await expect(page.getByTestId('va-bank')).toHaveText('BNI');
});

test('the VA number can be copied whole (no spaces), and the paying steps name the bank and the exact amount', async ({ page, context, core, traffic }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await typeOnKeypad(page, '125000');
  await page.getByTestId('charge-va').click();
  await page.getByTestId('bank-MANDIRI').click();
  await expect(page.getByTestId('va-number')).toBeVisible();
  const { tradeNo } = startedPayment(traffic);
  const vaNumber = core.simulator?.order(tradeNo)?.vaNumber ?? 'missing';

  await page.getByTestId('copy-va').click();
  await expect(page.getByTestId('copy-va')).toHaveAttribute('data-copied', 'true');
  await expect(page.getByTestId('copy-va')).toHaveText('Disalin');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(vaNumber);

  const steps = page.getByTestId('va-steps').locator('li');
  await expect(steps).toHaveCount(2);
  expect(readable(await steps.nth(0).textContent())).toBe('Buka m-banking atau ATM Mandiri, pilih Transfer › Virtual Account.');
  expect(readable(await steps.nth(1).textContent())).toBe('Masukkan nomor di atas dan bayar tepat Rp 125.000.');
  await expect(page.getByTestId('countdown')).toContainText('Bayar sebelum');
});
