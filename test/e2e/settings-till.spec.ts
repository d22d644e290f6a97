import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { expect, test } from './support/fixtures.ts';
import { startedPayment, typeOnKeypad } from './support/helpers.ts';
import { openSettings, settingsField, settingsNotice } from './support/manager.ts';
import { installTransport } from './support/transport.ts';

/**
 * The settings added for issue 7 on the screen (NMID, returnUrl, the start language, the installed till's update
 * feed, kiosk mode and start at login), the language the till starts in, and Save refused under a payment.
 */
const field = settingsField;
const notice = settingsNotice;

const savedFile = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;

test('each new field says what it is for, and a refused one what to type, in both languages; nothing is saved', async ({ page, host }) => {
  await openSettings(page);
  await expect(field(page, 'nmid')).toHaveAccessibleDescription(/stiker QRIS/);
  await expect(field(page, 'returnUrl')).toHaveAccessibleDescription(/setelah membayar lewat e-wallet/);
  await expect(page.getByTestId('field-language-id')).toBeChecked();
  await expect(page.getByTestId('settings-installed')).toContainText('berlaku pada kasir yang dipasang dengan installer Kasir');
  await expect(field(page, 'updateFeedUrl')).toHaveAccessibleDescription('Tempat Kasir mencari versi baru, hanya https://. Kosong = pembaruan mati.');
  await expect(field(page, 'kioskMode')).not.toBeChecked();
  await expect(field(page, 'startAtLogin')).not.toBeChecked();

  await field(page, 'nmid').fill('ID12');
  await field(page, 'returnUrl').fill('ftp://shop.example/back');
  await field(page, 'updateFeedUrl').fill('http://updates.example/kasir');
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('problem-returnUrl')).toHaveText('Ketik alamat lengkap yang diawali https:// atau http://, atau kosongkan.');
  await expect(page.getByTestId('problem-nmid')).toHaveText('Ketik NMID seperti di stiker QRIS: ID lalu 10 sampai 15 angka (mis. ID1020021234567), atau kosongkan.');
  await expect(page.getByTestId('problem-updateFeedUrl')).toHaveText('Ketik alamat yang diawali https://, atau kosongkan untuk mematikan pembaruan.');
  await expect(field(page, 'returnUrl'), 'the first refused field, in the form\'s order').toBeFocused();
  await expect(field(page, 'nmid')).toHaveAttribute('aria-invalid', 'true');
  await expect(notice(page)).toHaveText('3 isian belum benar. Perbaiki yang ditandai, lalu Simpan lagi. Belum ada yang disimpan.');
  await page.getByTestId('language-en').click();
  await expect(page.getByTestId('problem-nmid')).toHaveText('Type the NMID as on the QRIS sticker: ID and 10 to 15 digits (e.g. ID1020021234567), or leave it empty.');
  await expect(page.getByTestId('problem-updateFeedUrl')).toHaveText('Type an address starting with https://, or leave it empty to turn updates off.');
  await expect(page.getByTestId('settings-installed')).toContainText('take effect on a till installed with the Kasir installer');
  expect(existsSync(host.settingsFile), 'nothing was written').toBe(false);
});

test('the start language: saved as English the screen switches at once, a reload starts in English, and the cashier\'s switch still holds for the session', async ({ page, host }) => {
  await openSettings(page);
  await field(page, 'nmid').fill('ID1020021234567');
  await field(page, 'returnUrl').fill('https://shop.example/back');
  await field(page, 'updateFeedUrl').fill('https://updates.example/kasir');
  await field(page, 'kioskMode').check();
  await field(page, 'startAtLogin').check();
  await field(page, 'language-en').check();
  await expect(page.getByTestId('settings-save'), 'not before Save').toHaveText('Simpan');
  await page.getByTestId('settings-save').click();
  await expect(notice(page)).toHaveText('Saved. The till uses the new settings now.');
  await expect(page.getByTestId('settings-save')).toHaveText('Save');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await savedFile(host.settingsFile)).toMatchObject({
    nmid: 'ID1020021234567', returnUrl: 'https://shop.example/back', updateFeedUrl: 'https://updates.example/kasir', kioskMode: true, startAtLogin: true, language: 'en',
  });

  await page.reload();
  await expect(page.getByTestId('charge-cashier')).toContainText('Customer chooses');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByTestId('language-id').click();
  await expect(page.getByTestId('charge-cashier')).toContainText('Pilihan pelanggan');

  // Another save that leaves the language as it is does not undo the cashier's choice.
  await openSettings(page, false);
  await field(page, 'storeName').fill('Toko Maju');
  await page.getByTestId('settings-save').click();
  await expect(notice(page)).toHaveText('Tersimpan. Kasir sudah memakai pengaturan baru.');
  await page.getByTestId('settings-back').click();
  await expect(page.getByTestId('charge-cashier')).toContainText('Pilihan pelanggan');

  await page.reload();
  await expect(page.getByTestId('charge-cashier')).toContainText('Customer chooses');
  await expect(page.getByTestId('charge-hint')).toHaveText(/^Type the amount\./);
});

test('Save while a payment is on the counter: the screen says to finish or cancel it first and keeps what was typed; after the cancel, Save works', async ({ page, context, host, traffic, rendererServer }) => {
  // The manager's window of the same till opens the settings while the counter is still free.
  const office = await context.newPage();
  const problems: string[] = [];
  office.on('pageerror', (error) => problems.push(error.message));
  const transport = await installTransport(office, host, traffic);
  await office.goto(rendererServer.url);
  await openSettings(office);
  await field(office, 'storeName').fill('Toko Baru');
  await field(office, 'nmid').fill('ID1020021234567');

  await typeOnKeypad(page, '25000');
  await page.getByTestId('charge-qris').click();
  await expect(page.getByTestId('qris-canvas')).toBeVisible();
  const { tradeNo } = startedPayment(traffic);

  await office.getByTestId('settings-save').click();
  await expect(notice(office)).toHaveText('Ada pembayaran yang berjalan di kasir: selesaikan atau batalkan dulu, lalu Simpan lagi. Isian Anda tetap di sini; belum ada yang disimpan.');
  await expect(field(office, 'storeName')).toHaveValue('Toko Baru');
  await expect(field(office, 'nmid')).toHaveValue('ID1020021234567');
  expect(existsSync(host.settingsFile), 'nothing was written').toBe(false);
  await expect(page.getByTestId('qris-canvas'), 'the payment on the counter is untouched').toBeVisible();
  expect((await host.core.invoke('getPayment', { tradeNo }))).toMatchObject({ ok: true, value: { state: 'awaiting' } });

  await page.getByTestId('cancel-payment').click();
  await page.getByTestId('cancel-confirm').click();
  await expect(page.getByTestId('amount-display')).toBeVisible();
  await office.getByTestId('settings-save').click();
  await expect(notice(office)).toHaveText('Tersimpan. Kasir sudah memakai pengaturan baru.');
  expect(await savedFile(host.settingsFile)).toMatchObject({ storeName: 'Toko Baru', nmid: 'ID1020021234567' });
  transport.detach();
  expect(problems).toEqual([]);
});
