import { useEffect, useRef } from 'react';
import { keyboardAction, repeats } from '../charge/keyboard-map.ts';
import { useT } from '../i18n/useT.ts';

const DIGIT_ROWS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

export interface PinKeyHandlers {
  readonly onDigit: (digit: string) => void;
  readonly onBackspace: () => void;
  readonly onClear: () => void;
  readonly onSubmit: () => void;
}

/**
 * Enter submits the PIN, except on a control the manager moved to that is not a digit (Cancel, ⌫, OK): there it
 * presses that control, as a keyboard user expects. On a digit key Enter must not type the digit again.
 */
function enterBelongsToFocus(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button:not([data-pin-digit])') !== null;
}

/**
 * The physical keyboard while the PIN dialog is open: digits (top row and numpad, whatever Num Lock says),
 * Backspace, Delete clears, Enter submits (on Cancel, ⌫ or OK reached with Tab, Enter presses that key until a digit
 * is typed); Esc is left to the dialog, which closes. A held digit types once.
 * While the pad is disabled (a wait after wrong PINs, a PIN being checked) keys do nothing.
 */
export function usePinKeyboard(handlers: PinKeyHandlers, enabled: boolean): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.key === 'Escape') return;
      const action = keyboardAction(event);
      if (action?.kind === 'charge') {
        if (enterBelongsToFocus(event.target)) return;
        event.preventDefault();
        if (enabled && !event.repeat) latest.current.onSubmit();
        return;
      }
      if (action?.kind !== 'key') return;
      event.preventDefault();
      if (!enabled || (event.repeat && !repeats(action))) return;
      // As on the keypad: typing takes the focus back from a control reached with Tab, so the next Enter submits.
      if (event.target instanceof HTMLElement && event.target.matches('button')) event.target.closest('dialog')?.focus();
      if (action.key === 'backspace') latest.current.onBackspace();
      else if (action.key === 'clear') latest.current.onClear();
      else latest.current.onDigit(action.key);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}

interface PinPadProps {
  readonly handlers: PinKeyHandlers;
  readonly disabled: boolean;
  readonly canSubmit: boolean;
  readonly submitLabel: string;
}

/** Large keys for a finger: 1–9, then ⌫ 0 OK, as on a payment terminal's PIN pad. */
export function PinPad({ handlers, disabled, canSubmit, submitLabel }: PinPadProps) {
  const t = useT();
  return (
    <div className="pin-pad" role="group" aria-label={t('manager.padLabel')} data-testid="pin-pad">
      {DIGIT_ROWS.map((digit) => (
        <button key={digit} type="button" className="pin-pad__key" data-pin-digit="" data-testid={`pin-key-${digit}`} disabled={disabled} onClick={() => handlers.onDigit(digit)}>
          {digit}
        </button>
      ))}
      <button type="button" className="pin-pad__key" data-testid="pin-key-backspace" aria-label={t('manager.key.backspace')} disabled={disabled} onClick={handlers.onBackspace}>
        ⌫
      </button>
      <button type="button" className="pin-pad__key" data-pin-digit="" data-testid="pin-key-0" disabled={disabled} onClick={() => handlers.onDigit('0')}>
        0
      </button>
      <button type="button" className="pin-pad__key pin-pad__submit" data-testid="pin-submit" disabled={disabled || !canSubmit} onClick={handlers.onSubmit}>
        {submitLabel}
      </button>
    </div>
  );
}
