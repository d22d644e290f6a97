import { expect, test } from './support/fixtures.ts';
import { decodeQrOnScreen, startedPayment, typeOnKeypad } from './support/helpers.ts';

// Sandbox mode against a simulator that outlives the app, with the secret in the real keychain: a restart of
// Kasir keeps its journal and must find the same order at the same gateway.
test.use({ liveGateway: true });

test('a restart with a QR on screen brings the same QR back, and the payment still reaches LUNAS', async ({ page, host, gateway, traffic }) => {
  await typeOnKeypad(page, '25000');
  await page.getByTestId('charge-qris').click();
  await expect(page.getByTestId('qris-canvas')).toBeVisible();
  const { tradeNo, revision } = startedPayment(traffic);
  const shown = await decodeQrOnScreen(page);

  await host.restart();
  await page.reload();
  await expect(page.getByTestId('qris-canvas')).toBeVisible();
  expect(await decodeQrOnScreen(page)).toBe(shown);
  expect(shown).toBe(gateway?.order(tradeNo)?.qrString);
  const counter = await host.core.invoke('getCounterPayment', undefined);
  expect(counter).toMatchObject({ ok: true, value: { tradeNo, state: 'awaiting', revision } });

  gateway?.settle(tradeNo, 'paid');
  await expect(page.getByTestId('paid-screen')).toBeVisible();
  expect(gateway?.ledger()).toHaveLength(1);
});
