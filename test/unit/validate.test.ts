import { describe, expect, it } from 'vitest';
import { LIMITS, isValidEmail, isValidMobile, validateAmount, validatePayer, validateTradeNo } from '../../shared/paypro/validate.ts';

const code = (result: { ok: boolean; code?: string }): string => (result.ok ? 'ok' : String(result.code));

describe('amount validation (integer rupiah, Rp 10.000 minimum, Rp 10.000.000 QRIS maximum)', () => {
  it.each([
    [10_000, 'QRIS', 'ok'],
    [9_999, 'QRIS', 'AMOUNT_TOO_SMALL'],
    [0, 'VA', 'AMOUNT_TOO_SMALL'],
    [-25_000, 'VA', 'AMOUNT_TOO_SMALL'],
    [10_000_000, 'QRIS', 'ok'],
    [10_000_001, 'QRIS', 'AMOUNT_TOO_LARGE'],
    [10_000_001, 'VA', 'ok'],
    [25_000.5, 'QRIS', 'AMOUNT_NOT_INTEGER'],
    [Number.NaN, 'QRIS', 'AMOUNT_NOT_INTEGER'],
    [Number.POSITIVE_INFINITY, 'VA', 'AMOUNT_NOT_INTEGER'],
    [2 ** 53, 'VA', 'AMOUNT_NOT_INTEGER'],
    ['25000', 'QRIS', 'AMOUNT_NOT_INTEGER'],
    [null, 'QRIS', 'AMOUNT_NOT_INTEGER'],
  ] as const)('%s by %s → %s', (amount, channel, expected) => {
    expect(code(validateAmount(amount, channel))).toBe(expected);
  });

  it('states the limits in one place', () => {
    expect(LIMITS.minAmount).toBe(10_000);
    expect(LIMITS.maxAmountByChannel.QRIS).toBe(10_000_000);
    expect(LIMITS.maxTradeNoLength).toBe(32);
  });
});

describe('payer validation', () => {
  it.each([
    ['0812345678', true], // 10 digits, the shortest
    ['0812345678901', true], // 13 digits, the longest
    ['081234567', false], // 9 digits
    ['08123456789012', false], // 14 digits
    ['6281245907765', true],
    ['628124590', false], // 9 digits
    ['62812459077650', false],
    ['+6281245907765', false],
    ['0712345678', false],
    ['08123 45678', false],
    ['08l2345678', false],
  ])('mobile %s → %s', (mobile, valid) => {
    expect(isValidMobile(mobile)).toBe(valid);
  });

  it.each([
    ['kevin@163.com', true], ['a@b.co', true], ['no-at.example.com', false], ['a@b', false], ['a b@c.com', false], ['', false],
  ])('email %s → %s', (email, valid) => {
    expect(isValidEmail(email)).toBe(valid);
  });

  it('names the first bad field', () => {
    const good = { username: 'Toko', mobile: '081234567890', email: 'toko@example.com' };
    expect(code(validatePayer(good))).toBe('ok');
    expect(code(validatePayer({ ...good, username: '  ' }))).toBe('USERNAME_INVALID');
    expect(code(validatePayer({ ...good, mobile: '12345' }))).toBe('MOBILE_INVALID');
    expect(code(validatePayer({ ...good, email: 'x' }))).toBe('EMAIL_INVALID');
  });
});

describe('tradeNo validation', () => {
  it('accepts up to 32 safe characters and refuses the rest', () => {
    expect(code(validateTradeNo('a'.repeat(32)))).toBe('ok');
    expect(code(validateTradeNo('test_00000008'))).toBe('ok');
    expect(code(validateTradeNo('a'.repeat(33)))).toBe('TRADE_NO_INVALID');
    expect(code(validateTradeNo(''))).toBe('TRADE_NO_INVALID');
    expect(code(validateTradeNo('abc def'))).toBe('TRADE_NO_INVALID');
    expect(code(validateTradeNo('abc=1'))).toBe('TRADE_NO_INVALID');
  });
});
