import type { Locale } from '../i18n/translate.ts';
import { loadDictionary } from '../i18n/translate.ts';
import { kasirStore } from '../store/index.ts';

/** Switches the language once its words are there, so no screen ever renders half in the old one. */
export async function chooseLocale(locale: Locale): Promise<void> {
  await loadDictionary(locale);
  kasirStore.getState().setLocale(locale);
}
