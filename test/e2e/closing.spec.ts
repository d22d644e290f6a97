import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { formatRupiah } from '../../shared/money.ts';
import { closingScreen, makeDay, makePayment, openClosing } from './support/closing.ts';
import { expect, test } from './support/fixtures.ts';
import { expectWholeScrollAreaSeen, screenshotPath } from './support/layout.ts';
import { pinDialog } from './support/manager.ts';

const screen = closingScreen;

test('Menu → Tutup hari asks for the PIN; the report shows the money received and the counts of the payments made', async ({ page, core }) => {
  const { received, partial } = await makeDay(core);
  expect(partial.paidAmount ?? 0, 'the simulator pays part of it').toBeGreaterThan(0);

  await page.getByTestId('menu-open').click();
  await expect(page.getByTestId('closing-open')).toContainText('Tutup hari');
  await expect(page.getByTestId('closing-open')).toContainText('Manajer');
  await page.getByTestId('closing-open').click();
  await expect(pinDialog(page)).toContainText('Laporan tutup hari hanya untuk manajer.');
  await page.keyboard.press('Escape');
  await expect(screen(page)).toHaveCount(0);
  await expect(page.getByTestId('key-5')).toBeVisible();

  await openClosing(page);
  await expect(page.getByTestId('closing-received')).toHaveText(formatRupiah(received));
  await expect(page.getByTestId('closing-paid')).toHaveText('2');
  await expect(page.getByTestId('closing-partial')).toContainText(`1 (kurang ${formatRupiah(40_000 - (partial.paidAmount ?? 0))})`);
  await expect(page.getByTestId('closing-unpaid')).toHaveText('1');
  // The declined one is still watched for a while (a late payment may come): the day is not settled yet.
  await expect(page.getByTestId('closing-open-count')).toHaveText('1');
  await expect(page.getByTestId('closing-settled')).toHaveAttribute('data-settled', 'false');
  await expect(page.getByTestId('closing-settled')).toContainText('1 pembayaran masih berjalan. Tekan "Periksa ulang dengan Paypro"');
  await expect(page.getByTestId('closing-method-QRIS')).toContainText(formatRupiah(received));
  await expect(page.getByTestId('closing-method-QRIS')).toContainText('3');
  await expect(page.getByTestId('closing-partials')).toContainText(`dibayar ${formatRupiah(partial.paidAmount ?? 0)} dari ${formatRupiah(40_000)}`);

  // Yesterday had nothing; "Hari ini" comes back to today's.
  await page.getByTestId('closing-previous').click();
  await expect(page.getByTestId('closing-received')).toHaveText(formatRupiah(0));
  await expect(page.getByTestId('closing-next')).toBeEnabled();
  await page.getByTestId('closing-next').click();
  await expect(page.getByTestId('closing-received')).toHaveText(formatRupiah(received));
  await expect(page.getByTestId('closing-next')).toBeDisabled();

  await page.keyboard.press('Escape');
  await expect(screen(page)).toHaveCount(0);
  await expect(page.getByTestId('key-5')).toBeVisible();
});

test('Export CSV says where the file was written, and the file is there with a BOM', async ({ page, core }) => {
  await makePayment(core, 25_000, 'paid');
  await openClosing(page);
  await page.getByTestId('closing-export').click();
  await expect(page.getByTestId('closing-notice')).toContainText('Disimpan di ');
  const text = (await page.getByTestId('closing-notice').textContent()) ?? '';
  const match = /^Disimpan di (.+) \((\d+) baris\)\.$/.exec(text);
  expect(match, text).not.toBeNull();
  const file = match?.[1] ?? '';
  expect(match?.[2]).toBe('1');
  expect(existsSync(file), file).toBe(true);
  const csv = await readFile(file, 'utf8');
  expect(csv.charCodeAt(0), 'a BOM, so a spreadsheet reads the file as UTF-8').toBe(0xfeff);
});

test.describe('with let-go payments asked about at a till\'s own slow pace', () => {
  test.use({ slowWatch: true });

  test('reconcile: a cancelled payment paid at Paypro behind the till’s back shows as changed, and the report follows', async ({ page, core }) => {
    await makePayment(core, 25_000, 'paid');
    await openClosing(page);
    await expect(page.getByTestId('closing-received')).toHaveText(formatRupiah(25_000));
    // Cancelled and let go of; the till would ask about it again only in a minute, so the check finds it first.
    const cancelled = await makePayment(core, 30_000, 'cancelled');
    core.simulator?.settle(cancelled.tradeNo, 'paid');
    await page.getByTestId('closing-reconcile').click();
    const finding = page.getByTestId(`finding-${cancelled.tradeNo}`);
    await expect(finding).toHaveAttribute('data-finding', 'changed');
    await expect(finding).toContainText('Berubah: Dibatalkan → Lunas');
    await expect(page.getByTestId('closing-checked')).toContainText('Diperiksa: 1 pembayaran. Berubah: 1.');
    await expect(page.getByTestId('closing-received')).toHaveText(formatRupiah(55_000));
  });
});

test('the audit log lists the PIN set and the export in words, newest first', async ({ page, core }) => {
  await makePayment(core, 25_000, 'paid');
  await openClosing(page);
  await page.getByTestId('closing-export').click();
  await expect(page.getByTestId('closing-notice')).toContainText('Disimpan di ');
  await page.getByTestId('closing-tab-audit').click();
  const log = page.getByTestId('closing-audit');
  await expect(log.locator('[data-action="report.exported"]')).toContainText('Laporan disimpan sebagai CSV (1 baris)');
  await expect(log.locator('[data-action="pin.set"]')).toContainText('PIN manajer dibuat');
  const actions = await log.locator('li').evaluateAll((items) => items.map((item) => item.getAttribute('data-action')));
  expect(actions.indexOf('report.exported')).toBeLessThan(actions.indexOf('pin.set'));
  await page.getByTestId('language-en').click();
  await expect(log.locator('[data-action="pin.set"]')).toContainText('Manager PIN set');
});

/** Scrolls through the screen's own area; every piece was wholly in view at one position, and nothing clipped. */
async function checkWholeScreen(page: Page, name: string, width: number): Promise<void> {
  await expectWholeScrollAreaSeen(page, {
    area: 'closing-scroll', selector: 'button, p, h2, h3, li, tr, output, dd', emptyCounts: true,
    message: 'every part of the report was wholly in view at some point',
  }, screenshotPath(name, width));
}

for (const size of [{ width: 1024, height: 768 }, { width: 1920, height: 1080 }]) {
  test.describe(`closing at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('the report with its findings and the audit log, in both languages; nothing clipped', async ({ page, core }) => {
      expect(await page.evaluate(() => document.fonts.ready.then(() => true))).toBe(true);
      await makeDay(core);
      await openClosing(page);
      await page.getByTestId('closing-export').click();
      await expect(page.getByTestId('closing-notice')).toContainText('Disimpan di ');
      await checkWholeScreen(page, 'closing-id', size.width);
      await page.getByTestId('closing-reconcile').click();
      await expect(page.getByTestId('closing-checked')).toBeVisible();
      await page.getByTestId('language-en').click();
      await expect(page.getByTestId('closing-checked')).toContainText('Payments checked:');
      await checkWholeScreen(page, 'closing-en', size.width);
      await page.getByTestId('closing-tab-audit').click();
      await expect(page.getByTestId('closing-audit').locator('li').first()).toBeVisible();
      await checkWholeScreen(page, 'closing-audit-en', size.width);
    });
  });
}
