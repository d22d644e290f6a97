import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../electron/settings/settings-file.ts';
import { PAYPRO_SANDBOX_BASE_URL, baseUrlFor, defaultSettings, parseSettings } from '../../electron/settings/settings.ts';

async function fileWith(content: string): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), 'kasir-settings-')), 'settings.json');
  await writeFile(file, content);
  return file;
}

describe('settings', () => {
  it('a missing file means defaults: demo mode (no merchant number), sandbox URL', async () => {
    const loaded = await loadSettings('/nonexistent/kasir/settings.json');
    expect(loaded).toMatchObject({ ok: true, fromFile: false });
    if (!loaded.ok) return;
    expect(loaded.settings.merchantNo).toBeUndefined();
    expect(baseUrlFor(loaded.settings)).toBe(PAYPRO_SANDBOX_BASE_URL);
    expect(loaded.settings.methods.map((method) => method.id)).toEqual(['QRIS', 'VA', 'DANA', 'LINKAJA', 'CASHIER']);
  });

  it('a broken file is an error, never a silent fall-back to demo', async () => {
    const notJson = await fileWith('{ not json');
    expect(await loadSettings(notJson)).toEqual({ ok: false, message: `${notJson} is not valid JSON` });
    const folder = await mkdtemp(join(tmpdir(), 'kasir-settings-'));
    expect(await loadSettings(folder)).toMatchObject({ ok: false, message: expect.stringMatching(new RegExp(`^cannot read ${folder}: .*EISDIR`)) });
    const wrong = await loadSettings(await fileWith(JSON.stringify({ merchantNo: '12ab' })));
    expect(wrong).toMatchObject({ ok: false });
    expect(!wrong.ok && wrong.message).toBe('merchantNo: merchantNo must be the 10-digit Paypro merchant number');
  });

  it('reads a file saved with a UTF-8 byte-order mark (as Notepad saves it)', async () => {
    const loaded = await loadSettings(await fileWith(`\uFEFF${JSON.stringify({ merchantNo: '8729248847' })}`));
    expect(loaded).toMatchObject({ ok: true, settings: { merchantNo: '8729248847' } });
  });

  it('refuses unknown keys, so a secret cannot be put in the settings file by mistake', () => {
    expect(parseSettings({ appSecret: 'x' })).toMatchObject({ ok: false });
  });

  it('production has no published URL: it must be configured, and only over https://', () => {
    const missing = parseSettings({ merchantNo: '8729248847', environment: 'production' });
    expect(missing).toMatchObject({ ok: false, message: expect.stringMatching(/^productionBaseUrl: production needs/) });
    const plain = parseSettings({ merchantNo: '8729248847', environment: 'production', productionBaseUrl: 'http://pay.example.com/indonesia-pay' });
    expect(plain).toMatchObject({ ok: false, message: 'productionBaseUrl: productionBaseUrl must start with https://' });
    const set = parseSettings({ merchantNo: '8729248847', environment: 'production', productionBaseUrl: 'https://pay.example.com/indonesia-pay' });
    expect(set.ok && baseUrlFor(set.settings)).toBe('https://pay.example.com/indonesia-pay');
  });

  it('the watch grace period, in minutes (default 120); each method may set its own expiry', () => {
    const defaults = parseSettings({});
    expect(defaults.ok && defaults.settings.watchGraceMinutes).toBe(120);
    expect(parseSettings({ watchGraceMinutes: 2.5 })).toMatchObject({ ok: false });
    expect(parseSettings({ methods: [{ id: 'QRIS', kind: 'qris', expiryMinutes: 5 }] })).toMatchObject({ ok: true, settings: { methods: [{ expiryMinutes: 5 }] } });
    expect(parseSettings({ methods: [{ id: 'QRIS', kind: 'qris', expiryMinutes: 0 }] })).toMatchObject({ ok: false, message: expect.stringMatching(/^methods\.0\.expiryMinutes/) });
  });

  it('the counter extras: store name, quick amounts, the spoken line (off unless switched on), receipts', () => {
    expect(parseSettings({})).toMatchObject({ ok: true, settings: { storeName: 'Kasir', quickAmounts: [10_000, 20_000, 50_000, 100_000], speakPayments: false, receipt: { paperWidth: 80 } } });
    expect(parseSettings({ speakPayments: true })).toMatchObject({ ok: true, settings: { speakPayments: true } });
    expect(parseSettings({ speakPayments: 'yes' })).toMatchObject({ ok: false, message: expect.stringMatching(/^speakPayments/) });
    expect(parseSettings({ quickAmounts: new Array(9).fill(10_000) })).toMatchObject({ ok: false });
    expect(parseSettings({ receipt: { paperWidth: 76 } })).toMatchObject({ ok: false });
  });

  it('the shop\'s NMID, return URL, language and the installed-till switches: checked, off unless set', () => {
    const defaults = defaultSettings();
    expect(defaults).toMatchObject({ language: 'id', kioskMode: false, startAtLogin: false });
    expect(defaults).not.toHaveProperty('updateFeedUrl');
    expect(defaults).not.toHaveProperty('nmid');
    expect(parseSettings({ nmid: 'ID1020021234567', language: 'en', returnUrl: 'https://shop.example/back' })).toMatchObject({ ok: true });
    expect(parseSettings({ nmid: '1020021234567' })).toMatchObject({ ok: false, message: expect.stringMatching(/^nmid: nmid is "ID" followed by/) });
    expect(parseSettings({ nmid: 'ID12' })).toMatchObject({ ok: false });
    expect(parseSettings({ language: 'jv' })).toMatchObject({ ok: false, message: expect.stringMatching(/^language/) });
    expect(parseSettings({ updateFeedUrl: 'http://updates.example/kasir' })).toMatchObject({ ok: false, message: 'updateFeedUrl: updateFeedUrl must start with https://' });
    expect(parseSettings({ updateFeedUrl: 'https://updates.example/kasir', kioskMode: true })).toMatchObject({ ok: true });
    expect(parseSettings({ kioskMode: 'yes' })).toMatchObject({ ok: false, message: expect.stringMatching(/^kioskMode/) });
  });

  it('validates payer defaults like the gateway does', () => {
    expect(parseSettings({ payer: { username: 'Toko', mobile: '12345', email: 'toko@example.com' } })).toMatchObject({ ok: false });
    expect(parseSettings({ methods: { VA: { wayCode: 'BCA', bankName: 'BCA' } } })).toMatchObject({ ok: true });
  });
});

describe('user data folder (matches Electron app.getPath("userData") for "Kasir")', () => {
  it('follows each platform convention', async () => {
    const { userDataDir } = await import('../../electron/settings/user-data.ts');
    expect(userDataDir('linux', {}, '/home/kasir')).toBe('/home/kasir/.config/Kasir');
    expect(userDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/kasir')).toBe('/cfg/Kasir');
    expect(userDataDir('darwin', {}, '/Users/kasir')).toBe('/Users/kasir/Library/Application Support/Kasir');
    expect(userDataDir('win32', { APPDATA: 'C:\\Users\\k\\AppData\\Roaming' }, 'C:\\Users\\k')).toMatch(/Roaming.Kasir$/);
  });
});
