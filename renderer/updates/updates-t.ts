import { enUpdates } from '../i18n/en-updates.ts';
import { idUpdates } from '../i18n/id-updates.ts';
import type { ScreenDictionaries, ScreenT } from '../i18n/screen-words.ts';
import { screenTranslator, useScreenT } from '../i18n/screen-words.ts';
import type { Locale } from '../i18n/translate.ts';

/** The updates screen's own words (../i18n/screen-words.ts). */
export type UpdatesKey = keyof typeof idUpdates;
export type UpdatesT = ScreenT<UpdatesKey>;

const dictionaries: ScreenDictionaries<UpdatesKey> = { id: idUpdates, en: enUpdates };

export function updatesTranslator(locale: Locale): UpdatesT {
  return screenTranslator(dictionaries, locale);
}

export function useUpdatesT(): UpdatesT {
  return useScreenT(dictionaries);
}
