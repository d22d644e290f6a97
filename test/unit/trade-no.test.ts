import { describe, expect, it } from 'vitest';
import { validateTradeNo } from '../../shared/paypro/validate.ts';
import { makeTradeNo } from '../../electron/payments/trade-no.ts';

describe('tradeNo = yyyyMMddHHmmss + random', () => {
  it('starts with the local date and time and pads the random part', () => {
    expect(makeTradeNo(new Date(2026, 10, 25, 9, 5, 7), () => 42)).toBe('2026112509050700000042');
  });

  it('is valid for Paypro and differs between calls', () => {
    const numbers = new Set(Array.from({ length: 1000 }, () => makeTradeNo()));
    expect(numbers.size).toBe(1000);
    for (const tradeNo of numbers) expect(validateTradeNo(tradeNo).ok).toBe(true);
  });
});
