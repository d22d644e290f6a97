import type { StateCreator } from 'zustand/vanilla';
import type { Locale } from '../i18n/translate.ts';
import { DEFAULT_LOCALE } from '../i18n/translate.ts';
import type { KasirState } from './types.ts';

/** A back-office screen shown in place of the keypad, one at a time (the top bar's Menu). */
export type BackOffice = 'history' | 'settings' | 'closing' | 'updates';

export interface UiData {
  readonly locale: Locale;
  readonly backOffice: BackOffice | undefined;
}

export interface UiSlice extends UiData {
  setLocale(locale: Locale): void;
  /** From the keypad only: never while a payment holds the counter. Answers whether it opened. */
  backOfficeOpened(screen: BackOffice): boolean;
  backOfficeClosed(): void;
}

export const initialUiData = (): UiData => ({ locale: DEFAULT_LOCALE, backOffice: undefined });

export const createUiSlice: StateCreator<KasirState, [], [], UiSlice> = (set, get) => ({
  ...initialUiData(),
  setLocale(locale) {
    set({ locale });
  },
  backOfficeOpened(screen) {
    const { payment, starting, backOffice } = get();
    if (payment !== undefined || starting !== undefined) return false;
    // Leaving the history for another screen closes what it held (its list, its detail).
    if (backOffice === 'history' && screen !== 'history') get().historyClosed();
    set({ backOffice: screen });
    return true;
  },
  backOfficeClosed() {
    if (get().backOffice === 'history') get().historyClosed();
    else set({ backOffice: undefined });
  },
});
