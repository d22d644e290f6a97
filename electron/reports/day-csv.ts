import { join } from 'node:path';
import { groupDigits } from '../../shared/money.ts';
import type { DayReport } from '../../shared/ipc/report.ts';
import type { PaymentState } from '../../shared/payments.ts';
import type { Payment } from '../payments/payment.ts';
import { writeFileWhole } from '../files/write-whole.ts';

/**
 * The day's payments as a CSV that Excel on an Indonesian Windows opens as it is: UTF-8 with a byte-order mark,
 * ';' between fields (Indonesian Excel's list separator, since ',' is its decimal mark), amounts grouped with dots
 * (25.000), times in the till's own time. One row per payment, newest first, then the totals by method.
 */
export type ReportLocale = 'id' | 'en';

const STATE_WORDS: Record<ReportLocale, Record<PaymentState, string>> = {
  id: {
    creating: 'Sedang dibuat', awaiting: 'Menunggu', checking: 'Sedang diperiksa', cancelled: 'Dibatalkan',
    expired: 'Waktu habis', declined: 'Gagal', stranded: 'Tagihan tidak tampil', paid: 'Lunas', partial: 'Sebagian',
    unpaid: 'Tidak dibayar', notCreated: 'Tidak dibuat',
  },
  en: {
    creating: 'Creating', awaiting: 'Waiting', checking: 'Checking', cancelled: 'Cancelled', expired: 'Time is up',
    declined: 'Failed', stranded: 'Charge not shown', paid: 'Paid', partial: 'Partly paid', unpaid: 'Not paid',
    notCreated: 'Not created',
  },
};

const HEADERS: Record<ReportLocale, { readonly payments: readonly string[]; readonly totals: readonly string[] }> = {
  id: {
    payments: ['Waktu', 'No. transaksi Kasir', 'Referensi Paypro', 'Metode', 'Status', 'Jumlah (Rp)', 'Dibayar (Rp)'],
    totals: ['Metode', 'Pembayaran masuk', 'Diterima (Rp)'],
  },
  en: {
    payments: ['Time', 'Kasir transaction no.', 'Paypro reference', 'Method', 'Status', 'Amount (Rp)', 'Paid (Rp)'],
    totals: ['Method', 'Payments in', 'Received (Rp)'],
  },
};

const TOTAL_WORD: Record<ReportLocale, string> = { id: 'Jumlah', en: 'Total' };

/**
 * One field: quoted when it holds the separator, a quote or a line break; a leading = + - @ (which a spreadsheet
 * would run as a formula, e.g. from a method's label in the settings) is kept as text with a leading apostrophe.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** 2026-11-26 14:05:09 in the till's time zone: the way an accountant sorts and reads it. */
export function localTime(epochMs: number): string {
  const at = new Date(epochMs);
  return `${localDate(epochMs)} ${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;
}

export function localDate(epochMs: number): string {
  const at = new Date(epochMs);
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

export function dayCsv(report: DayReport, payments: readonly Payment[], locale: ReportLocale): string {
  const line = (fields: readonly string[]): string => fields.map(csvField).join(';');
  const rows = [
    line(HEADERS[locale].payments),
    ...payments.map((payment) => line([
      localTime(payment.createdAt), payment.tradeNo, payment.platFormTradeNo ?? '', payment.methodLabel,
      STATE_WORDS[locale][payment.state], groupDigits(payment.amount), groupDigits(payment.paidAmount ?? 0),
    ])),
    '',
    line(HEADERS[locale].totals),
    ...report.byMethod.map((total) => line([total.methodLabel, String(total.count), groupDigits(total.received)])),
    line([TOTAL_WORD[locale], String(report.paidCount + report.partialCount), groupDigits(report.received)]),
  ];
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/** Writes the CSV whole (a temporary file renamed over the old), so a half-written export never stays behind. */
export async function writeDayCsv(folder: string, report: DayReport, payments: readonly Payment[], locale: ReportLocale): Promise<string> {
  const file = join(folder, `kasir-${localDate(report.from)}.csv`);
  await writeFileWhole(file, dayCsv(report, payments, locale));
  return file;
}
