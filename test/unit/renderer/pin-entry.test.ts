import { describe, expect, it } from 'vitest';
import type { PinEntry, PinEntryEvent } from '../../../renderer/manager/pin-entry.ts';
import { clockTime, emptyPinEntry, pinEntryReducer, pinMode, pinWait, submitStep, waitLeft } from '../../../renderer/manager/pin-entry.ts';

const run = (...events: PinEntryEvent[]): PinEntry => events.reduce(pinEntryReducer, emptyPinEntry);
const digits = (pin: string): PinEntryEvent[] => [...pin].map((digit) => ({ type: 'digit', digit }));

describe('the PIN being typed', () => {
  it('takes digits up to eight, nothing else; Backspace takes one back and clear empties', () => {
    expect(run(...digits('123456789')).digits).toBe('12345678');
    expect(run({ type: 'digit', digit: 'a' }, { type: 'digit', digit: '12' }).digits).toBe('');
    expect(run(...digits('123'), { type: 'backspace' }).digits).toBe('12');
    expect(run(...digits('123'), { type: 'clear' }).digits).toBe('');
  });

  it('OK does nothing below four digits', () => {
    expect(submitStep(run(...digits('123')), 'unlock')).toEqual({ kind: 'none' });
    expect(submitStep(run(...digits('123')), 'set')).toEqual({ kind: 'none' });
  });

  it('unlocking sends what was typed', () => {
    expect(submitStep(run(...digits('73915208')), 'unlock')).toEqual({ kind: 'send', pin: '73915208' });
  });

  it('a new PIN is typed twice: sent only when both match, else typed again from the start', () => {
    const first = run(...digits('2580'));
    expect(submitStep(first, 'set')).toEqual({ kind: 'confirm' });
    const confirming = pinEntryReducer(first, { type: 'confirm' });
    expect(confirming).toEqual({ step: 'confirm', digits: '', first: '2580', notice: undefined });
    const same = [...'2580'].reduce((entry, digit) => pinEntryReducer(entry, { type: 'digit', digit }), confirming);
    expect(submitStep(same, 'set')).toEqual({ kind: 'send', pin: '2580' });
    const other = [...'2581'].reduce((entry, digit) => pinEntryReducer(entry, { type: 'digit', digit }), confirming);
    expect(submitStep(other, 'set')).toEqual({ kind: 'mismatch' });
    expect(pinEntryReducer(other, { type: 'mismatch' })).toEqual({ ...emptyPinEntry, notice: 'mismatch' });
  });

  it('a new PIN anyone would try first is refused at its first entry, as main would refuse it', () => {
    expect(submitStep(run(...digits('1234')), 'set')).toEqual({ kind: 'refused', code: 'PIN_TOO_SIMPLE' });
    expect(submitStep(run(...digits('99999')), 'set')).toEqual({ kind: 'refused', code: 'PIN_TOO_SIMPLE' });
    expect(submitStep(run(...digits('87654')), 'set')).toEqual({ kind: 'refused', code: 'PIN_TOO_SIMPLE' });
    // Unlocking is not the place to judge a PIN: an old weak one still opens.
    expect(submitStep(run(...digits('1234')), 'unlock')).toEqual({ kind: 'send', pin: '1234' });
  });

  it('a refusal from main empties the pad (and forgets a first entry) and keeps the reason', () => {
    const confirming = run(...digits('1234'), { type: 'confirm' }, ...digits('1234'));
    expect(pinEntryReducer(confirming, { type: 'refused', code: 'PIN_TOO_SIMPLE' })).toEqual({ step: 'enter', digits: '', first: '', notice: 'PIN_TOO_SIMPLE' });
  });
});

describe('mode and waits', () => {
  const state = { pinSet: true, active: false, retryAt: 10_000, locked: false };

  it('sets a PIN only when main says there is none', () => {
    expect(pinMode({ ...state, pinSet: false })).toBe('set');
    expect(pinMode(state)).toBe('unlock');
    expect(pinMode(undefined)).toBe('unlock');
  });

  it('a wait runs until retryAt, and says whether it is the lockout', () => {
    expect(pinWait(state, 9_999)).toEqual({ until: 10_000, locked: false });
    expect(pinWait({ ...state, locked: true }, 0)).toEqual({ until: 10_000, locked: true });
    expect(pinWait(state, 10_000)).toBeUndefined();
    expect(pinWait({ ...state, retryAt: undefined }, 0)).toBeUndefined();
    expect(pinWait(undefined, 0)).toBeUndefined();
  });

  it('time left is mm:ss rounded up; the lockout\'s end is a 24-hour HH:MM', () => {
    expect(waitLeft(10_000, 5_001)).toBe('00:05');
    expect(waitLeft(10_000, 9_999)).toBe('00:01');
    expect(waitLeft(75_000, 0)).toBe('01:15');
    expect(waitLeft(0, 5)).toBe('00:00');
    expect(clockTime(new Date(2026, 10, 26, 14, 5).getTime())).toBe('14:05');
    expect(clockTime(new Date(2026, 10, 26, 9, 0).getTime())).toBe('09:00');
  });
});
