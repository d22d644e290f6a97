import { enClosing } from '../i18n/en-closing.ts';
import { idClosing } from '../i18n/id-closing.ts';
import type { ScreenDictionaries, ScreenT } from '../i18n/screen-words.ts';
import { screenTranslator, useScreenT } from '../i18n/screen-words.ts';
import type { Locale } from '../i18n/translate.ts';

/** The closing screen's own words (../i18n/screen-words.ts). */
export type ClosingKey = keyof typeof idClosing;
export type ClosingT = ScreenT<ClosingKey>;

const dictionaries: ScreenDictionaries<ClosingKey> = { id: idClosing, en: enClosing };

export function closingTranslator(locale: Locale): ClosingT {
  return screenTranslator(dictionaries, locale);
}

export function useClosingT(): ClosingT {
  return useScreenT(dictionaries);
}
