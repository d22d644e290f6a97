import { expect, test } from './support/fixtures.ts';
import { chargeVa, readable, startedPayment, typeOnKeypad } from './support/helpers.ts';
import { pinDialog, setFirstPin } from './support/manager.ts';

test('cancel (Esc, confirmed) returns to the keypad with the amount; a payment after the cancel raises an alert until a manager acknowledges it', async ({ page, core, traffic }) => {
  await typeOnKeypad(page, '25000');
  await page.getByTestId('charge-qris').click();
  await expect(page.getByTestId('qris-canvas')).toBeVisible();
  const { tradeNo } = startedPayment(traffic);

  // Esc asks first; "keep waiting" has the focus, so a second Esc or Enter changes nothing.
  await page.keyboard.press('Escape');
  const dialog = page.getByTestId('cancel-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('cancel-keep')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('qris-screen')).toBeVisible();

  await page.getByTestId('cancel-payment').click();
  await page.getByTestId('cancel-confirm').click();
  await expect(page.getByTestId('amount-display')).toHaveText(/Rp\s25\.000/);
  await expect(page.getByTestId('late-alert')).toHaveCount(0);
  expect(await core.invoke('getPayment', { tradeNo })).toMatchObject({ ok: true, value: { state: 'cancelled', cancelled: true, onCounter: false } });

  // The customer pays anyway: Kasir is still watching the cancelled order.
  core.simulator?.settle(tradeNo, 'paid');
  const alert = page.getByTestId('late-alert');
  await expect(alert).toBeVisible();
  expect(readable(await page.getByTestId('late-payment').textContent())).toContain('Rp 25.000 lewat QRIS dibayar setelah dibatalkan');
  await expect(page.getByTestId('late-payment')).toHaveAttribute('data-trade-no', tradeNo);

  // It stays through a new sale and a reload, until a manager says it was handled (the first time: by setting a PIN).
  await page.reload();
  await expect(alert).toBeVisible();
  await page.getByTestId('acknowledge-late').click();
  await expect(pinDialog(page)).toBeVisible();
  await expect(alert).toBeVisible();
  await setFirstPin(page);
  await expect(alert).toHaveCount(0);
  expect(await core.invoke('getPayment', { tradeNo })).toMatchObject({ ok: true, value: { state: 'paid', lateAfter: 'cancelled', needsAcknowledgement: false } });
  expect(await core.invoke('listLatePayments', undefined)).toEqual({ ok: true, value: [] });
});

test('a cancel that cannot be confirmed says "not sure yet — do not charge again", and turns into LUNAS when the money comes', async ({ page, core, traffic }) => {
  await typeOnKeypad(page, '25000');
  await chargeVa(page);
  await expect(page.getByTestId('va-number')).toBeVisible();
  const { tradeNo } = startedPayment(traffic);

  core.simulator?.setFaults({ http5xx: true, endpoints: ['queryPayInResult'] });
  await page.getByTestId('cancel-payment').click();
  await page.getByTestId('cancel-confirm').click();
  await expect(page.getByTestId('unsure-screen')).toBeVisible();
  await expect(page.getByTestId('unsure-screen')).toContainText('Jangan tagih ulang');
  expect(core.simulator?.requests().some((entry) => entry.faults?.includes('http5xx'))).toBe(true);

  core.simulator?.setFaults(undefined);
  core.simulator?.settle(tradeNo, 'paid');
  await expect(page.getByTestId('paid-screen')).toBeVisible();
  await expect(page.getByTestId('late-notice')).toContainText('Dibayar setelah dibatalkan');
});

test('"creating…" can be cancelled at once, without waiting for the gateway; its late answer is kept, and the order watched', async ({ page, core, traffic }) => {
  core.simulator?.setFaults({ latencyMs: 2_500, endpoints: ['payIn'] });
  await typeOnKeypad(page, '25000');
  await page.getByTestId('charge-qris').click();
  await expect(page.getByTestId('creating-screen')).toBeVisible();
  await page.getByTestId('cancel-payment').click();
  await page.getByTestId('cancel-confirm').click();
  await expect(page.getByTestId('amount-display')).toHaveText(/Rp\s25\.000/);
  expect(traffic.some((entry) => entry.kind === 'invoke' && entry.name === 'startPayment'), 'back before the gateway answered').toBe(false);

  // The gateway's answer arrives later: it does not bring the screen back, and main keeps what it says.
  await expect.poll(() => traffic.some((entry) => entry.kind === 'invoke' && entry.name === 'startPayment'), { timeout: 6_000 }).toBe(true);
  await expect(page.getByTestId('amount-display')).toHaveText(/Rp\s25\.000/);
  const [order] = core.simulator?.ledger() ?? [];
  expect(await core.invoke('getPayment', { tradeNo: order?.tradeNo ?? '' })).toMatchObject({
    ok: true, value: { state: 'cancelled', platFormTradeNo: order?.platFormTradeNo, onCounter: false },
  });
});
