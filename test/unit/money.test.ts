import { describe, expect, it } from 'vitest';
import { MAX_KEYPAD_DIGITS, appendDigit, formatRupiah, groupDigits, isRupiah, parsePastedRupiah, removeLastDigit } from '../../shared/money.ts';

const plain = (text: string): string => text.replace(/\s/g, ' ');

describe('money as integer rupiah, formatted at the edge', () => {
  it('formats the Indonesian way', () => {
    expect(plain(formatRupiah(25_000))).toBe('Rp 25.000');
    expect(plain(formatRupiah(10_000_000))).toBe('Rp 10.000.000');
    expect(plain(formatRupiah(0))).toBe('Rp 0');
    expect(groupDigits(1_234_567)).toBe('1.234.567');
  });

  it('builds amounts from keypad digits', () => {
    expect(appendDigit(0, 2)).toBe(2);
    expect(appendDigit(2, 5)).toBe(25);
    expect(appendDigit(25, '000')).toBe(25_000);
    expect(appendDigit(0, 0)).toBe(0);
    expect(appendDigit(0, '000')).toBe(0);
    expect(removeLastDigit(25_000)).toBe(2_500);
    expect(removeLastDigit(7)).toBe(0);
  });

  it('refuses to grow past the keypad limit', () => {
    const max = Number('9'.repeat(MAX_KEYPAD_DIGITS));
    expect(appendDigit(max, 9)).toBe(max);
    expect(appendDigit(Number('9'.repeat(MAX_KEYPAD_DIGITS - 1)), '000')).toBe(Number('9'.repeat(MAX_KEYPAD_DIGITS - 1)));
  });

  it('recognises integer rupiah', () => {
    expect(isRupiah(25_000)).toBe(true);
    expect(isRupiah(25_000.5)).toBe(false);
    expect(isRupiah(-1)).toBe(false);
    expect(isRupiah('25000')).toBe(false);
  });
});

describe('parsePastedRupiah: what a pasted text means, in whole rupiah', () => {
  it('reads Indonesian and English grouping, with or without the currency mark', () => {
    const cases: ReadonlyArray<[string, number]> = [
      ['Rp 25.000', 25_000],
      ['Rp\u00a025.000', 25_000],
      [formatRupiah(1_250_000), 1_250_000],
      ['Rp. 25.000,-', 25_000],
      ['rp25000', 25_000],
      ['IDR 25,000', 25_000],
      ['25.000 IDR', 25_000],
      [' 1.250.000 ', 1_250_000],
      ['1,250,000', 1_250_000],
      ['25,000', 25_000],
      ['25000', 25_000],
      ['\t025000\n', 25_000],
    ];
    for (const [text, amount] of cases) expect(parsePastedRupiah(text), JSON.stringify(text)).toBe(amount);
  });

  it('zero cents after a decimal mark never multiply the amount', () => {
    expect(parsePastedRupiah('25.000,00')).toBe(25_000);
    expect(parsePastedRupiah('25000,00')).toBe(25_000);
    expect(parsePastedRupiah('1,250,000.00')).toBe(1_250_000);
    expect(parsePastedRupiah('Rp 1.250.000,0')).toBe(1_250_000);
    expect(parsePastedRupiah('10.00')).toBe(10);
  });

  it('refuses what is not a whole, positive amount the keypad could hold', () => {
    const refused = [
      '', '   ', 'Rp', 'abc', 'Rp 25.000 x 2', '25.000 25.000', '-25000', '+25000', '25.000,50', '12,5', '1e5', '0x10',
      '25.000.00', '1.250,000', '2.5000', '25 000', '25..000', '.000', '25.000.', '0', '000', 'Rp 0,00', '٢٥٠٠٠',
      '12345678901', '99.999.999.999', `${'1'.repeat(40)}`,
    ];
    for (const text of refused) expect(parsePastedRupiah(text), JSON.stringify(text)).toBeUndefined();
  });

  it('takes up to MAX_KEYPAD_DIGITS digits, and refuses one more rather than cutting it', () => {
    expect(parsePastedRupiah('9'.repeat(MAX_KEYPAD_DIGITS))).toBe(Number('9'.repeat(MAX_KEYPAD_DIGITS)));
    expect(parsePastedRupiah('9.999.999.999')).toBe(9_999_999_999);
    expect(parsePastedRupiah('9'.repeat(MAX_KEYPAD_DIGITS + 1))).toBeUndefined();
    expect(parsePastedRupiah(`000${'9'.repeat(MAX_KEYPAD_DIGITS)}`)).toBe(Number('9'.repeat(MAX_KEYPAD_DIGITS)));
  });
});
