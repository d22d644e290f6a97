import { useMemo } from 'react';
import { enUpdates } from '../i18n/en-updates.ts';
import { idUpdates } from '../i18n/id-updates.ts';
import type { Locale, MessageParams } from '../i18n/translate.ts';
import { useKasir } from '../store/index.ts';
import { selectLocale } from '../store/selectors.ts';

/**
 * The updates screen's own words. They come with the screen's chunk rather than in ../i18n/id.ts, so the
 * counter's start-up code stays under its size target; the placeholders work as in ../i18n/translate.ts.
 */
export type UpdatesKey = keyof typeof idUpdates;
export type UpdatesT = (key: UpdatesKey, params?: MessageParams) => string;

const dictionaries: Readonly<Record<Locale, Readonly<Record<UpdatesKey, string>>>> = { id: idUpdates, en: enUpdates };

export function updatesTranslator(locale: Locale): UpdatesT {
  return (key, params) => {
    const text = dictionaries[locale][key];
    return params ? text.replace(/\{(\w+)\}/g, (placeholder, name: string) => params[name] ?? placeholder) : text;
  };
}

export function useUpdatesT(): UpdatesT {
  const locale = useKasir(selectLocale);
  return useMemo(() => updatesTranslator(locale), [locale]);
}
