import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { chargeVa, startedPayment, typeOnKeypad } from './support/helpers.ts';
import { expectWholeScrollAreaSeen, screenshotPath } from './support/layout.ts';
import { invocations, openSettings, settingsField, settingsNotice } from './support/manager.ts';

/**
 * The manager edits the method list on the settings screen, and the counter of the same till charges with the
 * result after Save, without a restart: real core, demo gateway (the simulator), real settings file.
 */
const field = settingsField;
const notice = settingsNotice;

async function saveAndLeave(page: Page): Promise<void> {
  await page.getByTestId('settings-save').click();
  await expect(notice(page)).toHaveText('Tersimpan. Kasir sudah memakai pengaturan baru.');
  await page.getByTestId('settings-back').click();
  await expect(page.getByTestId('settings-screen')).toHaveCount(0);
}

interface SavedMethod { id: string; kind: string; key?: string; needsMobile: boolean; minAmount?: number; maxAmount?: number; toConfirm: boolean; banks: { id: string; wayCode?: string; toConfirm: boolean }[] }
const savedMethods = async (file: string) => (JSON.parse(await readFile(file, 'utf8')) as { methods: SavedMethod[] }).methods;

test('a method added on the screen (an e-wallet on the next free key) and a VA bank: after Save the counter charges with both, no restart', async ({ page, core, host, traffic }) => {
  await openSettings(page);
  await page.getByTestId('method-add').click();
  const card = page.getByTestId('method-new-5');
  await expect(card).toContainText('Metode baru');
  await expect(field(page, 'methods.5.id'), 'the new method\'s code takes the keyboard').toBeFocused();
  await expect(field(page, 'methods.5.kind-ewallet')).toBeChecked();
  await expect(field(page, 'methods.5.key'), 'the first key no method holds').toHaveValue('F6');
  await page.keyboard.type('ovo');
  await field(page, 'methods.5.label').fill('OVO');
  await field(page, 'methods.5.wayCode').fill('OVO');

  await page.getByTestId('bank-add-methods.1').click();
  await expect(field(page, 'methods.1.banks.5.id')).toBeFocused();
  await page.keyboard.type('BSI');
  await field(page, 'methods.1.banks.5.name').fill('BSI');
  await field(page, 'methods.1.banks.5.wayCode').fill('BSI');
  await expect(page.getByTestId('bank-new-5'), 'a bank typed in is unconfirmed until Paypro says so').toContainText('perlu dikonfirmasi ke Paypro');
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('settings-method-added', 1280) });
  await saveAndLeave(page);

  const methods = await savedMethods(host.settingsFile);
  expect(methods.at(-1)).toEqual({ id: 'OVO', kind: 'ewallet', enabled: true, label: 'OVO', wayCode: 'OVO', key: 'F6', needsMobile: false, banks: [], toConfirm: false });
  expect(methods[1]?.banks.at(-1)).toEqual({ id: 'BSI', name: 'BSI', wayCode: 'BSI', toConfirm: true });
  expect(methods[1]?.toConfirm, 'the VA keeps its "to confirm" mark').toBe(true);

  const ovo = page.getByTestId('charge-ovo');
  await expect(ovo).toContainText('OVO');
  await expect(ovo).toContainText('F6');
  await typeOnKeypad(page, '20000');
  await page.keyboard.press('F6');
  await expect(page.getByTestId('link-screen')).toBeVisible();
  const wallet = startedPayment(traffic);
  expect(core.simulator?.order(wallet.tradeNo)).toMatchObject({ channelCode: 'EWALLET', wayCode: 'OVO', amount: 20_000 });
  core.simulator?.settle(wallet.tradeNo, 'paid');
  await expect(page.getByTestId('paid-screen')).toContainText('Dibayar dengan OVO');
  await page.getByTestId('new-sale').click();

  await typeOnKeypad(page, '30000');
  await chargeVa(page, 'BSI');
  await expect(page.getByTestId('va-number')).toBeVisible();
  expect(core.simulator?.order(startedPayment(traffic).tradeNo)).toMatchObject({ channelCode: 'VA', wayCode: 'BSI', amount: 30_000 });
});

