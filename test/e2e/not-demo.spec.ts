import { writeFile } from 'node:fs/promises';
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
    // Settings that cannot be read offer no method at all: nothing to press.
    await expect(page.locator('[data-method]')).toHaveCount(0);
    await page.keyboard.press('Enter');
    expect(core.simulator).toBeUndefined();
    await expect(page.getByTestId('demo-badge')).toHaveCount(0);
    await page.screenshot({ path: screenshotPath('blocked', 1280) });
    await expectNothingClipped(page);
  });

  test('the keypad takes nothing while blocked; "Coba lagi" after the file is repaired charges without a restart', async ({ page, host, traffic }) => {
    const banner = page.getByTestId('blocked-banner');
    await expect(banner).toHaveAttribute('data-reason', 'SETTINGS_INVALID');
    await expect(banner, 'plain words for a cashier, with what to do').toContainText('lalu tekan Coba lagi');
    await expect(page.getByTestId('key-5')).toBeDisabled();
    await page.keyboard.type('25000');
    await expect(page.getByTestId('amount-display')).toHaveText(/^Rp\s0$/);

    // Still broken: the banner stays, and says it was tried.
    await page.getByTestId('retry-setup').click();
    await expect(page.getByTestId('retry-outcome')).toContainText('masih belum bisa');
    await expect(banner).toBeVisible();

    await writeFile(host.settingsFile, JSON.stringify({ storeName: 'Toko Maju' }));
    await page.getByTestId('retry-setup').click();
    await expect(banner).toHaveCount(0);
    expect(host.core.info).toMatchObject({ ready: true, mode: 'demo' });
    await expect(page.getByTestId('demo-badge')).toBeVisible();
    await typeOnKeypad(page, '25000');
    await page.getByTestId('charge-qris').click();
    await expect(page.getByTestId('qris-canvas')).toHaveAttribute('data-ready', 'true');
    expect(await decodeQrOnScreen(page)).toBe(host.core.simulator?.order(startedPayment(traffic).tradeNo)?.qrString);
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
