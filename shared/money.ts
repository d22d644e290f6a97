/**
 * Money is an integer number of rupiah everywhere inside Kasir. It is formatted only at the edge (the UI),
 * with Intl.NumberFormat('id-ID'): Rp 25.000.
 */
export type Rupiah = number;

export const MAX_KEYPAD_DIGITS = 10;

export function isRupiah(value: unknown): value is Rupiah {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** "Rp 25.000" for id-ID. English UI still shows rupiah the Indonesian way, since that is what is printed on prices. */
export function formatRupiah(amount: Rupiah, locale = 'id-ID'): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency: 'IDR', maximumFractionDigits: 0, minimumFractionDigits: 0 });
    formatters.set(locale, formatter);
  }
  return formatter.format(amount);
}

/** Digits only, grouped with dots: 25000 → "25.000". */
export function groupDigits(amount: Rupiah): string {
  return new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 }).format(amount);
}

/** Appends one keypad digit; refuses to grow past MAX_KEYPAD_DIGITS or to start with zeros. */
export function appendDigit(amount: Rupiah, digit: number | '000'): Rupiah {
  const text = String(amount === 0 ? '' : amount) + String(digit);
  const trimmed = text.replace(/^0+/, '');
  if (trimmed.length > MAX_KEYPAD_DIGITS) return amount;
  return trimmed === '' ? 0 : Number(trimmed);
}

export function removeLastDigit(amount: Rupiah): Rupiah {
  return Math.floor(amount / 10);
}

/** Rp / Rp. / IDR before the number; ",-" (Rp 25.000,-) or IDR after it. */
const CURRENCY_BEFORE = /^(?:rp\.?|idr)\s*/i;
const CURRENCY_AFTER = /\s*(?:[.,]-|idr)$/i;
/** Plain digits, or 1–3 digits then groups of three after one separator; then maybe a decimal part. */
const AMOUNT_TEXT = /^(\d+|[1-9]\d{0,2}([.,])\d{3}(?:\2\d{3})*)(?:([.,])(\d{1,2}))?$/;

/**
 * The rupiah a pasted text means, or undefined when it is not an amount the keypad could hold.
 *
 * - Spaces around it and a currency mark are dropped: "Rp 25.000", "Rp. 25.000,-", "IDR 25,000", " 1.250.000 ".
 * - Grouping is dots (Indonesian) or commas (English), always in threes after a first group of one to three
 *   digits: "1.250.000" and "1,250,000" are both 1250000.
 * - One separator followed by exactly three digits groups thousands ("25,000" and "25.000" are 25000): rupiah
 *   are never written with three decimals. Followed by one or two digits it is the decimal mark
 *   ("25000,00", "25.000,00", "1,250,000.00"): cents never multiply the amount. The decimal mark must differ
 *   from the grouping mark.
 * - Cents must be zero: rupiah are whole, and "25.000,50" is refused rather than rounded.
 * - Refused: anything else (letters, signs, two numbers, spaces inside the number), zero, and more than
 *   MAX_KEYPAD_DIGITS digits — a longer number is refused, never cut, since a cut number is another amount.
 */
export function parsePastedRupiah(text: string): Rupiah | undefined {
  const bare = text.trim().replace(CURRENCY_BEFORE, '').replace(CURRENCY_AFTER, '');
  const match = bare.length <= 32 ? AMOUNT_TEXT.exec(bare) : null;
  if (!match || (match[3] !== undefined && match[3] === match[2]) || /[1-9]/.test(match[4] ?? '')) return undefined;
  const digits = (match[1] ?? '').replace(/\D/g, '').replace(/^0+/, '');
  return digits === '' || digits.length > MAX_KEYPAD_DIGITS ? undefined : Number(digits);
}
