import { useMemo } from 'react';
import { enClosing } from '../i18n/en-closing.ts';
import { idClosing } from '../i18n/id-closing.ts';
import type { Locale, MessageParams } from '../i18n/translate.ts';
import { useKasir } from '../store/index.ts';
import { selectLocale } from '../store/selectors.ts';

/**
 * The closing screen's own words. They come with the screen's chunk rather than in ../i18n/id.ts, so the
 * counter's start-up code stays under its size target; the placeholders work as in ../i18n/translate.ts.
 */
export type ClosingKey = keyof typeof idClosing;
export type ClosingT = (key: ClosingKey, params?: MessageParams) => string;

const dictionaries: Readonly<Record<Locale, Readonly<Record<ClosingKey, string>>>> = { id: idClosing, en: enClosing };

export function closingTranslator(locale: Locale): ClosingT {
  return (key, params) => {
    const text = dictionaries[locale][key];
    return params ? text.replace(/\{(\w+)\}/g, (placeholder, name: string) => params[name] ?? placeholder) : text;
  };
}

export function useClosingT(): ClosingT {
  const locale = useKasir(selectLocale);
  return useMemo(() => closingTranslator(locale), [locale]);
}
