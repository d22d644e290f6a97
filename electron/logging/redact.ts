/**
 * What may never reach a log file or a diagnostics archive, removed from every record on its way out, so no call
 * site can forget it: a request's `sign` (it is derived from the app secret), any field named like a secret, the
 * app secret itself wherever it appears, and the payer's mobile number and e-mail address (masked, so support can
 * still tell two customers apart).
 */
export const REDACTED = '[redacted]';

/** Fields dropped whole: a signature proves knowledge of the secret, and is no use to support. */
const DROPPED = /^sign$/i;
/**
 * Fields whose value is replaced whatever it is. A bare `key` is not among them: in Kasir it is a method's charge
 * key (F1–F12), which support needs to see; the secret itself is scrubbed by its value wherever it appears.
 */
const SECRET_NAMED = /secret|passw|token|^pin$|apikey|privatekey|credential/i;
const MOBILE_NAMED = /mobile|phone|msisdn/i;
const EMAIL_NAMED = /e-?mail/i;

/** Anything shorter is no real secret, and scrubbing it would garble ordinary words and numbers. */
const MIN_SECRET_LENGTH = 4;
const MAX_DEPTH = 8;

const EMAIL_IN_TEXT = /([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})/g;
/** An Indonesian mobile number standing on its own (08…, 628…, +628…), never digits inside a longer number. */
const MOBILE_IN_TEXT = /(?<![\d+])(?:\+?62|0)8\d{6,12}(?!\d)/g;

/** Keeps the last three digits: enough to match a receipt, not enough to call the customer. */
export function maskMobile(value: string): string {
  const digits = value.replace(/\D/g, '');
  if (digits.length <= 3) return '*'.repeat(digits.length);
  return '*'.repeat(digits.length - 3) + digits.slice(-3);
}

/** Keeps the first letter and the domain: b***@shop.example. */
export function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  if (at <= 0) return value.length === 0 ? '' : `${value.charAt(0)}***`;
  return `${value.charAt(0)}***${value.slice(at)}`;
}

/** Free text: every protected secret replaced, e-mail addresses and mobile numbers masked. */
export function redactText(text: string, secrets: readonly string[]): string {
  let clean = text;
  for (const secret of secrets) {
    if (secret.length >= MIN_SECRET_LENGTH) clean = clean.split(secret).join(REDACTED);
  }
  return clean
    .replace(EMAIL_IN_TEXT, (_match, first: string, domain: string) => `${first}***@${domain}`)
    .replace(MOBILE_IN_TEXT, (match) => maskMobile(match));
}

function redactField(key: string, value: unknown, secrets: readonly string[], depth: number, seen: WeakSet<object>): unknown {
  if (SECRET_NAMED.test(key)) return value === undefined || value === null || value === '' ? value : REDACTED;
  if (typeof value === 'string' || typeof value === 'number') {
    if (MOBILE_NAMED.test(key)) return maskMobile(String(value));
    if (EMAIL_NAMED.test(key)) return maskEmail(String(value));
  }
  return walk(value, secrets, depth + 1, seen);
}

function walk(value: unknown, secrets: readonly string[], depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return redactText(value, secrets);
  if (typeof value === 'bigint') return value.toString();
  if (value === null || typeof value !== 'object') return typeof value === 'function' || typeof value === 'symbol' ? undefined : value;
  if (depth > MAX_DEPTH) return '[too deep]';
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  if (value instanceof Error) {
    // An Error's own fields are not enumerable: without this it would log as {}.
    return walk({ name: value.name, message: value.message, stack: value.stack, cause: value.cause }, secrets, depth, seen);
  }
  if (Array.isArray(value)) return value.map((item) => walk(item, secrets, depth + 1, seen));
  if (value instanceof Date) return value.toISOString();
  const clean: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (DROPPED.test(key)) continue;
    const redacted = redactField(key, field, secrets, depth, seen);
    if (redacted !== undefined) clean[redactText(key, secrets)] = redacted;
  }
  return clean;
}

/**
 * A copy of `value` safe to write down: plain data only (Errors become name, message and stack), `sign` removed,
 * secret-named fields and the given secrets replaced, payer mobile and e-mail masked. Pure: `value` is not changed.
 */
export function redact(value: unknown, secrets: readonly string[] = []): unknown {
  return walk(value, secrets, 0, new WeakSet());
}
