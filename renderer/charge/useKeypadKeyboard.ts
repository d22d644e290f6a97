import { useEffect } from 'react';
import { kasirStore } from '../store/index.ts';
import { keyboardAction } from './keyboard-map.ts';

/** Enter on a focused control must press that control, not start a charge behind the cashier's back. */
function isActivatable(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button, a[href], input, select, textarea, [role="button"]') !== null;
}

/**
 * The keypad's keyboard: digits, Backspace, Esc; Enter charges with the default method; a method's F-key with
 * that method. Quiet while a chooser (bank, mobile number) is open: it has the keyboard then.
 */
export function useKeypadKeyboard(onCharge: (methodKey: string | undefined) => void, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    function onKeyDown(event: KeyboardEvent): void {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const action = keyboardAction(event.key);
      if (!action) return;
      if (action.kind === 'charge' || action.kind === 'chargeWith') {
        if (event.repeat || (action.kind === 'charge' && isActivatable(event.target))) return;
        event.preventDefault();
        onCharge(action.kind === 'chargeWith' ? action.key : undefined);
        return;
      }
      event.preventDefault();
      kasirStore.getState().pressKey(action.key);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onCharge, enabled]);
}
