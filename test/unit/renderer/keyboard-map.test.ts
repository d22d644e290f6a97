import { describe, expect, it } from 'vitest';
import type { KeyPress } from '../../../renderer/charge/keyboard-map.ts';
import { keyboardAction, repeats } from '../../../renderer/charge/keyboard-map.ts';

/** A key of the main block: its code is not a numpad one. */
const main = (key: string): KeyPress => ({ key, code: /^[0-9]$/.test(key) ? `Digit${key}` : key });

describe('keyboardAction', () => {
  it('maps top-row digits, Backspace, Delete/Escape and Enter', () => {
    expect(keyboardAction(main('7'))).toEqual({ kind: 'key', key: '7' });
    expect(keyboardAction(main('Backspace'))).toEqual({ kind: 'key', key: 'backspace' });
    expect(keyboardAction(main('Delete'))).toEqual({ kind: 'key', key: 'clear' });
    expect(keyboardAction(main('Escape'))).toEqual({ kind: 'key', key: 'clear' });
    expect(keyboardAction(main('Enter'))).toEqual({ kind: 'charge' });
  });

  it('reads the numpad by code, so it types digits whatever Num Lock says', () => {
    const numLockOff = ['Insert', 'End', 'ArrowDown', 'PageDown', 'ArrowLeft', 'Clear', 'ArrowRight', 'Home', 'ArrowUp', 'PageUp'];
    numLockOff.forEach((key, digit) => {
      expect(keyboardAction({ key, code: `Numpad${digit}` }), key).toEqual({ kind: 'key', key: String(digit) });
      expect(keyboardAction({ key: String(digit), code: `Numpad${digit}` })).toEqual({ kind: 'key', key: String(digit) });
    });
    expect(keyboardAction({ key: 'Enter', code: 'NumpadEnter' })).toEqual({ kind: 'charge' });
  });

  it('the numpad\'s other keys do nothing: no "000", no clear when the decimal key says Delete', () => {
    const others: KeyPress[] = [
      { key: 'Delete', code: 'NumpadDecimal' }, { key: ',', code: 'NumpadDecimal' }, { key: '.', code: 'NumpadDecimal' },
      { key: '+', code: 'NumpadAdd' }, { key: '-', code: 'NumpadSubtract' }, { key: '*', code: 'NumpadMultiply' },
      { key: '/', code: 'NumpadDivide' }, { key: '=', code: 'NumpadEqual' }, { key: ',', code: 'NumpadComma' },
    ];
    for (const press of others) expect(keyboardAction(press), press.code).toBeUndefined();
  });

  it('a key without a code (an on-screen or virtual keyboard) is read by its key', () => {
    expect(keyboardAction({ key: '4', code: '' })).toEqual({ kind: 'key', key: '4' });
    expect(keyboardAction({ key: 'Enter', code: '' })).toEqual({ kind: 'charge' });
  });

  it('F1–F12 charge with the method whose key it is', () => {
    expect(keyboardAction(main('F1'))).toEqual({ kind: 'chargeWith', key: 'F1' });
    expect(keyboardAction(main('F12'))).toEqual({ kind: 'chargeWith', key: 'F12' });
  });

  it('ignores everything else', () => {
    for (const key of ['a', '+', '.', ',', 'Tab', ' ', 'F13', 'F0', '10', 'Insert', 'ArrowDown']) expect(keyboardAction(main(key)), key).toBeUndefined();
  });
});

describe('repeats: what a held key may do again', () => {
  it('only Backspace repeats; digits, clear, Enter and the F-keys act once', () => {
    expect(repeats({ kind: 'key', key: 'backspace' })).toBe(true);
    for (const key of ['0', '5', '9', 'clear'] as const) expect(repeats({ kind: 'key', key }), key).toBe(false);
    expect(repeats({ kind: 'charge' })).toBe(false);
    expect(repeats({ kind: 'chargeWith', key: 'F1' })).toBe(false);
  });
});
