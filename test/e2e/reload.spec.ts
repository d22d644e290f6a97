import { expect, test } from './support/fixtures.ts';
import { decodeQrOnScreen, startedPayment, typeOnKeypad } from './support/helpers.ts';

test('a reloaded window (as after a renderer crash) shows the open payment again and still reaches LUNAS', async ({ page, core, traffic }) => {
  await typeOnKeypad(page, '25000');
  await page.getByTestId('charge-qris').click();
  await expect(page.getByTestId('qris-canvas')).toBeVisible();
  const { tradeNo } = startedPayment(traffic);

  await page.reload();
  await expect(page.getByTestId('qris-canvas')).toBeVisible();
  expect(await decodeQrOnScreen(page)).toBe(core.simulator?.order(tradeNo)?.qrString);

  core.simulator?.settle(tradeNo, 'paid');
  await expect(page.getByTestId('paid-screen')).toBeVisible();
  expect(core.simulator?.ledger()).toHaveLength(1);
});
