import { DYNAMIC_QR, encodeTlv, encodeWithCrc, IDR_NUMERIC, QRIS_TAGS } from '../../shared/qris/emv.ts';

/**
 * A dynamic QRIS payload shaped like an acquirer's (EMVCo MPM + the QRIS national template 51), so the app's
 * parser, renderer and any scanning test see what a real gateway hands out. The identifiers are made up but
 * stable per merchant, so a payload only changes with the amount and the order reference.
 */
export interface QrisInput {
  readonly merchantNo: string;
  readonly merchantName: string;
  readonly merchantCity: string;
  readonly amount: number;
  readonly reference: string;
}

const MERCHANT_ACCOUNT_TAG = '26';
const NATIONAL_TEMPLATE_TAG = '51';
const ACQUIRER_GUID = 'ID.CO.PAYPRO.WWW';
const QRIS_GUID = 'ID.CO.QRIS.WWW';
/** Micro-enterprise criterion; the acquirer sets it per merchant, the value only has to be a valid one. */
const MERCHANT_CRITERION = 'UMI';
const MCC_RESTAURANT = '5812';
const POSTAL_CODE = '10110';

export const DEFAULT_MERCHANT_NAME = 'KASIR DEMO';
export const DEFAULT_MERCHANT_CITY = 'JAKARTA';

/** Deterministic digits from any merchant number, since PAN and NMID are numeric but merchantNo is configurable. */
function digitsFrom(text: string, count: number): string {
  const digits = Array.from(text, (char) => (/\d/.test(char) ? char : String(char.charCodeAt(0) % 10))).join('');
  return digits.padStart(count, '0').slice(-count);
}

function luhnCheckDigit(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return String((10 - (sum % 10)) % 10);
}

/** EMV "ans" fields: printable ASCII only, within the tag's length limit, never empty. */
export function emvText(text: string, maxLength: number, fallback: string): string {
  const cleaned = text.replace(/[^\x20-\x7e]/g, '').trim().slice(0, maxLength).trim();
  return cleaned === '' ? fallback : cleaned;
}

export function buildQrisPayload(input: QrisInput): string {
  const merchantDigits = digitsFrom(input.merchantNo, 10);
  // National merchant PANs start with 9360 plus the acquirer's code and end with a Luhn digit.
  const panBody = `93600999${merchantDigits}`;
  const pan = panBody + luhnCheckDigit(panBody);
  const nmid = `ID10${merchantDigits}1`;
  return encodeWithCrc([
    { tag: QRIS_TAGS.payloadFormat, value: '01' },
    { tag: QRIS_TAGS.initiationMethod, value: DYNAMIC_QR },
    {
      tag: MERCHANT_ACCOUNT_TAG,
      value: encodeTlv([
        { tag: '00', value: ACQUIRER_GUID },
        { tag: '01', value: pan },
        { tag: '02', value: merchantDigits },
        { tag: '03', value: MERCHANT_CRITERION },
      ]),
    },
    {
      tag: NATIONAL_TEMPLATE_TAG,
      value: encodeTlv([
        { tag: '00', value: QRIS_GUID },
        { tag: '02', value: nmid },
        { tag: '03', value: MERCHANT_CRITERION },
      ]),
    },
    { tag: QRIS_TAGS.merchantCategory, value: MCC_RESTAURANT },
    { tag: QRIS_TAGS.currency, value: IDR_NUMERIC },
    { tag: QRIS_TAGS.amount, value: String(input.amount) },
    { tag: QRIS_TAGS.country, value: 'ID' },
    { tag: QRIS_TAGS.merchantName, value: emvText(input.merchantName, 25, DEFAULT_MERCHANT_NAME) },
    { tag: QRIS_TAGS.merchantCity, value: emvText(input.merchantCity, 15, DEFAULT_MERCHANT_CITY) },
    { tag: QRIS_TAGS.postalCode, value: POSTAL_CODE },
    // Sub-tag 05 is the reference label: the acquirer's order id, which ties a scan back to this order.
    { tag: QRIS_TAGS.additionalData, value: encodeTlv([{ tag: '05', value: input.reference.slice(0, 25) }]) },
  ]);
}
