import { expect, test } from './support/fixtures.ts';
import { startedPayment, typeOnKeypad } from './support/helpers.ts';
import { expectNothingClipped, screenshotPath } from './support/layout.ts';

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

    test('VA, checking and failed screens fit without clipping', async ({ page, core, traffic }) => {
      const shot = (name: string) => page.screenshot({ path: screenshotPath(name, viewport.width) });
      await typeOnKeypad(page, '1250000');
      await page.getByTestId('charge-va').click();
      await expect(page.getByTestId('va-number')).toBeVisible();
      await shot('va');
      await expectNothingClipped(page);

      core.simulator?.settle(startedPayment(traffic).tradeNo, 'expired');
      await expect(page.getByTestId('failed-screen')).toBeVisible();
      await shot('failed');
      await expectNothingClipped(page);

      await page.getByTestId('back').click();
      // Queries stay unreadable too, so the screen stays on "checking" for the shot.
      core.simulator?.setFaults({ malformedJson: true, endpoints: ['payIn', 'queryPayInResult'] });
      await page.getByTestId('language-en').click();
      await page.getByTestId('charge-qris').click();
      await expect(page.getByTestId('checking-screen')).toBeVisible();
      await shot('checking');
      await expectNothingClipped(page);
    });

    test('a 10-digit amount in English, and the partial screen, fit without clipping', async ({ page, core, traffic }) => {
      const shot = (name: string) => page.screenshot({ path: screenshotPath(name, viewport.width) });
      await page.getByTestId('language-en').click();
      await typeOnKeypad(page, '9999999999');
      await expect(page.getByTestId('charge-qris')).toBeDisabled();
      await shot('keypad-long');
      await expectNothingClipped(page);

      await page.getByTestId('key-clear').click();
      await typeOnKeypad(page, '25000');
      await page.getByTestId('charge-va').click();
      await expect(page.getByTestId('va-number')).toBeVisible();
      core.simulator?.settle(startedPayment(traffic).tradeNo, 'partial', { payAmount: 10_000 });
      await expect(page.getByTestId('partial-screen')).toBeVisible();
      await shot('partial');
      await expectNothingClipped(page);
    });
  });
}
