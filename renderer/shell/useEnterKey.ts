import { useEffect } from 'react';

/** What takes Enter itself when it has the focus: a control the cashier reached with Tab, or a text field. */
const OWNS_ENTER = 'button, a[href], input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/**
 * Enter does the screen's main action when no control has the focus (a tap on the screen's text or background
 * leaves it on the page itself); a focused control keeps its own Enter. Held keys do not repeat it.
 */
export function useEnterKey(onEnter: () => void, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    function onKeyDown(event: KeyboardEvent): void {
      if ((event.key !== 'Enter' && event.code !== 'NumpadEnter') || event.repeat || event.defaultPrevented) return;
      const active = document.activeElement;
      if (active !== null && active !== document.body && active.closest(OWNS_ENTER)) return;
      event.preventDefault();
      onEnter();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onEnter, enabled]);
}
