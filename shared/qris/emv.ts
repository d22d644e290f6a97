import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';

/**
 * EMVCo merchant-presented QR (the format QRIS uses): a flat run of TLV fields, tag and length as two
 * decimal digits each, ending with tag 63 holding a CRC16-CCITT (poly 0x1021, init 0xFFFF) of everything
 * before it, including the "6304" of the CRC field itself.
 */
export interface EmvField {
  readonly tag: string;
  readonly value: string;
}

export const QRIS_TAGS = {
  payloadFormat: '00',
  initiationMethod: '01',
  merchantCategory: '52',
  currency: '53',
  amount: '54',
  country: '58',
  merchantName: '59',
  merchantCity: '60',
  postalCode: '61',
  additionalData: '62',
  crc: '63',
} as const;

export const STATIC_QR = '11';
export const DYNAMIC_QR = '12';
export const IDR_NUMERIC = '360';

export function crc16Ccitt(text: string): string {
  let crc = 0xffff;
  for (const byte of new TextEncoder().encode(text)) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

export function encodeTlv(fields: readonly EmvField[]): string {
  return fields
    .map(({ tag, value }) => {
      if (!/^\d{2}$/.test(tag)) throw new Error(`EMV tag must be two digits: ${tag}`);
      if (value.length > 99) throw new Error(`EMV field ${tag} is longer than 99 characters`);
      return tag + String(value.length).padStart(2, '0') + value;
    })
    .join('');
}

/** Encodes the fields and appends the CRC field. Callers pass every field except 63. */
export function encodeWithCrc(fields: readonly EmvField[]): string {
  const body = encodeTlv(fields) + QRIS_TAGS.crc + '04';
  return body + crc16Ccitt(body);
}

export function decodeTlv(text: string): Result<EmvField[], 'EMV_MALFORMED'> {
  const fields: EmvField[] = [];
  let index = 0;
  while (index < text.length) {
    const tag = text.slice(index, index + 2);
    const lengthText = text.slice(index + 2, index + 4);
    if (!/^\d{2}$/.test(tag) || !/^\d{2}$/.test(lengthText)) return err('EMV_MALFORMED', `Bad TLV header at position ${index}.`);
    const length = Number(lengthText);
    const value = text.slice(index + 4, index + 4 + length);
    if (value.length !== length) return err('EMV_MALFORMED', `Field ${tag} is cut short.`);
    fields.push({ tag, value });
    index += 4 + length;
  }
  return ok(fields);
}

export interface QrisSummary {
  readonly dynamic: boolean;
  readonly amount: number | undefined;
  readonly merchantName: string | undefined;
  readonly merchantCity: string | undefined;
  /** The QRIS National Merchant ID (template 51, sub-tag 02), which tells a customer the QR is the shop's. */
  readonly nmid: string | undefined;
  readonly fields: readonly EmvField[];
}

const QRIS_NATIONAL_TEMPLATE = '51';
const NMID_SUB_TAG = '02';

function nationalMerchantId(template: string | undefined): string | undefined {
  if (template === undefined) return undefined;
  const inner = decodeTlv(template);
  return inner.ok ? inner.value.find((field) => field.tag === NMID_SUB_TAG)?.value : undefined;
}

export type QrisError = 'EMV_MALFORMED' | 'QRIS_BAD_CRC' | 'QRIS_NOT_IDR' | 'QRIS_BAD_HEADER';

/** Checks that a gateway's qrString is a well-formed QRIS payload before a cashier shows it to a customer. */
export function parseQris(payload: string): Result<QrisSummary, QrisError> {
  const decoded = decodeTlv(payload);
  if (!decoded.ok) return decoded;
  const fields = decoded.value;
  const value = (tag: string): string | undefined => fields.find((field) => field.tag === tag)?.value;
  if (fields[0]?.tag !== QRIS_TAGS.payloadFormat || fields[0].value !== '01') {
    return err('QRIS_BAD_HEADER', 'QR payload does not start with the EMV payload format indicator.');
  }
  const last = fields[fields.length - 1];
  if (last?.tag !== QRIS_TAGS.crc || last.value.length !== 4) return err('QRIS_BAD_CRC', 'QR payload has no CRC field at the end.');
  if (crc16Ccitt(payload.slice(0, -4)) !== last.value.toUpperCase()) return err('QRIS_BAD_CRC', 'QR payload CRC does not match.');
  if (value(QRIS_TAGS.currency) !== IDR_NUMERIC) return err('QRIS_NOT_IDR', 'QR payload is not in rupiah (currency 360).');
  const amountText = value(QRIS_TAGS.amount);
  return ok({
    dynamic: value(QRIS_TAGS.initiationMethod) === DYNAMIC_QR,
    amount: amountText === undefined ? undefined : Number(amountText),
    merchantName: value(QRIS_TAGS.merchantName),
    merchantCity: value(QRIS_TAGS.merchantCity),
    nmid: nationalMerchantId(value(QRIS_NATIONAL_TEMPLATE)),
    fields,
  });
}
