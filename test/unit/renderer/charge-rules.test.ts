import { describe, expect, it } from 'vitest';
import { chargeAvailability } from '../../../renderer/charge/charge-rules.ts';
import { groupVaNumber } from '../../../renderer/payment/va-format.ts';
import { demoInfo } from './fixtures.ts';

describe('chargeAvailability', () => {
  const enabled = (amount: number) => [...chargeAvailability(amount, demoInfo, undefined).enabled].sort();

  it('needs an amount of at least the minimum', () => {
    expect(chargeAvailability(0, demoInfo, undefined)).toMatchObject({ hint: 'empty' });
    expect(enabled(0)).toEqual([]);
    expect(chargeAvailability(9_999, demoInfo, undefined)).toMatchObject({ hint: 'belowMin' });
    expect(enabled(9_999)).toEqual([]);
    expect(chargeAvailability(10_000, demoInfo, undefined).hint).toBeUndefined();
    expect(enabled(10_000)).toEqual(['DANA', 'QRIS', 'VA']);
  });

  it('above a method\'s ceiling only that method is disabled, and the hint names it', () => {
    expect(enabled(10_000_000)).toEqual(['DANA', 'QRIS', 'VA']);
    const above = chargeAvailability(10_000_001, demoInfo, undefined);
    expect(above).toMatchObject({ hint: 'aboveMax', overMax: [{ id: 'QRIS' }] });
    expect([...above.enabled].sort()).toEqual(['DANA', 'VA']);
  });

  it('blocks everything when main is not ready, with its reason', () => {
    const blocked = { ...demoInfo, mode: 'production' as const, ready: false, blockedReason: 'KEYCHAIN_UNAVAILABLE' as const };
    expect(chargeAvailability(25_000, blocked, undefined)).toMatchObject({ block: { kind: 'blocked', reason: 'KEYCHAIN_UNAVAILABLE' } });
    expect(chargeAvailability(25_000, blocked, undefined).enabled.size).toBe(0);
    expect(chargeAvailability(25_000, undefined, 'INTERNAL')).toMatchObject({ block: { kind: 'blocked', reason: 'INTERNAL' } });
    expect(chargeAvailability(25_000, undefined, undefined)).toMatchObject({ block: { kind: 'loading' } });
  });

  it('offers no method while Paypro is unreachable (cash only), and all of them once it answers', () => {
    const offline = chargeAvailability(25_000, { ...demoInfo, gateway: 'unreachable' }, undefined);
    expect(offline).toMatchObject({ block: { kind: 'offline' } });
    expect(offline.enabled.size).toBe(0);
    expect(chargeAvailability(25_000, { ...demoInfo, gateway: 'reachable' }, undefined).block).toBeUndefined();
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
