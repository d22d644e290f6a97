import { describe, expect, it } from 'vitest';
import { MethodCatalogue } from '../../electron/payments/catalogue.ts';
import { DEFAULT_METHODS } from '../../electron/settings/methods.ts';
import { parseSettings } from '../../electron/settings/settings.ts';

/** The method catalogue: what each kind means at Paypro, and what windows may know of it. */
describe('method catalogue', () => {
  const catalogue = new MethodCatalogue(DEFAULT_METHODS);

  it('offers the default methods in order, the first for Enter', () => {
    expect(catalogue.list().map((method) => [method.id, method.kind, method.key])).toEqual([
      ['QRIS', 'qris', 'F1'], ['VA', 'va', 'F2'], ['DANA', 'ewallet', 'F3'], ['LINKAJA', 'ewallet', 'F4'], ['CASHIER', 'cashier', 'F5'],
    ]);
    expect(catalogue.defaultMethod?.id).toBe('QRIS');
  });

  it('maps each kind onto Paypro: channel, call, credential, limits and expiry', () => {
    const pick = (id: string) => {
      const method = catalogue.get(id);
      return method && [method.channelCode, method.wayCode, method.flow, method.credential, method.maxAmount, method.expiryMs / 60_000];
    };
    expect(pick('QRIS')).toEqual(['QRIS', undefined, 'payIn', 'qrString', 10_000_000, 15]);
    expect(pick('VA')).toEqual(['VA', undefined, 'payIn', 'vaNumber', undefined, 30]);
    expect(pick('DANA')).toEqual(['EWALLET', 'DANA', 'payIn', 'paymentUrl', undefined, 15]);
    expect(pick('CASHIER')).toEqual([undefined, undefined, 'paymentLink', 'paymentUrl', undefined, 30]);
  });

  it('marks codes Paypro has not confirmed: the VA banks are this till\'s guesses', () => {
    expect(catalogue.get('VA')?.toConfirm).toBe(true);
    expect(catalogue.get('VA')?.banks.map((bank) => [bank.id, bank.wayCode, bank.toConfirm])).toContainEqual(['BCA', 'BCA', true]);
    expect(catalogue.get('DANA')?.toConfirm, 'DANA is attested').toBe(false);
  });

  it('tells windows names, keys and limits, never the Paypro codes', () => {
    const info = catalogue.info();
    expect(JSON.stringify(info)).not.toMatch(/wayCode|channelCode|flow|credential|expiryMs/);
    expect(info.find((method) => method.id === 'VA')?.banks[0]).toEqual({ id: 'BCA', name: 'BCA', toConfirm: true });
  });

  it('leaves out disabled methods', () => {
    const some = new MethodCatalogue(DEFAULT_METHODS.map((method) => ({ ...method, enabled: method.id !== 'VA' })));
    expect(some.get('VA')).toBeUndefined();
    expect(some.list()).toHaveLength(4);
  });
});

describe('methods in settings', () => {
  it('reads the first settings format ({ QRIS, VA: { bankName, wayCode } }) as a catalogue', () => {
    const legacy = parseSettings({ methods: { VA: { wayCode: 'BCA', bankName: 'BCA' } } });
    expect(legacy.ok && legacy.settings.methods.map((method) => [method.id, method.kind, method.banks.map((bank) => [bank.name, bank.wayCode, bank.toConfirm])])).toEqual([
      ['QRIS', 'qris', []], ['VA', 'va', [['BCA', 'BCA', false]]],
    ]);
  });

  it('a new method is one entry: an e-wallet with its own wayCode and key', () => {
    const withOvo = parseSettings({ methods: [...DEFAULT_METHODS, { id: 'OVO', kind: 'ewallet', label: 'OVO', wayCode: 'OVO', key: 'F6' }] });
    expect(withOvo.ok && new MethodCatalogue(withOvo.settings.methods).get('OVO')).toMatchObject({ channelCode: 'EWALLET', wayCode: 'OVO', label: 'OVO', key: 'F6' });
  });

  it('refuses a catalogue a till could not charge with, naming what to fix', () => {
    expect(parseSettings({ methods: [{ id: 'QRIS', kind: 'qris' }, { id: 'QRIS', kind: 'qris' }] })).toMatchObject({ ok: false, message: 'methods.1.id: method QRIS is listed twice' });
    expect(parseSettings({ methods: [{ id: 'VA', kind: 'va' }] })).toMatchObject({ ok: false, message: 'methods.0.banks: a VA method needs at least one bank' });
    expect(parseSettings({ methods: [{ id: 'QRIS', kind: 'qris', enabled: false }] })).toMatchObject({ ok: false, message: expect.stringMatching(/enable at least one method/) });
    expect(parseSettings({ methods: [{ id: 'qris', kind: 'qris' }] })).toMatchObject({ ok: false, message: expect.stringMatching(/^methods\.0\.id: method ids are capitals/) });
    expect(parseSettings({ methods: [{ id: 'X', kind: 'crypto' }] })).toMatchObject({ ok: false });
    expect(parseSettings({ methods: [{ id: 'QRIS', kind: 'qris', key: 'F13' }] })).toMatchObject({ ok: false, message: expect.stringMatching(/F1 to F12/) });
  });

  it('names a refused value inside the list by its own path, not the whole list', () => {
    const methods = DEFAULT_METHODS.map((method, at) => (at === 2 ? { ...method, minAmount: 'banyak' } : method));
    expect(parseSettings({ methods })).toMatchObject({ ok: false, message: expect.stringMatching(/^methods\.2\.minAmount: /) });
    expect(parseSettings({ methods: { VA: { wayCode: 'B C A' } } })).toMatchObject({ ok: false, message: expect.stringMatching(/^methods: /) });
  });

  it('refuses two enabled methods on one key, a maximum below the minimum, and a bank listed twice', () => {
    const twoOnF1 = [{ id: 'QRIS', kind: 'qris', key: 'F1' }, { id: 'OVO', kind: 'ewallet', wayCode: 'OVO', key: 'F1' }];
    expect(parseSettings({ methods: twoOnF1 })).toMatchObject({ ok: false, message: 'methods.1.key: F1 is already the key of QRIS' });
    // A method switched off holds no key: the counter does not offer it.
    expect(parseSettings({ methods: twoOnF1.map((method, at) => ({ ...method, enabled: at === 0 })) })).toMatchObject({ ok: true });
    expect(parseSettings({ methods: [{ id: 'QRIS', kind: 'qris', minAmount: 50_000, maxAmount: 20_000 }] })).toMatchObject({ ok: false, message: expect.stringMatching(/^methods\.0\.maxAmount: maxAmount is below minAmount/) });
    expect(parseSettings({ methods: [{ id: 'QRIS', kind: 'qris', minAmount: 20_000, maxAmount: 20_000 }] })).toMatchObject({ ok: true });
    const bca = { id: 'BCA', name: 'BCA', wayCode: 'BCA' };
    expect(parseSettings({ methods: [{ id: 'VA', kind: 'va', banks: [bca, { ...bca, name: 'BCA 2' }] }] })).toMatchObject({ ok: false, message: 'methods.0.banks.1.id: bank BCA is listed twice' });
  });
});
