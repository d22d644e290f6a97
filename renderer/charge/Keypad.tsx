import type { MouseEvent } from 'react';
import { formatRupiah, groupDigits } from '../../shared/money.ts';
import type { MessageKey } from '../i18n/translate.ts';
import { useT } from '../i18n/useT.ts';
import type { KasirState, KeypadKey } from '../store/index.ts';
import { KEYPAD_KEYS, useKasir } from '../store/index.ts';

const SYMBOLS: Partial<Record<KeypadKey, { text: string; label: MessageKey }>> = {
  backspace: { text: '⌫', label: 'charge.key.backspace' },
  clear: { text: 'C', label: 'charge.key.clear' },
};

/**
 * Pointer presses must not move focus onto a button: focus stays where it was, so a following Enter on the
 * physical keyboard charges instead of pressing the last button again. Keyboard users can still Tab to them.
 */
export function keepFocus(event: MouseEvent<HTMLButtonElement>): void {
  event.preventDefault();
}

const NO_AMOUNTS: readonly number[] = [];
const selectQuickAmounts = (state: KasirState) => state.appInfo?.quickAmounts ?? NO_AMOUNTS;

/**
 * One-tap amounts from the settings. A tap replaces the typed amount rather than adding to it: a cashier taps
 * "50.000" to charge 50.000, and a double tap or a second tap must not quietly make it 100.000.
 */
export function QuickAmounts({ disabled = false }: { readonly disabled?: boolean }) {
  const t = useT();
  const amounts = useKasir(selectQuickAmounts);
  const setAmount = useKasir((state) => state.setAmount);
  if (amounts.length === 0) return null;
  return (
    <div className={`quick-amounts${amounts.length > 4 ? ' quick-amounts--two-rows' : ''}`} role="group" aria-label={t('charge.quickAmounts')}>
      {amounts.map((amount, index) => {
        const text = groupDigits(amount);
        return (
          <button
            key={index}
            type="button"
            className={`quick-amounts__button${text.length > 7 ? ' quick-amounts__button--long' : ''}`}
            data-testid={`quick-${amount}`}
            aria-label={formatRupiah(amount)}
            disabled={disabled}
            onMouseDown={keepFocus}
            onClick={() => setAmount(amount)}
          >
            {text.replace(/\./g, '.\u200b')}
          </button>
        );
      })}
    </div>
  );
}

export function Keypad({ disabled = false }: { readonly disabled?: boolean }) {
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
            disabled={disabled}
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
