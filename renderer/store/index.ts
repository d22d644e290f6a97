import { useSyncExternalStore } from 'react';
import { createStore } from 'zustand/vanilla';
import { createChargeSlice, initialChargeData } from './charge-slice.ts';
import { createChoiceSlice, initialChoiceData } from './choice-slice.ts';
import { createHistorySlice, initialHistoryData } from './history-slice.ts';
import { createManagerSlice, initialManagerData } from './manager-slice.ts';
import { createPaymentSlice, initialPaymentData } from './payment-slice.ts';
import type { KasirState } from './types.ts';
import { createUiSlice, initialUiData } from './ui-slice.ts';

export type { KasirState };
export type { KeypadKey } from './charge-slice.ts';
export { KEYPAD_KEYS } from './charge-slice.ts';

/** The one store, built from typed slices. It holds UI state only; payments are whatever main last said. */
export const kasirStore = createStore<KasirState>()((...args) => ({
  ...createChargeSlice(...args),
  ...createChoiceSlice(...args),
  ...createHistorySlice(...args),
  ...createManagerSlice(...args),
  ...createPaymentSlice(...args),
  ...createUiSlice(...args),
}));

/**
 * zustand's useStore, except that a static render (the unit tests' renderToStaticMarkup) also sees the
 * current state instead of the store's initial one. Selectors must return stored values, not new objects.
 */
export function useKasir<T>(selector: (state: KasirState) => T): T {
  const read = () => selector(kasirStore.getState());
  return useSyncExternalStore(kasirStore.subscribe, read, read);
}

/** Back to a fresh start (data only; the actions stay). Tests call this between cases. */
export function resetStore(): void {
  kasirStore.setState({ ...initialChargeData(), ...initialChoiceData(), ...initialHistoryData(), ...initialManagerData(), ...initialPaymentData(), ...initialUiData() });
}
