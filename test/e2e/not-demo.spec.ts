import { explainError } from '../../renderer/i18n/errors.ts';
import { translator } from '../../renderer/i18n/translate.ts';
import { expect, test } from './support/fixtures.ts';
import { decodeQrOnScreen, startedPayment, typeOnKeypad } from './support/helpers.ts';
import { expectNothingClipped, screenshotPath } from './support/layout.ts';

test.describe('broken settings (not demo mode)', () => {
  test.use({ settingsText: '{ this is not JSON' });

  test('charging is blocked with the reason, and there is no DEMO badge', async ({ page, core }) => {
    expect(core.info.mode).not.toBe('demo');
    expect(core.info.ready).toBe(false);
    const reason = core.info.blockedReason ?? 'INTERNAL';
    const banner = page.getByTestId('blocked-banner');
    await expect(banner).toBeVisible();
    await expect(banner).toContainText(explainError(reason, translator('id'), core.info));
    await typeOnKeypad(page, '25000');
    // Settings that cannot be read offer no method at all: nothing to press.
    await expect(page.locator('[data-method]')).toHaveCount(0);
    await page.keyboard.press('Enter');
    expect(core.simulator).toBeUndefined();
    await expect(page.getByTestId('demo-badge')).toHaveCount(0);
    await page.screenshot({ path: screenshotPath('blocked', 1280) });
    await expectNothingClipped(page);
  });
});

test.describe('sandbox mode against a gateway, secret in the real keychain', () => {
  test.use({ liveGateway: true });

  test('no DEMO badge and no simulate button; the customer paying still shows LUNAS', async ({ page, core, gateway, traffic }) => {
    expect(core.info).toMatchObject({ mode: 'sandbox', ready: true });
    await typeOnKeypad(page, '25000');
    await page.getByTestId('charge-qris').click();
    await expect(page.getByTestId('qris-canvas')).toBeVisible();
    await expect(page.getByTestId('demo-badge')).toHaveCount(0);
    await expect(page.getByTestId('simulate-payment')).toHaveCount(0);

    const { tradeNo } = startedPayment(traffic);
    expect(await decodeQrOnScreen(page)).toBe(gateway?.order(tradeNo)?.qrString);
    gateway?.settle(tradeNo, 'paid');
    await expect(page.getByTestId('paid-screen')).toBeVisible();
    await expect(page.getByTestId('demo-badge')).toHaveCount(0);
  });
});
