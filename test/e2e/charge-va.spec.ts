import { expect, test } from './support/fixtures.ts';
import { readable, startedPayment, typeOnKeypad } from './support/helpers.ts';

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
