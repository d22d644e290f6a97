import { useEffect, useRef } from 'react';
import { kasirStore } from '../store/index.ts';
import { keyboardAction, repeats } from './keyboard-map.ts';

/**
 * Whether Enter belongs to the focused control rather than to "charge with the default method". Enter charges
 * wherever focus is, except:
 * - inside a dialog, which has its own Enter;
 * - on a control the cashier moved to with the keyboard (Tab): Enter presses it, as a keyboard user expects
 *   — a charge button charges with its own method, the ID/EN switch switches — until they type the amount
 *   again, which takes the focus back (below).
 * A control that took focus from a tap or a click does not count: the cashier did not pick it for Enter, and
 * Enter would press it again instead of charging (the ID/EN switch did that).
 */
function enterBelongsToFocus(target: EventTarget | null, keyboardFocus: Element | undefined): boolean {
  if (!(target instanceof Element)) return false;
  return target === keyboardFocus || target.closest('dialog') !== null;
}

/**
 * The keypad's keyboard: digits (top row and numpad), Backspace, Esc; Enter charges with the default method; a
 * method's F-key with that method. Held keys act once (keyboard-map.ts says which may repeat). Quiet while a
 * chooser (bank, mobile number) is open: it has the keyboard then.
 */
export function useKeypadKeyboard(onCharge: (methodKey: string | undefined) => void, enabled: boolean): void {
  // Which control got focus from the keyboard: Chromium's :focus-visible heuristic, read as the focus arrives.
  // It cannot be read at Enter time, since any key press makes a clicked control match :focus-visible too.
  const keyboardFocus = useRef<Element>(undefined);
  useEffect(() => {
    function onFocusIn(event: FocusEvent): void {
      keyboardFocus.current = event.target instanceof Element && event.target.matches(':focus-visible') ? event.target : undefined;
    }
    window.addEventListener('focusin', onFocusIn);
    return () => window.removeEventListener('focusin', onFocusIn);
  }, []);
  useEffect(() => {
    if (!enabled) return;
    function onKeyDown(event: KeyboardEvent): void {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const action = keyboardAction(event);
      if (!action || (action.kind === 'charge' && enterBelongsToFocus(event.target, keyboardFocus.current))) return;
      event.preventDefault();
      if (event.repeat && !repeats(action)) return;
      if (action.kind === 'key') {
        // Typing the amount takes the focus back from a control reached with Tab, so the next Enter charges.
        if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
        kasirStore.getState().pressKey(action.key);
      } else onCharge(action.kind === 'chargeWith' ? action.key : undefined);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onCharge, enabled]);
}
