import { useMemo } from 'react';
import { enSettings } from '../i18n/en-settings.ts';
import { idSettings } from '../i18n/id-settings.ts';
import type { Locale, MessageParams } from '../i18n/translate.ts';
import { useKasir } from '../store/index.ts';
import { selectLocale } from '../store/selectors.ts';

/**
 * The settings screen's own words. They come with the screen's chunk rather than in ../i18n/id.ts, so the
 * counter's start-up code stays under its size target; the placeholders work as in ../i18n/translate.ts.
 */
export type SettingsKey = keyof typeof idSettings;
export type SettingsT = (key: SettingsKey, params?: MessageParams) => string;

const dictionaries: Readonly<Record<Locale, Readonly<Record<SettingsKey, string>>>> = { id: idSettings, en: enSettings };

export function settingsTranslator(locale: Locale): SettingsT {
  return (key, params) => {
    const text = dictionaries[locale][key];
    return params ? text.replace(/\{(\w+)\}/g, (placeholder, name: string) => params[name] ?? placeholder) : text;
  };
}

export function useSettingsT(): SettingsT {
  const locale = useKasir(selectLocale);
  return useMemo(() => settingsTranslator(locale), [locale]);
}
