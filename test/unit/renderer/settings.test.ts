import { describe, expect, it } from 'vitest';
import { defaultSettings, settingsSchema } from '../../../electron/settings/settings.ts';
import type { ConnectionTestResult } from '../../../shared/ipc/settings.ts';
import { en } from '../../../renderer/i18n/en.ts';
import { enSettings } from '../../../renderer/i18n/en-settings.ts';
import { id } from '../../../renderer/i18n/id.ts';
import { idSettings } from '../../../renderer/i18n/id-settings.ts';
import { baseUrlOf, formFromValues, newBank, newMethod, numberOrText, valuesFromForm } from '../../../renderer/settings/settings-form.ts';
import { settingsTranslator } from '../../../renderer/settings/settings-t.ts';
import { connectionWords, damagedFields, placeProblem, placeProblems, saltOffer, secretWords } from '../../../renderer/settings/settings-words.ts';

const defaults = defaultSettings();

describe('form ↔ SettingsValues', () => {
  it('the values main reads come back unchanged through the form', () => {
    expect(valuesFromForm(formFromValues(defaults))).toEqual(defaults);
    const full = settingsSchema.parse({
      merchantNo: '8729248847', environment: 'production', productionBaseUrl: 'https://api.paypro.example', notifyUrl: 'https://shop.example/n',
      quickAmounts: [5_000], receipt: { paperWidth: 58, printerName: 'EPSON' }, watchGraceMinutes: 60, businessDayStartHour: 4,
      returnUrl: 'https://shop.example/back', nmid: 'ID1020021234567', language: 'en', updateFeedUrl: 'https://updates.example/kasir',
      kioskMode: true, startAtLogin: true,
    });
    expect(valuesFromForm(formFromValues(full))).toEqual(full);
    expect(settingsSchema.parse(valuesFromForm(formFromValues(full)))).toEqual(full);
  });

  it('empty optional fields are left out, amounts with dots are numbers, and what is not a number goes as typed for main to name', () => {
    const form = { ...formFromValues(defaults), merchantNo: ' ', printerName: '', quickAmounts: ['50.000', '', 'lima', '', '', '', '', ''], businessDayStartHour: '24' };
    const values = valuesFromForm(form);
    expect(values).not.toHaveProperty('merchantNo');
    expect(values['receipt']).toEqual({ paperWidth: 80 });
    expect(values['quickAmounts']).toEqual([50_000, 'lima']);
    expect(values['businessDayStartHour']).toBe(24);
    expect(numberOrText('1.5')).toBe('1.5');
    expect(numberOrText('10000')).toBe(10_000);
  });

  it('the form always has eight quick-amount slots; Test connection uses the address of the chosen environment', () => {
    const form = formFromValues(defaults);
    expect(form.quickAmounts).toEqual(['10000', '20000', '50000', '100000', '', '', '', '']);
    expect(baseUrlOf(form)).toBe(defaults.sandboxBaseUrl);
    expect(baseUrlOf({ ...form, environment: 'production', productionBaseUrl: ' https://p.example ' })).toBe('https://p.example');
  });
});

describe('methods on the form', () => {
  const form = formFromValues(defaults);

  it('limits and the mobile question go to main as typed ("50.000" is a number), and come back unchanged', () => {
    const methods = form.methods.map((method, at) => (at === 0 ? { ...method, needsMobile: true, minAmount: '50.000', maxAmount: 'banyak' } : method));
    const sent = valuesFromForm({ ...form, methods })['methods'] as Record<string, unknown>[];
    expect(sent[0]).toMatchObject({ id: 'QRIS', needsMobile: true, minAmount: 50_000, maxAmount: 'banyak' });
    expect(sent[1]).not.toHaveProperty('minAmount');
    const limited = settingsSchema.parse({ methods: [{ id: 'QRIS', kind: 'qris', minAmount: 5_000, maxAmount: 200_000, needsMobile: true }] });
    expect(formFromValues(limited).methods[0]).toMatchObject({ minAmount: '5000', maxAmount: '200000', needsMobile: true });
    expect(valuesFromForm(formFromValues(limited))).toEqual(limited);
  });

  it('a new method takes the first F-key no enabled method holds; a VA starts with one empty bank; its code is sent in capitals', () => {
    const ovo = newMethod('ewallet', form.methods);
    expect(ovo).toMatchObject({ source: undefined, id: '', kind: 'ewallet', key: 'F6', enabled: true, banks: [], toConfirm: false });
    const withF1Off = form.methods.map((method, at) => (at === 0 ? { ...method, enabled: false } : method));
    expect(newMethod('qris', withF1Off).key).toBe('F1');
    const va = newMethod('va', form.methods);
    expect(va.banks).toHaveLength(1);
    expect(va.banks[0]).toMatchObject({ id: '', added: true, toConfirm: true });
    const values = valuesFromForm({ ...form, methods: [...form.methods, { ...ovo, id: ' ovo ', label: 'OVO', wayCode: 'OVO', needsMobile: true }] });
    expect(settingsSchema.parse(values).methods.at(-1)).toEqual({
      id: 'OVO', kind: 'ewallet', enabled: true, label: 'OVO', wayCode: 'OVO', key: 'F6', needsMobile: true, banks: [], toConfirm: false,
    });
  });

  it('a VA\'s banks are what the form lists, the new one unconfirmed; a saved method keeps its code and its "to confirm" mark', () => {
    const methods = form.methods.map((method) => (method.kind === 'va' ? { ...method, id: 'RENAMED', banks: [...method.banks.slice(1), { ...newBank(), id: 'BSI', name: 'BSI', wayCode: 'BSI' }] } : method));
    const parsed = settingsSchema.parse(valuesFromForm({ ...form, methods }));
    const va = parsed.methods.find((method) => method.kind === 'va');
    expect(va?.id, 'a saved method\'s id is not the form\'s to change').toBe('VA');
    expect(va?.toConfirm).toBe(true);
    expect(va?.banks.map((bank) => [bank.id, bank.toConfirm])).toEqual([['BNI', true], ['BRI', true], ['MANDIRI', true], ['PERMATA', true], ['BSI', true]]);
  });
});

