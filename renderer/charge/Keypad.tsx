import type { MouseEvent } from 'react';
import type { MessageKey } from '../i18n/translate.ts';
import { useT } from '../i18n/useT.ts';
import type { KeypadKey } from '../store/index.ts';
import { KEYPAD_KEYS, useKasir } from '../store/index.ts';

const SYMBOLS: Partial<Record<KeypadKey, { text: string; label: MessageKey }>> = {
  backspace: { text: '⌫', label: 'charge.key.backspace' },
  clear: { text: 'C', label: 'charge.key.clear' },
};

/**
 * Pointer presses must not move focus onto a key: focus stays on the page, so a following Enter on the
 * physical keyboard charges instead of pressing the last key again. Keyboard users can still Tab to keys.
 */
function keepFocus(event: MouseEvent<HTMLButtonElement>): void {
  event.preventDefault();
}

export function Keypad() {
  const t = useT();
  const pressKey = useKasir((state) => state.pressKey);
  return (
    <div className="keypad" role="group" aria-label={t('charge.keypadLabel')}>
      {KEYPAD_KEYS.map((key) => {
        const symbol = SYMBOLS[key];
        return (
          <button
            key={key}
            type="button"
            className={`keypad__key keypad__key--${symbol ? key : 'digit'}`}
            data-testid={`key-${key}`}
            aria-label={symbol ? t(symbol.label) : undefined}
            onMouseDown={keepFocus}
            onClick={() => pressKey(key)}
          >
            {symbol ? symbol.text : key}
          </button>
        );
      })}
    </div>
  );
}