test('removing a method asks first; once saved its button and key are gone from the counter', async ({ page, host, traffic }) => {
  await openSettings(page);
  await page.getByTestId('method-remove-3').click();
  await expect(page.getByTestId('method-remove-confirm-3')).toContainText('Hapus metode LinkAja? Tombolnya hilang dari kasir setelah Simpan.');
  await expect(page.getByTestId('method-remove-yes-3')).toBeFocused();
  await page.getByTestId('method-remove-no-3').click();
  await expect(page.getByTestId('method-LINKAJA'), 'Batal keeps it').toBeVisible();
  await expect(page.getByTestId('method-remove-3')).toBeFocused();

  await page.getByTestId('method-remove-3').click();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('method-LINKAJA')).toHaveCount(0);
  await expect(page.getByTestId('method-add'), 'focus lands on the list, not lost').toBeFocused();
  await saveAndLeave(page);
  expect((await savedMethods(host.settingsFile)).map((method) => method.id)).toEqual(['QRIS', 'VA', 'DANA', 'CASHIER']);

  await expect(page.getByTestId('charge-dana')).toBeVisible();
  await expect(page.getByTestId('charge-linkaja')).toHaveCount(0);
  await typeOnKeypad(page, '20000');
  // Keys are taken in order: if F4 still charged, its payment would come before DANA's.
  await page.keyboard.press('F4');
  await page.keyboard.press('F3');
  await expect(page.getByTestId('link-screen')).toBeVisible();
  expect(invocations(traffic, 'startPayment').map((entry) => entry.request), 'F4 charged nothing').toEqual([{ amount: 20_000, method: 'DANA' }]);
});

test.describe('one method on', () => {
  test.use({ settingsText: JSON.stringify({ methods: [{ id: 'QRIS', kind: 'qris', key: 'F1' }, { id: 'DANA', kind: 'ewallet', wayCode: 'DANA', label: 'DANA', key: 'F3', enabled: false }] }) });

  test('the last method on cannot be removed (the screen says why), and main refuses a list with none on', async ({ page, host }) => {
    await openSettings(page);
    await page.getByTestId('method-remove-0').click();
    await expect(page.getByTestId('method-remove-refused-0')).toHaveText('QRIS satu-satunya metode aktif dan tidak bisa dihapus: aktifkan metode lain dulu.');
    await expect(page.getByTestId('method-remove-yes-0')).toHaveCount(0);
    await expect(page.getByTestId('method-remove-no-0')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('method-QRIS')).toBeVisible();

    // Switched off instead: main is the judge, and names the list.
    await field(page, 'methods.0.enabled').uncheck();
    await page.getByTestId('settings-save').click();
    await expect(page.getByTestId('problem-methods')).toHaveText('Aktifkan setidaknya satu metode.');
    expect(JSON.parse(await readFile(host.settingsFile, 'utf8')), 'the file is as it was').toMatchObject({ methods: [{ id: 'QRIS' }, { id: 'DANA', enabled: false }] });
  });
});

test('"ask the mobile number" switched on: the counter asks the customer\'s number before charging', async ({ page, core, host, traffic }) => {
  await openSettings(page);
  await field(page, 'methods.2.needsMobile').check();
  await saveAndLeave(page);
  expect((await savedMethods(host.settingsFile))[2]).toMatchObject({ id: 'DANA', needsMobile: true });

  await typeOnKeypad(page, '20000');
  await page.keyboard.press('F3');
  await expect(page.getByTestId('choose-mobile')).toBeVisible();
  await page.keyboard.type('081234567890');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('link-screen')).toBeVisible();
  expect(core.simulator?.order(startedPayment(traffic).tradeNo)).toMatchObject({ wayCode: 'DANA', mobile: '081234567890' });
});

test('a method\'s minimum and maximum ("50.000" as typed): amounts outside them are refused on the counter, and by main', async ({ page, core, host }) => {
  await openSettings(page);
  await field(page, 'methods.0.minAmount').fill('50.000');
  await field(page, 'methods.0.maxAmount').fill('100000');
  await saveAndLeave(page);
  expect((await savedMethods(host.settingsFile))[0]).toMatchObject({ id: 'QRIS', minAmount: 50_000, maxAmount: 100_000 });

  const qris = page.getByTestId('charge-qris');
  await typeOnKeypad(page, '20000');
  await expect(qris).toBeDisabled();
  await expect(page.getByTestId('charge-dana'), 'other methods keep their own limits').toBeEnabled();
  await page.getByTestId('key-clear').click();
  await typeOnKeypad(page, '150000');
  await expect(qris).toBeDisabled();
  await expect(page.getByTestId('charge-hint')).toHaveText(/^QRIS maksimal Rp\s100\.000\. Pakai metode lain untuk nominal ini\.$/);
  await page.getByTestId('key-clear').click();
  await typeOnKeypad(page, '60000');
  await expect(qris).toBeEnabled();
  // Main checks the limits itself, whatever a window shows.
  expect(await core.invoke('startPayment', { amount: 20_000, method: 'QRIS' })).toMatchObject({ ok: false, code: 'AMOUNT_TOO_SMALL' });
  expect(await core.invoke('startPayment', { amount: 150_000, method: 'QRIS' })).toMatchObject({ ok: false, code: 'AMOUNT_TOO_LARGE' });
});

