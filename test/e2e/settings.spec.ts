import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { Simulator } from '../../electron/simulator/index.ts';
import { startSimulator } from '../../electron/simulator/index.ts';
import { expect, test } from './support/fixtures.ts';
import { expectWholeScrollAreaSeen, screenshotPath } from './support/layout.ts';
import { MANAGER_PIN, openSettings, pinDialog, settingsField } from './support/manager.ts';
import type { TrafficEntry } from './support/transport.ts';

const screen = (page: Page) => page.getByTestId('settings-screen');
const field = settingsField;

/**
 * A gateway of this spec's own, with a secret that is not the core's: the secret typed into the form is the
 * renderer's to send, while the fixtures' security check keeps watching that the core's own secret never crosses.
 */
let simulator: Simulator;
test.beforeAll(async () => {
  simulator = await startSimulator();
});
test.afterAll(async () => {
  await simulator.close();
});

/** Every IPC result the page received, as text: the secret must be in none of them. */
const results = (traffic: readonly TrafficEntry[]) => JSON.stringify(traffic.map((entry) => (entry.kind === 'invoke' ? entry.result : entry.payload)));

test('Menu → Pengaturan asks for the PIN; closing the PIN dialog goes back to the keypad; with the PIN the form opens', async ({ page }) => {
  await page.getByTestId('menu-open').click();
  await expect(page.getByTestId('settings-open')).toContainText('Manajer');
  await page.getByTestId('settings-open').click();
  await expect(pinDialog(page)).toHaveAttribute('data-mode', 'set');
  await expect(pinDialog(page)).toContainText('Pengaturan kasir hanya untuk manajer.');
  await page.keyboard.press('Escape');
  await expect(pinDialog(page)).toHaveCount(0);
  await expect(screen(page)).toHaveCount(0);
  await expect(page.getByTestId('key-5')).toBeVisible();

  await openSettings(page);
  await expect(page.getByTestId('settings-defaults'), 'demo mode: no file yet').toBeVisible();
  await expect(field(page, 'storeName')).toHaveValue('Kasir');
  await expect(page.getByTestId('secret-status')).toHaveText('Belum ada kunci tersimpan');
  await expect(page.getByTestId('method-VA')).toContainText('perlu dikonfirmasi ke Paypro');
  await page.getByTestId('settings-back').click();
  await expect(screen(page)).toHaveCount(0);
});

test('invalid values: each says what to type next to its field, focus goes to the first, and nothing is saved', async ({ page, host, traffic }) => {
  await openSettings(page);
  await field(page, 'merchantNo').fill('12345');
  await field(page, 'payer.mobile').fill('12');
  await field(page, 'quickAmounts-2').fill('lima puluh');
  await field(page, 'businessDayStartHour').fill('24');
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('problem-merchantNo')).toHaveText('Ketik 10 angka nomor merchant dari Paypro, tanpa spasi. Kosongkan untuk mode demo.');
  await expect(page.getByTestId('problem-payer.mobile')).toHaveText('Ketik nomor HP yang diawali 08 atau 628, 10–13 angka.');
  await expect(page.getByTestId('problem-quickAmounts')).toContainText('angka rupiah bulat');
  await expect(page.getByTestId('problem-businessDayStartHour')).toHaveText('Ketik jam, angka bulat 0 sampai 23.');
  await expect(field(page, 'merchantNo')).toBeFocused();
  await expect(field(page, 'merchantNo')).toHaveAttribute('aria-invalid', 'true');
  await expect(field(page, 'merchantNo')).toHaveAttribute('aria-describedby', /settings-merchantNo-problem/);
  await expect(page.getByTestId('settings-notice')).toContainText('Belum ada yang disimpan');
  const answer = traffic.filter((entry) => entry.kind === 'invoke' && entry.name === 'saveSettings').at(-1);
  expect(answer?.kind === 'invoke' && answer.result).toMatchObject({ ok: true, value: { kind: 'invalid' } });
  expect(existsSync(host.settingsFile), 'nothing was written').toBe(false);
  await page.screenshot({ path: screenshotPath('settings-invalid', 1280) });
});

