import type { KeypadKey } from '../store/index.ts';

export type KeyboardAction =
  | { readonly kind: 'key'; readonly key: KeypadKey }
  | { readonly kind: 'charge' }
  | { readonly kind: 'chargeWith'; readonly key: string };

const DIGIT = /^[0-9]$/;
const FUNCTION_KEY = /^F([1-9]|1[0-2])$/;

/**
 * Physical keyboard and numpad on the charge screen. `event.key` is used rather than `code` so the numpad
 * (with Num Lock) and the top row both give digits, on any keyboard layout. F1–F12 charge with the method
 * whose key it is (printed on its button); Enter with the first method.
 */
export function keyboardAction(key: string): KeyboardAction | undefined {
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
