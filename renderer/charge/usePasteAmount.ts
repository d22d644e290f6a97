import { useEffect } from 'react';
import { parsePastedRupiah } from '../../shared/money.ts';
import { kasirStore } from '../store/index.ts';

/**
 * Ctrl/Cmd+V on the keypad screen: a pasted amount ("Rp 25.000", "25.000,00", "1,250,000") replaces the typed
 * one; anything else leaves it as it is and says so. The rules are parsePastedRupiah's. Quiet while a chooser
 * (bank, mobile number) is open.
 */
export function usePasteAmount(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    function onPaste(event: ClipboardEvent): void {
      event.preventDefault();
      const amount = parsePastedRupiah(event.clipboardData?.getData('text/plain') ?? '');
      const state = kasirStore.getState();
      if (amount === undefined) state.refusePaste();
      else state.setAmount(amount);
    }
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, [enabled]);
}
