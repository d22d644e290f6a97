import { useMemo } from 'react';
import { useKasir } from '../store/index.ts';
import { selectLocale } from '../store/selectors.ts';
import type { Locale, MessageParams } from './translate.ts';
import { fillPlaceholders } from './translate.ts';

/**
 * A back-office screen's own words, one dictionary per language. They come with the screen's chunk rather than in
 * ./id.ts, so the counter's start-up code stays under its size target; placeholders work as in ./translate.ts.
 */
export type ScreenDictionaries<K extends string> = Readonly<Record<Locale, Readonly<Record<K, string>>>>;
export type ScreenT<K extends string> = (key: K, params?: MessageParams) => string;

export function screenTranslator<K extends string>(dictionaries: ScreenDictionaries<K>, locale: Locale): ScreenT<K> {
  return (key, params) => fillPlaceholders(dictionaries[locale][key], params);
}

/** The screen's words in the till's current language, the same function until the language changes. */
export function useScreenT<K extends string>(dictionaries: ScreenDictionaries<K>): ScreenT<K> {
  const locale = useKasir(selectLocale);
  return useMemo(() => screenTranslator(dictionaries, locale), [dictionaries, locale]);
}
