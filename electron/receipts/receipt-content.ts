import { formatRupiah } from '../../shared/money.ts';
import type { ReceiptRequest } from '../app/devices.ts';
import type { Payment } from '../payments/payment.ts';
import type { ReceiptRow } from './receipt-layout.ts';
import { ROLLS, pairFitsOnOneLine } from './receipt-layout.ts';
import type { ReceiptStrings } from './receipt-strings.ts';
import { RECEIPT_STRINGS } from './receipt-strings.ts';

export interface ReceiptOptions {
  /**
   * The zone the time is printed in; undefined is the till's own (the process's local time). Tests pass a
   * fixed zone so a receipt reads the same on every machine.
   */
  readonly timeZone?: string | undefined;
  /** A demo till's receipt says, on the paper, that no real money moved. */
  readonly demo?: boolean | undefined;
}

/** dd/MM/yyyy HH:mm, whatever the locale: the way Indonesian receipts write it. */
export function formatReceiptTime(epochMs: number, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(epochMs));
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((item) => item.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`;
}

/** The method as the counter says it: "QRIS", "VA BCA", "DANA", or that the customer chose on Paypro's page. */
export function receiptMethod(payment: Pick<Payment, 'kind' | 'methodLabel'>, words: ReceiptStrings): string {
  if (payment.kind === 'va') return `VA ${payment.methodLabel}`;
  return payment.kind === 'cashier' ? words.customerChooses : payment.methodLabel;
}

function amountRows(payment: Payment, words: ReceiptStrings): ReceiptRow[] {
  if (payment.state !== 'partial') {
    return [{ kind: 'pair', label: words.amount, value: formatRupiah(payment.paidAmount ?? payment.amount), strong: true }];
  }
  const paid = payment.paidAmount ?? 0;
  return [
    { kind: 'pair', label: words.paidAmount, value: formatRupiah(paid), strong: true },
    { kind: 'pair', label: words.total, value: formatRupiah(payment.amount) },
    { kind: 'pair', label: words.remaining, value: formatRupiah(Math.max(payment.amount - paid, 0)) },
  ];
}

/** Both references, whole; if either needs its own line on this roll, both get one, so they line up. */
function referenceRows(payment: Payment, words: ReceiptStrings, columns: number): ReceiptRow[] {
  const references = [[words.kasirRef, payment.tradeNo], [words.payproRef, payment.platFormTradeNo ?? '-']] as const;
  const stacked = references.some(([label, value]) => !pairFitsOnOneLine(label, value, columns));
  return references.map(([label, value]) => ({ kind: 'pair', label, value, stacked }));
}

/**
 * What the receipt says, top to bottom, in the request's language. The time is when the money arrived
 * (`paidAt`; `updatedAt` for a record written before paidAt existed), in the till's local time unless
 * `options.timeZone` says otherwise.
 */
export function receiptRows(request: ReceiptRequest, options: ReceiptOptions = {}): ReceiptRow[] {
  const { payment } = request;
  const words = RECEIPT_STRINGS[request.locale];
  const rule: ReceiptRow = { kind: 'rule' };
  const rows: ReceiptRow[] = [
    { kind: 'heading', text: request.storeName },
    ...(request.nmid === undefined ? [] : [{ kind: 'pair', label: 'NMID', value: request.nmid } as const]),
    rule,
    { kind: 'banner', text: payment.state === 'partial' ? words.partial : words.paid },
  ];
  if (request.reprint) rows.push({ kind: 'marker', text: words.copy });
  if (options.demo === true) rows.push({ kind: 'marker', text: words.demo });
  rows.push(
    rule,
    ...amountRows(payment, words),
    { kind: 'pair', label: words.method, value: receiptMethod(payment, words) },
    { kind: 'pair', label: words.time, value: formatReceiptTime(payment.paidAt ?? payment.updatedAt, options.timeZone) },
    rule,
    ...referenceRows(payment, words, ROLLS[request.paperWidth].columns),
  );
  if (payment.lateAfter !== undefined) {
    rows.push(rule, { kind: 'marker', text: words.late }, { kind: 'note', text: words.lateAfter[payment.lateAfter] });
  }
  rows.push(rule, { kind: 'footer', text: words.thanks });
  return rows;
}