test('refused method values, each said at its field: first what cannot be read, then a code listed twice, two methods on one key, a maximum below the minimum', async ({ page, host }) => {
  await openSettings(page);
  await page.getByTestId('method-add').click();
  await field(page, 'methods.5.id').fill('DANA');
  await field(page, 'methods.5.wayCode').fill('DANA2');
  await page.getByTestId('method-add').click();
  await field(page, 'methods.6.id').fill('GOPAY');
  await field(page, 'methods.6.key').fill('f1');
  await field(page, 'methods.0.minAmount').fill('banyak');
  await field(page, 'methods.2.minAmount').fill('50.000');
  await field(page, 'methods.2.maxAmount').fill('20.000');
  await page.getByTestId('bank-add-methods.1').click();
  await page.getByTestId('settings-save').click();

  // Main reads the values before it compares them: what cannot be read comes first.
  await expect(page.getByTestId('problem-methods.0.minAmount')).toHaveText('Ketik nominal rupiah bulat (mis. 50.000), minimum tidak lebih besar dari maksimum, atau kosongkan.');
  await expect(page.getByTestId('problem-methods.1.banks.5.id')).toHaveText('Ketik kode bank: huruf, angka, - atau _, tanpa spasi (sampai 32), tiap bank sekali saja.');
  await expect(page.getByTestId('problem-methods.1.banks.5.name')).toHaveText('Ketik nama bank, 1 sampai 40 huruf.');
  await expect(page.getByTestId('problem-methods'), 'not "turn on a method" for a value inside the list').toHaveCount(0);
  await expect(field(page, 'methods.0.minAmount'), 'focus goes to the first refused field').toBeFocused();
  await expect(notice(page)).toContainText('Belum ada yang disimpan');
  await page.screenshot({ path: screenshotPath('settings-method-refused', 1280) });

  await field(page, 'methods.0.minAmount').fill('');
  await field(page, 'methods.1.banks.5.id').fill('BSI');
  await field(page, 'methods.1.banks.5.name').fill('BSI');
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('problem-methods.5.id')).toHaveText('Kode metode: huruf besar, angka dan _, tidak boleh kembar.');
  await expect(page.getByTestId('problem-methods.6.key')).toHaveText('Ketik F1 sampai F12, satu tombol untuk satu metode aktif, atau kosongkan.');
  await expect(page.getByTestId('problem-methods.2.maxAmount')).toHaveText('Ketik nominal rupiah bulat (mis. 50.000), minimum tidak lebih besar dari maksimum, atau kosongkan.');
  await expect(page.getByTestId('problem-methods.0.minAmount')).toHaveCount(0);
  await expect(field(page, 'methods.6.key')).toHaveAttribute('aria-invalid', 'true');
  await page.getByTestId('language-en').click();
  await expect(page.getByTestId('problem-methods.6.key')).toHaveText('Type F1 to F12, one key per enabled method, or leave it empty.');
  await expect(page.getByTestId('problem-methods.5.id')).toHaveText('Method code: capitals, digits and _, each only once.');

  // Removing a method moves the ones after it: the old problems would name the wrong fields, so they go.
  await page.getByTestId('method-remove-5').click();
  await page.getByTestId('method-remove-yes-5').click();
  await expect(page.getByTestId('problem-methods.6.key')).toHaveCount(0);
  await expect(page.getByTestId('problem-methods.5.id')).toHaveCount(0);
  expect(existsSync(host.settingsFile), 'nothing was written').toBe(false);
});

test.describe('at 1024×768', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('the method editor with a new VA, its bank and a removal being confirmed: every control wholly in view at some point, nothing clipped, in both languages', async ({ page }) => {
    await openSettings(page);
    await page.getByTestId('method-add').click();
    await field(page, 'methods.5.kind-va').check();
    await expect(page.getByTestId('bank-new-0')).toBeVisible();
    await page.getByTestId('bank-add-methods.5').click();
    await page.getByTestId('method-remove-2').click();
    await page.getByTestId('settings-save').click();
    await expect(page.getByTestId('problem-methods.5.id')).toBeVisible();
    for (const language of ['id', 'en'] as const) {
      await page.getByTestId(`language-${language}`).click();
      await expectWholeScrollAreaSeen(page, {
        area: 'settings-scroll', selector: 'button, input, label, p, h2, h3, legend', message: 'every control of the method editor was wholly in view at some point',
      }, screenshotPath(`settings-methods-${language}`, 1024));
    }
  });
});