test('a valid save: the store name and quick amounts are written, and the keypad shows them without a restart', async ({ page, host }) => {
  await openSettings(page);
  await field(page, 'storeName').fill('Toko Maju');
  const amounts = ['15.000', '25000', '', '', '', '', '', ''];
  for (const [slot, amount] of amounts.entries()) await field(page, `quickAmounts-${slot}`).fill(amount);
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('settings-notice')).toHaveText('Tersimpan. Kasir sudah memakai pengaturan baru.');
  await expect(page.getByTestId('settings-defaults'), 'saved: the file exists now').toHaveCount(0);
  const saved = JSON.parse(await readFile(host.settingsFile, 'utf8')) as { storeName: string; quickAmounts: number[] };
  expect(saved).toMatchObject({ storeName: 'Toko Maju', quickAmounts: [15_000, 25_000] });
  await page.keyboard.press('Escape');
  await expect(screen(page)).toHaveCount(0);
  await expect(page.getByTestId('quick-15000')).toBeVisible();
  await expect(page.getByTestId('quick-25000')).toBeVisible();
  await expect(page.getByTestId('quick-10000')).toHaveCount(0);
  await expect(page.getByTestId('demo-badge')).toBeVisible();
});

test('test connection against the simulator: ok with the balance, another salt placement offered, a wrong secret said so', async ({ page, traffic }) => {
  await openSettings(page);
  await field(page, 'merchantNo').fill(simulator.merchantNo);
  await field(page, 'sandboxBaseUrl').fill(simulator.baseUrl);
  await page.getByTestId('secret-input').fill(simulator.secret);
  await page.getByTestId('test-connection').click();
  const result = page.getByTestId('test-result');
  await expect(result).toHaveAttribute('data-kind', 'ok');
  await expect(result).toHaveText(/^Terhubung\. Saldo tersedia: Rp\s[\d.]+\.$/);
  await expect(page.getByTestId('salt-offer')).toHaveCount(0);
  expect(traffic.filter((entry) => entry.kind === 'invoke' && entry.name === 'testConnection').at(-1)).toMatchObject({
    request: { merchantNo: simulator.merchantNo, environment: 'sandbox', baseUrl: simulator.baseUrl, saltComposition: 'append', secret: simulator.secret },
  });

  // Another placement entered: Paypro (the simulator) accepts only its own, and the screen offers it, never silently.
  await field(page, 'saltComposition-prepend').check();
  await page.getByTestId('test-connection').click();
  await expect(page.getByTestId('salt-offer')).toContainText('Paypro menerima letak salt lain: append, bukan prepend.');
  await expect(field(page, 'saltComposition-prepend')).toBeChecked();
  await page.getByTestId('salt-use').click();
  await expect(field(page, 'saltComposition-append')).toBeChecked();

  await page.getByTestId('secret-input').fill('not-the-secret-0000');
  await page.getByTestId('test-connection').click();
  await expect(result).toHaveAttribute('data-kind', 'wrongSecret');
  await expect(result).toContainText('Kunci aplikasi salah');
  await page.getByTestId('language-en').click();
  await expect(result).toContainText('Wrong app secret');
  expect(results(traffic)).not.toContain(simulator.secret);
});

