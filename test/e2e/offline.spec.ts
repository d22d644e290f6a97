import { expect, test } from './support/fixtures.ts';
import { startedPayment, typeOnKeypad } from './support/helpers.ts';
import { expectNothingClipped, screenshotPath } from './support/layout.ts';

const startCalls = (traffic: readonly { kind: string; name?: string }[]) =>
  traffic.filter((entry) => entry.kind === 'invoke' && entry.name === 'startPayment').length;

/**
 * "Paypro unreachable — cash only", end to end: the demo till's simulator stops answering altogether, the QR on
 * screen keeps its own honest status, the probe confirms the outage, the keypad offers no method until the probe
 * finds Paypro again, and then charging works with no restart and no tap.
 */
test('Paypro unreachable: a banner, every method disabled, and the methods back by themselves when Paypro answers', async ({ page, core, clock, traffic }) => {
  await typeOnKeypad(page, '25000');
  await page.getByTestId('charge-qris').click();
  await expect(page.getByTestId('qris-canvas')).toHaveAttribute('data-ready', 'true');
  startedPayment(traffic);

  core.simulator?.setFaults({ drop: true });
  // The payment already on screen says what it knows: the connection is interrupted, not "unpaid".
  await expect(page.getByTestId('payment-status')).toHaveAttribute('data-trouble', 'connection');
  await expect.poll(() => core.info.gateway, { message: 'the probe (balance query) confirms the outage' }).toBe('unreachable');
  expect(core.simulator?.requests().some((entry) => entry.endpoint === 'queryBalance' && entry.faults?.includes('drop'))).toBe(true);

  // The cashier lets it go (the gateway cannot confirm the cancel) and is back on the keypad.
  await page.getByTestId('cancel-payment').click();
  await page.getByTestId('cancel-confirm').click();
  await expect(page.getByTestId('unsure-screen')).toBeVisible();
  await page.getByTestId('back').click();

  const banner = page.getByTestId('offline-banner');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('Paypro tidak bisa dihubungi — terima tunai saja');
  // Back keeps the amount of the let-go payment; Esc clears it for the next customer.
  await page.keyboard.press('Escape');
  await typeOnKeypad(page, '50000');
  await expect(page.getByTestId('amount-display')).toContainText('50.000');
  for (const method of await page.locator('[data-method]').all()) await expect(method).toBeDisabled();
  const before = startCalls(traffic);
  await page.keyboard.press('Enter');
  await page.keyboard.press('F1');
  expect(startCalls(traffic), 'neither Enter nor a method key charges while Paypro is unreachable').toBe(before);
  // Main refuses too, should a window ask anyway.
  expect(await core.invoke('startPayment', { amount: 50_000, method: 'QRIS' })).toMatchObject({ ok: false, code: 'GATEWAY_UNREACHABLE' });
  await page.screenshot({ path: screenshotPath('offline', 1280) });
  await expectNothingClipped(page);

  // Paypro is back: the next probe finds it, and the methods return without a tap.
  core.simulator?.setFaults(undefined);
  clock.advance(10_000);
  await expect(banner).toHaveCount(0);
  await expect(page.getByTestId('charge-qris')).toBeEnabled();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('qris-canvas')).toHaveAttribute('data-ready', 'true');
  expect(startCalls(traffic)).toBe(before + 1);
});
