import type { Page } from '@playwright/test';
import type { KasirCore } from '../../electron/app/core.ts';
import { expect, test } from './support/fixtures.ts';
import { startedPayment, typeOnKeypad } from './support/helpers.ts';
import type { TrafficEntry } from './support/transport.ts';
import { cancelThroughUi, detailDialog, historyRow, historyRows, openHistory, payThroughUi } from './support/history.ts';
import { expectNothingClipped, screenshotPath } from './support/layout.ts';
import { MANAGER_PIN, pinDialog } from './support/manager.ts';

/**
 * The history screen at the smallest till screen and at full HD, in both languages, with the longest amount a VA
 * takes and a failure with Paypro's own words in its detail: nothing clipped, overlapping, small or faint
 * (layout.ts). The list holds only a few payments here, so every row drawn is in view: expectNothingClipped does
 * not know scrolling containers, and a long list's rows beyond the fold are out of view by design.
 */
const SIZES = [{ width: 1024, height: 768 }, { width: 1920, height: 1080 }] as const;

/** The top bar speaks English: Menu opens on History, and Esc closes it again with focus back on Menu. */
async function expectMenuInEnglish(page: Page): Promise<void> {
  await page.getByTestId('menu-open').click();
  await expect(page.getByTestId('history-open')).toHaveText('History');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('history-open')).toHaveCount(0);
  await expect(page.getByTestId('menu-open')).toBeFocused();
}

async function check(page: Page, name: string, width: number): Promise<void> {
  await page.screenshot({ path: screenshotPath(name, width) });
  await expectNothingClipped(page);
}

/** A QRIS charge that Paypro says failed: the counter shows it, Kembali goes back to the keypad. */
async function failThroughUi(page: Page, core: KasirCore, traffic: readonly TrafficEntry[], amount: string): Promise<string> {
  await page.getByTestId('key-clear').click();
  await typeOnKeypad(page, amount);
  await page.getByTestId('charge-qris').click();
  await expect(page.getByTestId('qris-canvas')).toBeVisible();
  const { tradeNo } = startedPayment(traffic);
  core.simulator?.settle(tradeNo, 'failed');
  await page.getByTestId('back').click();
  await expect(page.getByTestId('amount-display')).toBeVisible();
  return tradeNo;
}

for (const size of SIZES) {
  test.describe(`history at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('list, detail and the manager PIN over it, in Indonesian and English', async ({ page, core, traffic }) => {
      await payThroughUi(page, traffic, '9999999999', 'va');
      const failed = await failThroughUi(page, core, traffic, '25000');
      const cancelled = await cancelThroughUi(page, traffic, '15000');

      await openHistory(page);
      await expect(historyRows(page)).toHaveCount(3);
      await check(page, 'history-list-id', size.width);

      await historyRow(page, failed).click();
      await expect(page.getByTestId('detail-events')).toBeVisible();
      await expect(page.getByTestId('detail-state')).toHaveText('Gagal di Paypro');
      await expect(page.getByTestId('detail-reason')).toContainText('Pembayaran gagal di Paypro');
      await page.getByTestId('detail-check').click();
      await expect(page.getByTestId('detail-notice')).toBeVisible();
      await check(page, 'history-detail-id', size.width);
      await page.keyboard.press('Escape');
      await expect(detailDialog(page)).toHaveCount(0);

      await page.getByTestId('history-period-all').click();
      await expect(pinDialog(page)).toBeVisible();
      await check(page, 'history-pin-id', size.width);
      await page.keyboard.press('Escape');
      await expect(pinDialog(page)).toHaveCount(0);

      await page.getByTestId('language-en').click();
      await expectMenuInEnglish(page);
      await expect(page.getByTestId('history-search')).toHaveAttribute('placeholder', 'Amount, Kasir or Paypro ref.');
      await expect(historyRow(page, cancelled).getByTestId('history-row-state')).toHaveText('Cancelled');
      await check(page, 'history-list-en', size.width);
      await historyRow(page, cancelled).click();
      await expect(page.getByTestId('detail-events')).toBeVisible();
      await expect(page.getByTestId('detail-event').filter({ hasText: 'Cancelled at the till' })).toHaveCount(1);
      await check(page, 'history-detail-en', size.width);
      await page.getByTestId('detail-close').click();

      // Filtered to nothing: the empty list says so, in words.
      await page.getByTestId('history-status-partial').click();
      await expect(page.getByTestId('history-empty')).toHaveText('No payments match these choices');
      await check(page, 'history-empty-en', size.width);
    });
  });
}

test.describe('the top bar at its fullest, at 1024×768', () => {
  test.use({
    viewport: { width: 1024, height: 768 },
    customerDisplay: { toggle: async () => false, layout: () => 'toggle', onLayoutChange: () => () => undefined },
  });

  test('Riwayat beside manager mode, Kunci, the customer view and the language switch: all fit, in both languages', async ({ page, core }) => {
    expect(await core.invoke('setManagerPin', { pin: MANAGER_PIN })).toMatchObject({ ok: true, value: { active: true } });
    await expect(page.getByTestId('manager-mode')).toBeVisible();
    await expect(page.getByTestId('customer-view-toggle')).toBeVisible();
    await check(page, 'topbar-full-id', 1024);
    await openHistory(page);
    await check(page, 'topbar-full-history-id', 1024);
    await page.getByTestId('language-en').click();
    await expectMenuInEnglish(page);
    await check(page, 'topbar-full-history-en', 1024);
    // The menu open at the right edge: its items fit too, both of them.
    await page.getByTestId('menu-open').click();
    await expect(page.getByTestId('settings-open')).toContainText('Settings');
    await check(page, 'topbar-full-menu-en', 1024);
    await page.keyboard.press('Escape');
  });
});