describe('each refused field: where it is said and what to type', () => {
  const form = { ...formFromValues(defaults), quickAmounts: ['', '5', '', 'x', '', '', '', ''] };
  const t = settingsTranslator('id');

  it('by main\'s field path, with the screen\'s own words', () => {
    expect(placeProblem('merchantNo', form)).toEqual({ anchor: 'merchantNo', focus: 'merchantNo', key: 'settings.fix.merchantNo' });
    expect(placeProblem('payer.mobile', form).key).toBe('settings.fix.payer.mobile');
    expect(placeProblem('methods.1.banks.0.wayCode', form)).toEqual({ anchor: 'methods.1.banks.0.wayCode', focus: 'methods.1.banks.0.wayCode', key: 'settings.fix.code' });
    expect(placeProblem('methods.1.banks', form)).toEqual({ anchor: 'methods.1.banks', focus: 'methods.1.enabled', key: 'settings.fix.method.banks' });
    expect(placeProblem('methods.2.key', form).key).toBe('settings.fix.method.key');
    expect(placeProblem('methods', form).key).toBe('settings.fix.methods');
    expect(placeProblem('receipt.printerName', form).key).toBe('settings.fix.printerName');
    expect(placeProblem('productionBaseUrl', form).key).toBe('settings.fix.productionBaseUrl');
    expect(placeProblem('somethingNew', form)).toEqual({ anchor: 'form', focus: 'save', key: 'settings.fix.other' });
    expect(t(placeProblem('businessDayStartHour', form).key)).toBe('Ketik jam, angka bulat 0 sampai 23.');
  });

  it('the new fields and the methods\' new parts each have their own words, at their own field', () => {
    expect(placeProblem('nmid', form)).toEqual({ anchor: 'nmid', focus: 'nmid', key: 'settings.fix.nmid' });
    expect(placeProblem('returnUrl', form).key).toBe('settings.fix.returnUrl');
    expect(placeProblem('updateFeedUrl', form).key).toBe('settings.fix.updateFeedUrl');
    expect(placeProblem('language', form).key).toBe('settings.fix.choice');
    expect(placeProblem('methods.0.minAmount', form)).toEqual({ anchor: 'methods.0.minAmount', focus: 'methods.0.minAmount', key: 'settings.fix.method.amount' });
    expect(placeProblem('methods.0.maxAmount', form).anchor).toBe('methods.0.maxAmount');
    // A saved method's code cannot be typed: said on the method; a new one's beside its code field.
    expect(placeProblem('methods.1.id', form)).toEqual({ anchor: 'methods.1', focus: 'methods.1.enabled', key: 'settings.fix.method.id' });
    const added = { ...form, methods: [...form.methods, { ...newMethod('va', form.methods), banks: [newBank()] }] };
    expect(placeProblem('methods.5.id', added)).toEqual({ anchor: 'methods.5.id', focus: 'methods.5.id', key: 'settings.fix.method.id' });
    expect(placeProblem('methods.5.banks.0.id', added)).toEqual({ anchor: 'methods.5.banks.0.id', focus: 'methods.5.banks.0.id', key: 'settings.fix.bank.id' });
    expect(placeProblem('methods.1.banks.1.id', added)).toEqual({ anchor: 'methods.1.banks.1.name', focus: 'methods.1.banks.1.name', key: 'settings.fix.bank.id' });
    expect(t(placeProblem('methods.2.key', form).key)).toBe('Ketik F1 sampai F12, satu tombol untuk satu metode aktif, atau kosongkan.');
  });

  it('a quick amount is found in its slot (main counts only the filled ones); the first problem comes first', () => {
    expect(placeProblem('quickAmounts.1', form)).toEqual({ anchor: 'quickAmounts', focus: 'quickAmounts.3', key: 'settings.fix.quickAmounts' });
    const placed = placeProblems([
      { field: 'payer.email', rule: 'custom', detail: 'email is not valid' },
      { field: 'merchantNo', rule: 'invalid_format', detail: '…' },
      { field: 'payer.email', rule: 'custom', detail: 'again' },
    ], form);
    expect([...placed.keys()]).toEqual(['payer.email', 'merchantNo']);
  });

  it('a damaged file names its top-level fields once', () => {
    expect(damagedFields([{ field: 'quickAmounts.8', rule: 'too_big', detail: '' }, { field: 'quickAmounts.2', rule: 'x', detail: '' }, { field: 'storeName', rule: 'x', detail: '' }])).toBe('quickAmounts, storeName');
  });
});

