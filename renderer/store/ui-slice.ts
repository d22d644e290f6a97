import type { StateCreator } from 'zustand/vanilla';
import type { Locale } from '../i18n/translate.ts';
import { DEFAULT_LOCALE } from '../i18n/translate.ts';
import type { KasirState } from './types.ts';

export interface UiData {
  readonly locale: Locale;
}

export interface UiSlice extends UiData {
  setLocale(locale: Locale): void;
}

export const initialUiData = (): UiData => ({ locale: DEFAULT_LOCALE });

export const createUiSlice: StateCreator<KasirState, [], [], UiSlice> = (set) => ({
  ...initialUiData(),
  setLocale(locale) {
    set({ locale });
  },
});
