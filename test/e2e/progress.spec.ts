import { expect, test } from './support/fixtures.ts';
import { startedPayment, typeOnKeypad } from './support/helpers.ts';

test('while the order is being created the screen says so, and Enter cannot charge a second time', async ({ page, core, traffic }) => {
  core.simulator?.setFaults({ latencyMs: 1_500, endpoints: ['payIn'], remaining: 1 });
  await typeOnKeypad(page, '25000');
  await page.getByTestId('charge-qris').click();
  await expect(page.getByTestId('creating-screen')).toContainText('Membuat tagihan…');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('qris-canvas')).toBeVisible();
  expect(traffic.filter((entry) => entry.kind === 'invoke' && entry.name === 'startPayment')).toHaveLength(1);
  expect(core.simulator?.ledger()).toHaveLength(1);
});

test('an unreadable gateway answer shows "checking, do not charge again" until the gateway answers', async ({ page, core, traffic }) => {
  // payIn's answer is unreadable and so are the queries at first: Kasir cannot know yet whether the order exists.
  core.simulator?.setFaults({ malformedJson: true, endpoints: ['payIn', 'queryPayInResult'] });
  await typeOnKeypad(page, '25000');
  await page.getByTestId('charge-qris').click();
  const checking = page.getByTestId('checking-screen');
  await expect(checking).toContainText('Memeriksa dengan Paypro…');
  await expect(checking).toContainText('Jangan tagih ulang');

  core.simulator?.settle(startedPayment(traffic).tradeNo, 'paid');
  core.simulator?.setFaults(undefined);
  await expect(page.getByTestId('paid-screen')).toBeVisible();
  expect(core.simulator?.ledger()).toHaveLength(1);
});

test('an order whose payment details were lost is failed with "charge again", not left waiting', async ({ page, core }) => {
  core.simulator?.setFaults({ malformedJson: true, endpoints: ['payIn'], remaining: 1 });
  await typeOnKeypad(page, '25000');
  await page.getByTestId('charge-qris').click();
  await expect(page.getByTestId('failed-screen')).toContainText('kode QR / nomor VA tidak bisa ditampilkan');
  expect(core.simulator?.ledger()).toHaveLength(1);
});
