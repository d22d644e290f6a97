import { expect, test } from './support/fixtures.ts';
import { decodeQrOnScreen, readable, startedPayment, typeOnKeypad } from './support/helpers.ts';

test.describe('QRIS at the counter', () => {
  test('keypad → Bayar QRIS: the QR on screen is the gateway order, paying shows LUNAS, New sale clears', async ({ page, core, traffic }) => {
    const amount = page.getByTestId('amount-display');
    await expect(amount).toHaveText(/Rp\s0/);
    await typeOnKeypad(page, '25000');
    expect(readable(await amount.textContent())).toBe('Rp 25.000');

    await page.getByTestId('charge-qris').click();
    await expect(page.getByTestId('qris-canvas')).toBeVisible();
    expect(readable(await page.getByTestId('payment-amount').textContent())).toBe('Rp 25.000');
    await expect(page.getByRole('heading', { name: 'Pindai untuk membayar' })).toBeVisible();
    await expect(page.getByTestId('payment-status')).toHaveAttribute('aria-live', 'polite');

    const { tradeNo } = startedPayment(traffic);
    const order = core.simulator?.order(tradeNo);
    expect(order?.amount).toBe(25_000);
    expect(await decodeQrOnScreen(page)).toBe(order?.qrString);

    core.simulator?.settle(tradeNo, 'paid');
    const paid = page.getByTestId('paid-screen');
    await expect(paid).toBeVisible();
    await expect(paid.getByRole('heading', { name: 'LUNAS' })).toBeVisible();
    expect(readable(await page.getByTestId('paid-amount').textContent())).toBe('Rp 25.000');
    await expect(page.getByRole('status').filter({ hasText: 'LUNAS' })).toHaveAttribute('aria-live', 'assertive');
    expect(traffic.some((entry) => entry.kind === 'event' && (entry.payload as { state?: string }).state === 'paid')).toBe(true);

    const newSale = page.getByTestId('new-sale');
    await expect(newSale).toBeFocused();
    await newSale.click();
    await expect(amount).toHaveText(/Rp\s0/);
    await expect(page.getByTestId('charge-qris')).toBeDisabled();
  });

  test('physical keyboard: digits, Backspace, Escape, then Enter charges QRIS; Enter on LUNAS starts a new sale', async ({ page, core, traffic }) => {
    const amount = page.getByTestId('amount-display');
    await expect(amount).toHaveText(/Rp\s0/);
    await page.keyboard.type('99');
    await page.keyboard.press('Escape');
    await expect(amount).toHaveText(/Rp\s0/);
    await page.keyboard.type('250001');
    await page.keyboard.press('Backspace');
    await expect(amount).toHaveText(/Rp\s25\.000/);

    await page.keyboard.press('Enter');
    await expect(page.getByTestId('qris-canvas')).toBeVisible();
    const { tradeNo, method } = startedPayment(traffic);
    expect(method).toBe('QRIS');
    expect(await decodeQrOnScreen(page)).toBe(core.simulator?.order(tradeNo)?.qrString);

    core.simulator?.settle(tradeNo, 'paid');
    await expect(page.getByTestId('paid-screen')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(amount).toHaveText(/Rp\s0/);
    expect(traffic.filter((entry) => entry.kind === 'invoke' && entry.name === 'startPayment')).toHaveLength(1);
  });
});
