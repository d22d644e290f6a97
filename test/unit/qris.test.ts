import { describe, expect, it } from 'vitest';
import { crc16Ccitt, decodeTlv, encodeWithCrc, parseQris } from '../../shared/qris/emv.ts';

// The real QRIS payload published in Paypro's payIn example (seed/paypro-indonesia-payment-api.txt).
const SEED_QRIS = '00020101021226670021ID/.HTTPS://CFSUKSESS011893600922376110100202097611010020303UMI51440014ID.CO.QRIS.WWW0215ID20243249690030303UMI520465335802ID5902CF6015 JAKARTA SELATA6105127605405500005303360623605259d9faf8343bb48a186ca7c6e20703A0163049FE2';

describe('QRIS EMV payloads', () => {
  it('computes CRC-16/CCITT-FALSE (check value of "123456789" is 29B1)', () => {
    expect(crc16Ccitt('123456789')).toBe('29B1');
  });

  it("accepts Paypro's published payload, CRC included", () => {
    const parsed = parseQris(SEED_QRIS);
    expect(parsed.ok && parsed.value).toMatchObject({ dynamic: true, amount: 50000, merchantName: 'CF', nmid: 'ID2024324969003' });
  });

  it('refuses a payload with one character changed', () => {
    const tampered = SEED_QRIS.replace('5405500005', '5405900005');
    expect(parseQris(tampered)).toMatchObject({ ok: false, code: 'QRIS_BAD_CRC' });
  });

  it('refuses truncated, non-EMV and foreign-currency payloads', () => {
    expect(parseQris(SEED_QRIS.slice(0, 50))).toMatchObject({ ok: false });
    expect(parseQris('hello world')).toMatchObject({ ok: false, code: 'EMV_MALFORMED' });
    expect(parseQris('')).toMatchObject({ ok: false });
    const usd = encodeWithCrc([{ tag: '00', value: '01' }, { tag: '01', value: '12' }, { tag: '53', value: '840' }]);
    expect(parseQris(usd)).toMatchObject({ ok: false, code: 'QRIS_NOT_IDR' });
  });

  it('round-trips what it encodes', () => {
    const payload = encodeWithCrc([
      { tag: '00', value: '01' }, { tag: '01', value: '12' }, { tag: '53', value: '360' }, { tag: '54', value: '25000' },
      { tag: '58', value: 'ID' }, { tag: '59', value: 'TOKO BU SRI' }, { tag: '60', value: 'BANDUNG' },
    ]);
    expect(parseQris(payload)).toMatchObject({ ok: true, value: { amount: 25000, merchantName: 'TOKO BU SRI', merchantCity: 'BANDUNG', nmid: undefined } });
    const decoded = decodeTlv(payload);
    expect(decoded.ok && decoded.value.map((f) => f.tag)).toEqual(['00', '01', '53', '54', '58', '59', '60', '63']);
  });

  it('refuses to encode values that do not fit a TLV field', () => {
    expect(() => encodeWithCrc([{ tag: '59', value: 'x'.repeat(100) }])).toThrow(/longer than 99/);
    expect(() => encodeWithCrc([{ tag: '5', value: 'x' }])).toThrow(/two digits/);
  });
});
