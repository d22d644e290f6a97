import { useEffect, useRef } from 'react';

/** The one action on a result screen takes focus, so Enter or Space finishes the sale without a mouse. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
