import { useEffect } from 'react';
import { kasirStore } from '../store/index.ts';
import { keyboardAction } from './keyboard-map.ts';

/** Enter on a focused control must press that control, not start a QRIS charge behind the cashier's back. */
function isActivatable(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button, a[href], input, select, textarea, [role="button"]') !== null;
}

export function useKeypadKeyboard(onCharge: () => void): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const action = keyboardAction(event.key);
      if (!action) return;
      if (action.kind === 'charge') {
        if (event.repeat || isActivatable(event.target)) return;
        event.preventDefault();
        onCharge();
        return;
      }
      event.preventDefault();
      kasirStore.getState().pressKey(action.key);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onCharge]);
}
