import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { chargeVa, startedPayment, typeOnKeypad } from './support/helpers.ts';
import { expectNothingClipped, screenshotPath } from './support/layout.ts';

/**
 * Every cashier screen with the longest amount the keypad takes (10 digits: Rp 9.999.999.999), at the smallest
 * till screen, a common laptop and a full-HD monitor: nothing clipped, overlapping, small or faint (layout.ts).
 * QRIS stops at Rp 10.000.000, so its screen is checked at that ceiling. English, the longer language, throughout.
 */
const LONGEST = '9999999999';
const SIZES = [{ width: 1024, height: 768 }, { width: 1366, height: 768 }, { width: 1920, height: 1080 }] as const;

async function check(page: Page, name: string, width: number): Promise<void> {
  await page.screenshot({ path: screenshotPath(`long-${name}`, width) });
  await expectNothingClipped(page);
}

/** The amount shown large on a screen, as it reads (non-breaking spaces as spaces). */
const shownAmount = async (page: Page, testId: string) => (await page.getByTestId(testId).textContent())?.replace(/\s/g, ' ');

for (const size of SIZES) {
  test.describe(`10-digit amounts at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('keypad, bank chooser, VA, partial, unsure and checking', async ({ page, core, traffic }) => {
      await page.getByTestId('language-en').click();
      await typeOnKeypad(page, LONGEST);
      await check(page, 'keypad', size.width);

      await page.getByTestId('charge-va').click();
      await expect(page.getByTestId('choose-bank')).toBeVisible();
      await check(page, 'bank-chooser', size.width);
      await page.getByTestId('bank-BCA').click();
      await expect(page.getByTestId('va-number')).toBeVisible();
      expect(await shownAmount(page, 'payment-amount')).toBe('Rp 9.999.999.999');
      await check(page, 'va', size.width);

      core.simulator?.settle(startedPayment(traffic).tradeNo, 'partial', { payAmount: 5_000_000_000 });
      await expect(page.getByTestId('collect-rest')).toBeVisible();
      await check(page, 'partial', size.width);
      await page.keyboard.press('Escape');

      await typeOnKeypad(page, LONGEST);
      await chargeVa(page);
      await expect(page.getByTestId('va-number')).toBeVisible();
      core.simulator?.setFaults({ http5xx: true, endpoints: ['queryPayInResult'] });
      await page.getByTestId('cancel-payment').click();
      await page.getByTestId('cancel-confirm').click();
      await expect(page.getByTestId('unsure-screen')).toBeVisible();
      await check(page, 'unsure', size.width);
      await page.getByTestId('back').click();

      core.simulator?.setFaults({ malformedJson: true, endpoints: ['payIn', 'queryPayInResult'] });
      await page.keyboard.press('Escape');
      await typeOnKeypad(page, LONGEST);
      await chargeVa(page);
      await expect(page.getByTestId('checking-screen')).toBeVisible();
      await check(page, 'checking', size.width);
    });

    test.describe('with an e-wallet that asks for the mobile number', () => {
      test.use({
        settingsText: JSON.stringify({
          methods: [
            { id: 'QRIS', kind: 'qris', key: 'F1' },
            { id: 'DANA', kind: 'ewallet', label: 'DANA', wayCode: 'DANA', key: 'F3', needsMobile: true },
            { id: 'CASHIER', kind: 'cashier', key: 'F5' },
          ],
        }),
      });

    test('mobile number, e-wallet and hosted-cashier QR screens, paid, time is up and failed', async ({ page, core, traffic }) => {
      await page.getByTestId('language-en').click();
      await typeOnKeypad(page, LONGEST);
      await page.getByTestId('charge-dana').click();
      await expect(page.getByTestId('choose-mobile')).toBeVisible();
      await page.keyboard.type('0812345678901');
      await check(page, 'mobile-chooser', size.width);
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('qris-canvas')).toHaveAttribute('data-ready', 'true');
      await check(page, 'ewallet', size.width);
      core.simulator?.settle(startedPayment(traffic).tradeNo, 'paid');
      await expect(page.getByTestId('paid-screen')).toBeVisible();
      expect(await shownAmount(page, 'paid-amount')).toBe('Rp 9.999.999.999');
      await check(page, 'paid', size.width);
      await page.keyboard.press('Escape');

      await typeOnKeypad(page, LONGEST);
      await page.getByTestId('charge-cashier').click();
      await expect(page.getByTestId('qris-canvas')).toHaveAttribute('data-ready', 'true');
      await check(page, 'cashier-link', size.width);
      core.simulator?.settle(startedPayment(traffic).tradeNo, 'expired');
      await expect(page.getByTestId('expired-screen')).toBeVisible();
      await check(page, 'expired', size.width);
      await page.getByTestId('charge-again').click();
      await expect(page.getByTestId('qris-canvas')).toHaveAttribute('data-ready', 'true');
      core.simulator?.settle(startedPayment(traffic).tradeNo, 'failed');
      await expect(page.getByTestId('failed-screen')).toBeVisible();
      await check(page, 'failed', size.width);
    });
    });

    test('the buttons stay where they are while the amount grows to 10 digits and the language changes', async ({ page }) => {
      const boxes = () => page.locator('[data-method], .keypad__key, .quick-amounts__button').evaluateAll((buttons) =>
        buttons.map((button) => {
          const box = button.getBoundingClientRect();
          return [box.x, box.y, box.width, box.height].map(Math.round).join(',');
        }));
      const before = await boxes();
      expect(before.length).toBeGreaterThan(13);
      await typeOnKeypad(page, '10000');
      expect(await boxes(), 'a typed amount (hint gone)').toEqual(before);
      await typeOnKeypad(page, '00000');
      expect(await boxes(), 'ten digits, QRIS over its ceiling (hint back)').toEqual(before);
      await page.getByTestId('language-en').click();
      expect(await boxes(), 'in English').toEqual(before);
    });

    test('QRIS at its ceiling', async ({ page, core, traffic }) => {
      await typeOnKeypad(page, '10000000');
      await page.getByTestId('charge-qris').click();
      await expect(page.getByTestId('qris-canvas')).toHaveAttribute('data-ready', 'true');
      const qr = await page.getByTestId('qris-canvas').boundingBox();
      expect(qr?.height ?? 0, 'large enough to scan from across the counter').toBeGreaterThanOrEqual(440);
      await check(page, 'qris', size.width);
      core.simulator?.settle(startedPayment(traffic).tradeNo, 'paid');
      await expect(page.getByTestId('paid-screen')).toBeVisible();
      await check(page, 'qris-paid', size.width);
    });
  });
}
