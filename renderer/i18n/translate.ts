import { id } from './id.ts';
import type { MessageKey } from './id.ts';

export type { MessageKey };

export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'id';

export type Dictionary = Readonly<Record<MessageKey, string>>;
export type MessageParams = Readonly<Record<string, string>>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * Bahasa Indonesia is built in; English is its own file, loaded the first time a cashier picks it, so the till
 * starts with one language's words rather than two. Until it is loaded, English falls back to Indonesian.
 */
const loaded: { [L in Locale]?: Dictionary } = { id };

export async function loadDictionary(locale: Locale): Promise<void> {
  if (loaded[locale]) return;
  if (locale === 'en') loaded.en = (await import('./en.ts')).en;
}

/** For a page that shows both languages at once (the customer display) and has them in its own bundle. */
export function registerDictionary(locale: Locale, dictionary: Dictionary): void {
  loaded[locale] = dictionary;
}

/** `{name}` placeholders filled in; one without a value stays visible rather than vanishing, so review sees it. */
export function fillPlaceholders(text: string, params?: MessageParams): string {
  return params ? text.replace(/\{(\w+)\}/g, (placeholder, name: string) => params[name] ?? placeholder) : text;
}

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return fillPlaceholders((loaded[locale] ?? id)[key], params);
}

export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}
