import { expect, test } from './support/fixtures.ts';
import { readable, startedPayment, typeOnKeypad } from './support/helpers.ts';

test('keypad → Bayar VA: the VA number on screen is the gateway order, grouped for reading aloud; paying shows LUNAS', async ({ page, core, traffic }) => {
  await typeOnKeypad(page, '25000');
  const chargeVa = page.getByTestId('charge-va');
  await expect(chargeVa).toContainText(core.info.vaBankName);
  await chargeVa.click();

  const vaNumber = page.getByTestId('va-number');
  await expect(vaNumber).toBeVisible();
  const { tradeNo, method } = startedPayment(traffic);
  expect(method).toBe('VA');
  const order = core.simulator?.order(tradeNo);
  expect(order?.vaNumber).toMatch(/^\d{16}$/);
  await expect(vaNumber).toHaveAttribute('data-va', order?.vaNumber ?? 'missing');
  expect(await vaNumber.textContent()).toBe(order?.vaNumber?.replace(/(\d{4})(?=\d)/g, '$1 '));
  await expect(page.getByTestId('va-bank')).toHaveText(core.info.vaBankName);
  expect(readable(await page.getByTestId('payment-amount').textContent())).toBe('Rp 25.000');

  core.simulator?.settle(tradeNo, 'paid');
  await expect(page.getByTestId('paid-screen')).toBeVisible();
  expect(readable(await page.getByTestId('paid-amount').textContent())).toBe('Rp 25.000');
  await expect(page.getByTestId('paid-screen')).toContainText('VA');
});
