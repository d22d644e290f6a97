import { useEffect, useState } from 'react';

/**
 * Moves the focus to an element by id once React has drawn it: a row just added (its first field) or the
 * neighbour of a row just removed, so a keyboard user is never left on nothing.
 */
export function useFocusAfterRender(): (id: string) => void {
  const [focusNext, setFocusNext] = useState<string>();
  useEffect(() => {
    if (focusNext === undefined) return;
    document.getElementById(focusNext)?.focus();
    setFocusNext(undefined);
  }, [focusNext]);
  return setFocusNext;
}
