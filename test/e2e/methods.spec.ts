import { expect, test } from './support/fixtures.ts';
import { decodeQrOnScreen, readable, startedPayment, typeOnKeypad } from './support/helpers.ts';

test('QRIS says it is QRIS, with the merchant name and NMID the QR itself carries', async ({ page, core, traffic }) => {
  await typeOnKeypad(page, '25000');
  await page.keyboard.press('F1');
  await expect(page.getByTestId('qris-screen')).toBeVisible();
  const { tradeNo } = startedPayment(traffic);
  expect(await decodeQrOnScreen(page)).toBe(core.simulator?.order(tradeNo)?.qrString);
  await expect(page.getByTestId('qr-identity')).toHaveText(/^QRIS · KASIR DEMO · NMID ID10\d{11}$/);
});

for (const wallet of [{ id: 'DANA', key: 'F3', name: 'DANA' }, { id: 'LINKAJA', key: 'F4', name: 'LinkAja' }]) {
  test(`${wallet.name}: its key charges it, and its payment page is the QR for the customer's phone, with a short link`, async ({ page, core, traffic }) => {
    await typeOnKeypad(page, '30000');
    await expect(page.getByTestId(`charge-${wallet.id.toLowerCase()}`)).toContainText(wallet.key);
    await page.keyboard.press(wallet.key);
    await expect(page.getByTestId('link-screen')).toBeVisible();
    const { tradeNo } = startedPayment(traffic);
    const order = core.simulator?.order(tradeNo);
    expect(order).toMatchObject({ kind: 'payIn', channelCode: 'EWALLET', wayCode: wallet.id, amount: 30_000 });
    expect(await decodeQrOnScreen(page)).toBe(order?.paymentUrl);
    await expect(page.getByRole('heading')).toHaveText(`Pindai dengan HP untuk membayar lewat ${wallet.name}`);
    expect(readable(await page.getByTestId('qr-identity').textContent())).toBe(`atau buka ${new URL(order?.paymentUrl ?? 'http://x').host}/__sim/pay/${order?.platFormTradeNo}`);
    core.simulator?.settle(tradeNo, 'paid');
    await expect(page.getByTestId('paid-screen')).toContainText(`Dibayar dengan ${wallet.name}`);
  });
}

test('"customer chooses": a payment link at Paypro\'s hosted cashier, shown as a QR', async ({ page, core, traffic }) => {
  await typeOnKeypad(page, '45000');
  await page.getByTestId('charge-cashier').click();
  await expect(page.getByTestId('link-screen')).toBeVisible();
  const { tradeNo } = startedPayment(traffic);
  const order = core.simulator?.order(tradeNo);
  expect(order).toMatchObject({ kind: 'paymentLink', channelCode: '', amount: 45_000 });
  expect(await decodeQrOnScreen(page)).toBe(order?.paymentUrl);
  core.simulator?.settle(tradeNo, 'paid');
  await expect(page.getByTestId('paid-screen')).toContainText('Dibayar dengan Pilihan pelanggan');
});

test.describe('a catalogue with one more method (settings only, no code)', () => {
  test.use({
    settingsText: JSON.stringify({
      methods: [
        { id: 'QRIS', kind: 'qris', key: 'F1' },
        { id: 'OVO', kind: 'ewallet', label: 'OVO', wayCode: 'OVO', key: 'F6', needsMobile: true },
      ],
    }),
  });

  test('gets its button and key, asks the customer\'s mobile number, and charges through the gateway', async ({ page, core, traffic }) => {
    const ovo = page.getByTestId('charge-ovo');
    await expect(ovo).toContainText('OVO');
    await expect(ovo).toContainText('F6');
    await expect(page.getByTestId('charge-va')).toHaveCount(0);
    await typeOnKeypad(page, '20000');
    await page.keyboard.press('F6');
    await expect(page.getByTestId('choose-mobile')).toBeVisible();
    await page.keyboard.type('0712');
    await expect(page.getByTestId('mobile-submit')).toBeDisabled();
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    for (const digit of '0812345') await page.getByTestId(`mobile-key-${digit}`).click();
    await page.keyboard.type('67890');
    await expect(page.getByTestId('mobile-number')).toHaveText('081234567890');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('link-screen')).toBeVisible();

    const { tradeNo } = startedPayment(traffic);
    const order = core.simulator?.order(tradeNo);
    expect(order).toMatchObject({ channelCode: 'EWALLET', wayCode: 'OVO', mobile: '081234567890', amount: 20_000 });
    expect(await decodeQrOnScreen(page)).toBe(order?.paymentUrl);
    const request = traffic.find((entry) => entry.kind === 'invoke' && entry.name === 'startPayment');
    expect(request?.kind === 'invoke' && request.request).toEqual({ amount: 20_000, method: 'OVO', mobile: '081234567890' });
  });
});
