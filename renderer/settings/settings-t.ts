import { enSettings } from '../i18n/en-settings.ts';
import { idSettings } from '../i18n/id-settings.ts';
import type { ScreenDictionaries, ScreenT } from '../i18n/screen-words.ts';
import { screenTranslator, useScreenT } from '../i18n/screen-words.ts';
import type { Locale } from '../i18n/translate.ts';

/** The settings screen's own words (../i18n/screen-words.ts). */
export type SettingsKey = keyof typeof idSettings;
export type SettingsT = ScreenT<SettingsKey>;

const dictionaries: ScreenDictionaries<SettingsKey> = { id: idSettings, en: enSettings };

export function settingsTranslator(locale: Locale): SettingsT {
  return screenTranslator(dictionaries, locale);
}

export function useSettingsT(): SettingsT {
  return useScreenT(dictionaries);
}
