/**
 * Paypro request signing (paypro-api.md §1.3): every body field except `sign`, sorted by name, glued as
 * `key=value` with no separator, empty values skipped; the app secret is the "salt"; MD5; lower-case hex.
 * This file holds the canonical string and the salt placement, which the client, the simulator and the tests
 * share; the MD5 is node:crypto's, in main (electron/paypro/sign.ts).
 *
 * How the salt is combined is NOT confirmed by a Paypro page. `append` (string + secret) is the best
 * determination and the default; the other readings stay selectable here, in this one place, so that
 * "Test connection" can diagnose which one the gateway accepts without touching any other code.
 */
export const SALT_COMPOSITIONS = ['append', 'prepend', 'ampersandKey'] as const;
export type SaltComposition = (typeof SALT_COMPOSITIONS)[number];
export const DEFAULT_SALT_COMPOSITION: SaltComposition = 'append';

export type SignableValue = string | number | boolean | null | undefined;
export type SignableFields = Readonly<Record<string, SignableValue>>;

/** `key=value` pairs in field-name order; `sign`, undefined, null and "" are left out (we never send null). */
export function canonicalString(fields: SignableFields): string {
  return Object.keys(fields)
    .filter((key) => key !== 'sign')
    .sort()
    .flatMap((key) => {
      const value = fields[key];
      if (value === undefined || value === null || value === '') return [];
      return [`${key}=${String(value)}`];
    })
    .join('');
}

export function composeSalted(canonical: string, secret: string, composition: SaltComposition): string {
  switch (composition) {
    case 'append':
      return canonical + secret;
    case 'prepend':
      return secret + canonical;
    case 'ampersandKey':
      return `${canonical}&key=${secret}`;
  }
}
