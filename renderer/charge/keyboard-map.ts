import type { KeypadKey } from '../store/index.ts';

export type KeyboardAction = { readonly kind: 'key'; readonly key: KeypadKey } | { readonly kind: 'charge' };

const DIGIT = /^[0-9]$/;

/**
 * Physical keyboard and numpad on the charge screen. `event.key` is used rather than `code` so the numpad
 * (with Num Lock) and the top row both give digits, on any keyboard layout.
 */
export function keyboardAction(key: string): KeyboardAction | undefined {
  if (DIGIT.test(key)) return { kind: 'key', key: key as KeypadKey };
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