describe('Test connection in words', () => {
  const say = (result: ConnectionTestResult, locale: 'id' | 'en' = 'id') => {
    const words = connectionWords(result);
    return settingsTranslator(locale)(words.key, words.params);
  };
  const ok = { kind: 'ok', balance: { availableAmount: 1_250_000, freezeAmount: 0, unsettledAmount: 0 }, saltComposition: 'append', entered: 'append', changed: false, tried: ['append'] } as const;

  it('every kind has its sentence, with its details', () => {
    expect(say(ok)).toMatch(/^Terhubung\. Saldo tersedia: Rp\s1\.250\.000\.$/);
    expect(say({ ...ok, balance: { availableAmount: undefined, freezeAmount: undefined, unsettledAmount: undefined } }, 'en')).toBe('Connected. Paypro did not state a balance.');
    expect(say({ kind: 'wrongSecret', tried: ['append'], code: '00014', message: 'sign error' }, 'en')).toBe('Wrong app secret: Paypro refused its signature (00014).');
    expect(say({ kind: 'wrongMerchant', merchantNo: '1234567890', code: '00010', message: 'm' }, 'en')).toBe('Paypro does not know merchant number 1234567890 (00010).');
    expect(say({ kind: 'unreachable', host: 'a.example', cause: 'dns', detail: '' }, 'en')).toContain('a.example was not found');
    expect(say({ kind: 'unreachable', host: 'a.example', cause: 'refused', detail: '' }, 'en')).toContain('connection refused');
    expect(say({ kind: 'unreachable', host: 'a.example', cause: 'timeout', detail: '' }, 'en')).toContain('did not answer in time');
    expect(say({ kind: 'unreachable', host: 'a.example', cause: 'network', detail: '' }, 'en')).toContain('network failed');
    expect(say({ kind: 'tls', host: 'a.example', detail: '' }, 'en')).toContain('certificate of a.example');
    expect(say({ kind: 'notPaypro', host: 'a.example', detail: '' }, 'en')).toContain('not as Paypro does');
    expect(say({ kind: 'refused', code: '00099', message: 'busy', tried: ['append'] }, 'en')).toBe('Paypro refused: 00099 busy');
    expect(say({ kind: 'invalid', field: 'secret', message: '' }, 'en')).toContain('Type the app secret');
  });

  it('another salt placement accepted is said plainly and offered, only when it changed', () => {
    expect(saltOffer(ok)).toBeUndefined();
    expect(saltOffer({ ...ok, entered: 'prepend', changed: true })).toEqual({ key: 'settings.test.changed', params: { salt: 'append', entered: 'prepend' } });
    expect(saltOffer({ kind: 'wrongSecret', tried: [], code: '', message: '' })).toBeUndefined();
  });
});

describe('the secret\'s status and the words', () => {
  it('stored since a date, stored without one, or none; never anything else', () => {
    expect(secretWords({ stored: false, setAt: undefined, keychain: 'ok' }, 'id')).toEqual({ key: 'settings.secret.none' });
    expect(secretWords({ stored: true, setAt: undefined, keychain: 'ok' }, 'en')).toEqual({ key: 'settings.secret.storedUnknown' });
    const dated = secretWords({ stored: true, setAt: Date.UTC(2025, 2, 1, 5), keychain: 'ok' }, 'id');
    expect(dated.key).toBe('settings.secret.storedAt');
    expect(dated.params?.['date']).toMatch(/2025/);
  });

  it('English has exactly the Indonesian keys, for the settings and the menu', () => {
    expect(Object.keys(enSettings).sort()).toEqual(Object.keys(idSettings).sort());
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    expect(id['menu.settings']).toBe('Pengaturan');
  });
});
