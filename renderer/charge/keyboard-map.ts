import type { KeypadKey } from '../store/index.ts';

export type KeyboardAction =
  | { readonly kind: 'key'; readonly key: KeypadKey }
  | { readonly kind: 'charge' }
  | { readonly kind: 'chargeWith'; readonly key: string };

/** What the map reads of a KeyboardEvent (a plain object in the unit tests). */
export type KeyPress = Pick<KeyboardEvent, 'key' | 'code'>;

const DIGIT = /^[0-9]$/;
const NUMPAD_DIGIT = /^Numpad([0-9])$/;
const FUNCTION_KEY = /^F([1-9]|1[0-2])$/;

/**
 * Physical keyboard and numpad on the charge screen.
 * - Top-row digits by `key`, so the digits of any keyboard layout work.
 * - The numpad by `code`, whatever Num Lock says: with it off the keys report Insert, End, ArrowDown, Clear…,
 *   but a cashier pressing the numpad's 5 means 5. NumpadEnter is Enter.
 * - The numpad's other keys do nothing. + − × ÷: no till convention is common enough for "+" to mean "000",
 *   and a key that silently multiplies the amount by a thousand is the very mistake (25.000 → 25.000.000) a
 *   keypad must not invite; "000" is on screen. The decimal key: rupiah have no cents, and with Num Lock off it
 *   reports Delete, which must not clear the amount.
 * - Backspace deletes a digit; Delete and Esc clear. F1–F12 charge with the method whose key it is (printed on
 *   its button); Enter with the first, default method.
 */
export function keyboardAction({ key, code }: KeyPress): KeyboardAction | undefined {
  if (code.startsWith('Numpad')) {
    const digit = NUMPAD_DIGIT.exec(code)?.[1];
    if (digit !== undefined) return { kind: 'key', key: digit as KeypadKey };
    return code === 'NumpadEnter' ? { kind: 'charge' } : undefined;
  }
  if (DIGIT.test(key)) return { kind: 'key', key: key as KeypadKey };
  if (FUNCTION_KEY.test(key)) return { kind: 'chargeWith', key };
  switch (key) {
    case 'Backspace':
      return { kind: 'key', key: 'backspace' };
    case 'Delete':
    case 'Escape':
      return { kind: 'key', key: 'clear' };
    case 'Enter':
      return { kind: 'charge' };
    default:
      return undefined;
  }
}

/**
 * Whether a held key may act again on the keyboard's auto-repeat. Only Backspace: holding it to rub out digits
 * is what every text field does, and it can only make the amount smaller. A held (or sticking) digit must not
 * turn 25.000 into 25.000.000, and a held Enter or F-key must not charge twice.
 */
export function repeats(action: KeyboardAction): boolean {
  return action.kind === 'key' && action.key === 'backspace';
}