test('the secret is write-only: after the merchant number is saved it is sent once, the field is emptied, and it is never shown or answered', async ({ page, traffic }) => {
  await openSettings(page);
  const input = page.getByTestId('secret-input');
  await input.fill(simulator.secret);
  await page.getByTestId('secret-save').click();
  await expect(page.getByTestId('secret-notice')).toHaveText('Simpan nomor merchant dulu (tombol Simpan di bawah): kunci disimpan atas nomor itu.');
  await expect(input, 'cleared even when refused').toHaveValue('');

  await field(page, 'merchantNo').fill(simulator.merchantNo);
  await field(page, 'sandboxBaseUrl').fill(simulator.baseUrl);
  await field(page, 'notifyUrl').fill(`${simulator.baseUrl}/notify-sink`);
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('settings-notice')).toHaveText('Tersimpan. Kasir sudah memakai pengaturan baru.');
  await input.fill(simulator.secret);
  await page.getByTestId('secret-save').click();
  await expect(input).toHaveValue('');
  // Saved in the keychain, or the keychain cannot be reached on this machine: either way in words, never the secret.
  await expect(page.getByTestId('secret-notice')).toHaveText(/^(Kunci disimpan\.|Keyring sistem .*)$/);
  const stored = (await page.getByTestId('secret-notice').textContent()) === 'Kunci disimpan.';
  // CI has a real keychain (KASIR_REQUIRE_KEYCHAIN=1): there the stored path must run, not be skipped.
  if (process.env['KASIR_REQUIRE_KEYCHAIN'] === '1') expect(stored, 'the secret reached the real keychain').toBe(true);
  if (stored) {
    await expect(page.getByTestId('secret-status')).toHaveText(/^Tersimpan sejak /);
    await page.getByTestId('secret-remove').click();
    await page.getByTestId('secret-remove-yes').click();
    await expect(page.getByTestId('secret-notice')).toHaveText('Kunci dihapus.');
    await expect(page.getByTestId('secret-status')).toHaveText('Belum ada kunci tersimpan');
  }
  expect(await page.content()).not.toContain(simulator.secret);
  expect(await input.evaluate((element: HTMLInputElement) => element.value)).toBe('');
  expect(results(traffic)).not.toContain(simulator.secret);
  const sent = traffic.filter((entry) => entry.kind === 'invoke' && entry.name === 'setAppSecret');
  expect(sent.map((entry) => entry.kind === 'invoke' && entry.request)).toEqual([{ secret: simulator.secret }, { secret: simulator.secret }]);
});

test.describe('a damaged settings file', () => {
  test.use({ settingsText: JSON.stringify({ storeName: '', quickAmounts: [1, 2, 3, 4, 5, 6, 7, 8, 9], speakPayments: true }) });

  test('a banner names the broken fields and Save repairs the file; the good values are kept', async ({ page, host, core }) => {
    expect(core.info.ready).toBe(false);
    await openSettings(page);
    const banner = page.getByTestId('settings-damaged');
    await expect(banner).toContainText('File pengaturan rusak di bagian: storeName, quickAmounts.');
    await expect(banner).toContainText('tekan Simpan untuk memperbaikinya');
    await expect(field(page, 'speakPayments'), 'a good value is kept').toBeChecked();
    await page.screenshot({ path: screenshotPath('settings-damaged', 1280) });
    await page.getByTestId('settings-save').click();
    await expect(page.getByTestId('settings-notice')).toHaveText('Tersimpan. Kasir sudah memakai pengaturan baru.');
    await expect(banner).toHaveCount(0);
    expect(JSON.parse(await readFile(host.settingsFile, 'utf8'))).toMatchObject({ storeName: 'Kasir', speakPayments: true });
    expect(host.core.info.ready).toBe(true);
    await page.getByTestId('settings-back').click();
    await expect(page.getByTestId('blocked-banner')).toHaveCount(0);
  });
});

/** The long form scrolls in its own area: every field was wholly in view at one step, and nothing clipped. */
async function checkWholeForm(page: Page, name: string, width: number): Promise<void> {
  await expectWholeScrollAreaSeen(page, {
    area: 'settings-scroll', selector: 'button, input, label, p, h2, legend', message: 'every field of the form was wholly in view at some point',
  }, screenshotPath(name, width));
}

for (const size of [{ width: 1024, height: 768 }, { width: 1920, height: 1080 }]) {
  test.describe(`settings at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('the whole form, with refused values, in both languages; nothing clipped', async ({ page }) => {
      expect(await page.evaluate(() => document.fonts.ready.then(() => true))).toBe(true);
      await openSettings(page);
      await field(page, 'merchantNo').fill('12');
      await page.getByTestId('settings-save').click();
      await expect(page.getByTestId('problem-merchantNo')).toBeVisible();
      await checkWholeForm(page, 'settings-id', size.width);
      await page.getByTestId('language-en').click();
      await expect(page.getByTestId('problem-merchantNo')).toHaveText('Type the 10-digit merchant number from Paypro, no spaces. Leave empty for demo mode.');
      await checkWholeForm(page, 'settings-en', size.width);
      expect(MANAGER_PIN).toHaveLength(8);
    });
  });
}
