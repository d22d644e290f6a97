import { en } from './en.ts';
import { id } from './id.ts';
import type { MessageKey } from './id.ts';

export type { MessageKey };

export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'id';

export const dictionaries: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { id, en };

export type MessageParams = Readonly<Record<string, string>>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const text = dictionaries[locale][key];
  if (!params) return text;
  // A placeholder without a value stays visible rather than vanishing, so a missing parameter shows up in review.
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => params[name] ?? placeholder);
}

export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}
