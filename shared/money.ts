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
