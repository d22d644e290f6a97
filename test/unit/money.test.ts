import { describe, expect, it } from 'vitest';
import { MAX_KEYPAD_DIGITS, appendDigit, formatRupiah, groupDigits, isRupiah, removeLastDigit } from '../../shared/money.ts';

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
