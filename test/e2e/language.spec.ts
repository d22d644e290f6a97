import { expect, test } from './support/fixtures.ts';
import { typeOnKeypad } from './support/helpers.ts';

test('the ID/EN switch changes every text and is keyboard operable', async ({ page, core }) => {
  await expect(page.getByTestId('charge-cashier')).toContainText('Pilihan pelanggan');
  await expect(page.getByTestId('charge-va')).toContainText('Pilih bank');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');

  // Tab to the switch and press it with the keyboard, as a cashier without a mouse would.
  const english = page.getByTestId('language-en');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('language-id')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(english).toBeFocused();
  const outline = await english.evaluate((element) => parseFloat(getComputedStyle(element).outlineWidth));
  expect(outline, 'keyboard focus must be clearly visible').toBeGreaterThanOrEqual(3);
  await page.keyboard.press('Enter');
  await expect(english).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('charge-cashier')).toContainText('Customer chooses');
  await expect(page.getByTestId('charge-va')).toContainText('Choose bank');
  await expect(page.getByTestId('charge-hint')).toHaveText(/^Type the amount\. The minimum is Rp\s10\.000\.$/);

  await typeOnKeypad(page, '25000');
  await page.getByTestId('charge-qris').click();
  await expect(page.getByRole('heading', { name: 'Scan to pay' })).toBeVisible();
  await expect(page.getByTestId('simulate-payment')).toHaveText('Simulate customer payment');
  await page.getByTestId('simulate-payment').click();
  await expect(page.getByRole('heading', { name: 'PAID' })).toBeVisible();
  await expect(page.getByTestId('new-sale')).toHaveText('New sale');

  await page.getByTestId('language-id').click();
  await expect(page.getByRole('heading', { name: 'LUNAS' })).toBeVisible();
  await expect(page.getByTestId('new-sale')).toHaveText('Transaksi baru');
  expect(core.info.mode).toBe('demo');
});
