import { expect, test } from './support/fixtures.ts';
import { chargeVa, readable, startedPayment, typeOnKeypad } from './support/helpers.ts';

test('partial: paid vs due, then one tap collects the rest as a new order linked to the first', async ({ page, core, traffic }) => {
  await typeOnKeypad(page, '100000');
  await chargeVa(page);
  await expect(page.getByTestId('va-number')).toBeVisible();
  const first = startedPayment(traffic);

  core.simulator?.settle(first.tradeNo, 'partial', { payAmount: 60_000 });
  await expect(page.getByTestId('partial-screen')).toBeVisible();
  expect(readable(await page.getByTestId('partial-amounts').textContent())).toBe('Rp 60.000 dari Rp 100.000');
  const collect = page.getByTestId('collect-rest');
  await expect(collect).toBeFocused();
  expect(readable(await collect.textContent())).toBe('Tagih sisanya Rp 40.000');

  await collect.click();
  await expect(page.getByTestId('va-number')).toBeVisible();
  expect(readable(await page.getByTestId('payment-amount').textContent())).toBe('Rp 40.000');

  const ledger = core.simulator?.ledger() ?? [];
  expect(ledger.map((order) => [order.amount, order.channelCode])).toEqual([[100_000, 'VA'], [40_000, 'VA']]);
  const rest = ledger[1]?.tradeNo ?? '';
  expect(await core.invoke('getPayment', { tradeNo: rest })).toMatchObject({ ok: true, value: { parentTradeNo: first.tradeNo, amount: 40_000 } });
  await expect(page.getByTestId('va-number')).toHaveAttribute('data-va', ledger[1]?.vaNumber ?? 'missing');
});

test('partial with a rest below the minimum: take it in cash, nothing more is charged', async ({ page, core, traffic }) => {
  await typeOnKeypad(page, '15000');
  await page.getByTestId('charge-qris').click();
  await expect(page.getByTestId('qris-canvas')).toBeVisible();
  core.simulator?.settle(startedPayment(traffic).tradeNo, 'partial', { payAmount: 10_000 });
  await expect(page.getByTestId('partial-screen')).toBeVisible();
  await expect(page.getByTestId('collect-rest')).toHaveCount(0);
  expect(readable(await page.getByTestId('partial-rest').textContent())).toBe('Sisa Rp 5.000 di bawah minimum Paypro: terima tunai.');
  await page.getByTestId('new-sale').click();
  await expect(page.getByTestId('amount-display')).toHaveText(/Rp\s0/);
  expect(core.simulator?.ledger()).toHaveLength(1);
});
