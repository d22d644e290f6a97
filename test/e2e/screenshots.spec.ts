import type { Page } from '@playwright/test';
import type { KasirCore } from '../../electron/app/core.ts';
import { expect, test } from './support/fixtures.ts';
import { chargeVa, startedPayment, typeOnKeypad } from './support/helpers.ts';
import { expectNothingClipped, screenshotPath } from './support/layout.ts';
import type { TrafficEntry } from './support/transport.ts';

for (const viewport of [{ width: 1280, height: 800 }, { width: 1024, height: 768 }]) {
  test.describe(`layout at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('keypad, QR and paid screens fit without clipping', async ({ page, core, traffic }) => {
      const shot = (name: string) => page.screenshot({ path: screenshotPath(name, viewport.width) });
      await typeOnKeypad(page, '25000');
      await shot('keypad');
      await expectNothingClipped(page);

      await page.getByTestId('charge-qris').click();
      await expect(page.getByTestId('qris-canvas')).toHaveAttribute('data-ready', 'true');
      await shot('qris');
      const qrBox = await page.getByTestId('qris-canvas').boundingBox();
      expect(qrBox?.height ?? 0, 'the QR should be large enough to scan from across the counter').toBeGreaterThanOrEqual(440);
      await expectNothingClipped(page);

      core.simulator?.settle(startedPayment(traffic).tradeNo, 'paid');
      await expect(page.getByTestId('paid-screen')).toBeVisible();
      await shot('paid');
      await expectNothingClipped(page);
    });

    test('VA, time is up, payment failed and checking screens fit without clipping', async ({ page, core, traffic }) => {
      const shot = (name: string) => page.screenshot({ path: screenshotPath(name, viewport.width) });
      await typeOnKeypad(page, '1250000');
      await chargeVa(page);
      await expect(page.getByTestId('va-number')).toBeVisible();
      await shot('va');
      await expectNothingClipped(page);

      core.simulator?.settle(startedPayment(traffic).tradeNo, 'expired');
      await expect(page.getByTestId('expired-screen')).toBeVisible();
      await shot('expired');
      await expectNothingClipped(page);

      await page.getByTestId('back').click();
      await chargeVa(page);
      await expect(page.getByTestId('va-number')).toBeVisible();
      core.simulator?.settle(startedPayment(traffic).tradeNo, 'failed');
      await expect(page.getByTestId('failed-screen')).toBeVisible();
      await shot('failed');
      await expectNothingClipped(page);

      await page.getByTestId('back').click();
      // Queries stay unreadable too, so the screen stays on "checking", with its trouble notice, for the shot.
      core.simulator?.setFaults({ malformedJson: true, endpoints: ['payIn', 'queryPayInResult'] });
      await page.getByTestId('language-en').click();
      await chargeVa(page);
      await expect(page.getByTestId('checking-screen')).toBeVisible();
      await expect(page.getByTestId('payment-status')).toHaveAttribute('data-trouble', 'connection');
      await shot('checking');
      await expectNothingClipped(page);
    });

    test('a QR with connection trouble, "not sure yet", and the keypad with a late-payment alert fit without clipping', async ({ page, core, traffic }) => {
      const shot = (name: string) => page.screenshot({ path: screenshotPath(name, viewport.width) });
      await typeOnKeypad(page, '9999999');
      await page.getByTestId('charge-qris').click();
      await expect(page.getByTestId('qris-canvas')).toHaveAttribute('data-ready', 'true');
      const { tradeNo } = startedPayment(traffic);
      core.simulator?.setFaults({ http5xx: true, endpoints: ['queryPayInResult'] });
      await expect(page.getByTestId('payment-status')).toHaveAttribute('data-trouble', 'connection');
      await shot('qris-trouble');
      const qrBox = await page.getByTestId('qris-canvas').boundingBox();
      expect(qrBox?.height ?? 0, 'the trouble notice must not shrink the QR below scanning size').toBeGreaterThanOrEqual(400);
      await expectNothingClipped(page);

      await page.getByTestId('cancel-payment').click();
      await page.getByTestId('cancel-confirm').click();
      await expect(page.getByTestId('unsure-screen')).toBeVisible();
      await shot('unsure');
      await expectNothingClipped(page);

      await page.getByTestId('back').click();
      core.simulator?.setFaults(undefined);
      core.simulator?.settle(tradeNo, 'paid');
      await expect(page.getByTestId('late-alert')).toBeVisible();
      await shot('keypad-late');
      await expectNothingClipped(page);
    });

    test('a 10-digit amount in English, and the partial screen with "collect the rest", fit without clipping', async ({ page, core, traffic }) => {
      const shot = (name: string) => page.screenshot({ path: screenshotPath(name, viewport.width) });
      await page.getByTestId('language-en').click();
      await typeOnKeypad(page, '9999999999');
      await expect(page.getByTestId('charge-qris')).toBeDisabled();
      await shot('keypad-long');
      await expectNothingClipped(page);

      await page.getByTestId('key-clear').click();
      await typeOnKeypad(page, '1250000');
      await chargeVa(page);
      await expect(page.getByTestId('va-number')).toBeVisible();
      core.simulator?.settle(startedPayment(traffic).tradeNo, 'partial', { payAmount: 1_000_000 });
      await expect(page.getByTestId('partial-screen')).toBeVisible();
      await expect(page.getByTestId('collect-rest')).toBeVisible();
      await shot('partial');
      await expectNothingClipped(page);
    });
  });
}

/** Lets a payment go (a cancel the gateway cannot confirm) and then pays it: the keypad shows the late-payment alert. */
async function showLateAlert(page: Page, core: KasirCore, traffic: TrafficEntry[]): Promise<void> {
  await typeOnKeypad(page, '9999999');
  await page.getByTestId('charge-qris').click();
  await expect(page.getByTestId('qris-canvas')).toHaveAttribute('data-ready', 'true');
  const { tradeNo } = startedPayment(traffic);
  core.simulator?.setFaults({ http5xx: true, endpoints: ['queryPayInResult'] });
  await page.getByTestId('cancel-payment').click();
  await page.getByTestId('cancel-confirm').click();
  await expect(page.getByTestId('unsure-screen')).toBeVisible();
  await page.getByTestId('back').click();
  core.simulator?.setFaults(undefined);
  core.simulator?.settle(tradeNo, 'paid');
  await expect(page.getByTestId('late-alert')).toBeVisible();
}

for (const viewport of [{ width: 1280, height: 800 }, { width: 1024, height: 768 }]) {
  test.describe(`quick amounts at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('the default four, under a late-payment alert, are large and fit without clipping', async ({ page, core, traffic }) => {
      await showLateAlert(page, core, traffic);
      const buttons = page.locator('.quick-amounts__button');
      await expect(buttons).toHaveCount(4);
      for (const button of await buttons.all()) {
        const box = await button.boundingBox();
        expect(box?.height ?? 0, 'a quick amount is a large target').toBeGreaterThanOrEqual(64);
        const { fontSize, lines } = await button.evaluate((element) => {
          const range = document.createRange();
          range.selectNodeContents(element);
          return { fontSize: parseFloat(getComputedStyle(element).fontSize), lines: range.getClientRects().length };
        });
        expect(fontSize).toBeGreaterThanOrEqual(18);
        expect(lines, `${await button.textContent()} must not break over two lines`).toBe(1);
      }
      await page.screenshot({ path: screenshotPath('keypad-quick-late', viewport.width) });
      await expectNothingClipped(page);
    });

    test.describe('the most the settings allow', () => {
      test.use({ settingsText: JSON.stringify({ quickAmounts: [5_000, 10_000, 20_000, 50_000, 100_000, 250_000, 1_000_000, 9_999_999_999] }) });

      test('eight, the longest in ten digits, in English under a late-payment alert, fit without clipping', async ({ page, core, traffic }) => {
        await page.getByTestId('language-en').click();
        await showLateAlert(page, core, traffic);
        await expect(page.locator('.quick-amounts__button')).toHaveCount(8);
        const key = await page.getByTestId('key-5').boundingBox();
        expect(key?.height ?? 0, 'the digit keys stay large').toBeGreaterThanOrEqual(64);
        await page.screenshot({ path: screenshotPath('keypad-quick-eight', viewport.width) });
        await expectNothingClipped(page);
      });
    });
  });
}
