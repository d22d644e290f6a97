import { describe, expect, it } from 'vitest';
import { chargeAvailability } from '../../../renderer/charge/charge-rules.ts';
import { keyboardAction } from '../../../renderer/charge/keyboard-map.ts';
import { groupVaNumber } from '../../../renderer/payment/va-format.ts';
import { demoInfo } from './fixtures.ts';

describe('chargeAvailability', () => {
  it('needs an amount of at least the minimum', () => {
    expect(chargeAvailability(0, demoInfo, undefined)).toMatchObject({ qris: false, va: false, hint: 'empty' });
    expect(chargeAvailability(9_999, demoInfo, undefined)).toMatchObject({ qris: false, va: false, hint: 'belowMin' });
    expect(chargeAvailability(10_000, demoInfo, undefined)).toMatchObject({ qris: true, va: true, hint: undefined });
  });

  it('above the QRIS ceiling only VA remains', () => {
    expect(chargeAvailability(10_000_000, demoInfo, undefined)).toMatchObject({ qris: true, va: true });
    expect(chargeAvailability(10_000_001, demoInfo, undefined)).toMatchObject({ qris: false, va: true, hint: 'aboveQrisMax' });
  });

  it('blocks everything when main is not ready, with its reason', () => {
    const blocked = { ...demoInfo, mode: 'production' as const, ready: false, blockedReason: 'KEYCHAIN_UNAVAILABLE' as const };
    expect(chargeAvailability(25_000, blocked, undefined)).toMatchObject({ qris: false, va: false, block: { kind: 'blocked', reason: 'KEYCHAIN_UNAVAILABLE' } });
    expect(chargeAvailability(25_000, undefined, 'INTERNAL')).toMatchObject({ qris: false, va: false, block: { kind: 'blocked', reason: 'INTERNAL' } });
    expect(chargeAvailability(25_000, undefined, undefined)).toMatchObject({ qris: false, va: false, block: { kind: 'loading' } });
  });
});

describe('keyboardAction', () => {
  it('maps digits (top row and numpad give the same key), Backspace, Delete/Escape and Enter', () => {
    expect(keyboardAction('7')).toEqual({ kind: 'key', key: '7' });
    expect(keyboardAction('Backspace')).toEqual({ kind: 'key', key: 'backspace' });
    expect(keyboardAction('Delete')).toEqual({ kind: 'key', key: 'clear' });
    expect(keyboardAction('Escape')).toEqual({ kind: 'key', key: 'clear' });
    expect(keyboardAction('Enter')).toEqual({ kind: 'charge' });
  });

  it('ignores everything else', () => {
    for (const key of ['a', '+', '.', ',', 'Tab', ' ', 'F5', '10']) expect(keyboardAction(key), key).toBeUndefined();
  });
});

describe('groupVaNumber', () => {
  it('groups in fours from the left for reading aloud', () => {
    expect(groupVaNumber('8808123456789012')).toBe('8808 1234 5678 9012');
    expect(groupVaNumber('880812345')).toBe('8808 1234 5');
    expect(groupVaNumber('1234')).toBe('1234');
  });

  it('regroups a number that already has spaces, and handles empty', () => {
    expect(groupVaNumber('8808 12345678 9012')).toBe('8808 1234 5678 9012');
    expect(groupVaNumber('')).toBe('');
  });
});
