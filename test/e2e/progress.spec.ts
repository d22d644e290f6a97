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
  expect(core.simulator?.requests().find((entry) => entry.endpoint === 'payIn')?.faults, 'the slow answer really was slow').toEqual(['latency']);
});

test('an unreadable gateway answer shows "checking, do not charge again" until the gateway answers', async ({ page, core, traffic }) => {
  // payIn's answer is unreadable and so are the queries at first: Kasir cannot know yet whether the order exists.
  core.simulator?.setFaults({ malformedJson: true, endpoints: ['payIn', 'queryPayInResult'] });
  await typeOnKeypad(page, '25000');
  await page.getByTestId('charge-qris').click();
  const checking = page.getByTestId('checking-screen');
  await expect(checking).toContainText('Memeriksa dengan Paypro…');
  await expect(checking).toContainText('Jangan tagih ulang');
  const unreadable = core.simulator?.requests().filter((entry) => entry.faults?.includes('malformedJson')).map((entry) => entry.endpoint) ?? [];
  expect(unreadable).toContain('payIn');
  await expect.poll(() => core.simulator?.requests().filter((entry) => entry.endpoint === 'queryPayInResult' && entry.faults?.includes('malformedJson')).length).toBeGreaterThan(0);

  core.simulator?.settle(startedPayment(traffic).tradeNo, 'paid');
  core.simulator?.setFaults(undefined);
  await expect(page.getByTestId('paid-screen')).toBeVisible();
  expect(core.simulator?.ledger()).toHaveLength(1);
});

test('an order whose payment details were lost: "nothing charged, safe to retry" with Try again, not left waiting', async ({ page, core }) => {
  core.simulator?.setFaults({ malformedJson: true, endpoints: ['payIn'], remaining: 1 });
  await typeOnKeypad(page, '25000');
  await page.getByTestId('charge-qris').click();
  await expect(page.getByTestId('failed-screen')).toContainText('kode QR / nomor VA tidak bisa ditampilkan');
  await expect(page.getByTestId('safe-to-retry')).toBeVisible();
  await expect(page.getByTestId('charge-again')).toBeFocused();
  await expect(page.getByTestId('charge-again')).toHaveText('Coba lagi');
  await expect(page.getByTestId('back')).toHaveText('Pakai metode lain');
  expect(core.simulator?.ledger()).toHaveLength(1);
  expect(core.simulator?.requests().find((entry) => entry.endpoint === 'payIn')?.faults).toEqual(['malformedJson']);
});
