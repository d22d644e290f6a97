import type { WatchedState } from '../../shared/payments.ts';

/**
 * The words on a receipt, Bahasa Indonesia first. They live in main beside the layout, not in the renderer's
 * dictionaries: the receipt is made here, and the counter's bundle should not carry text only paper needs.
 */
export type ReceiptLocale = 'id' | 'en';

export interface ReceiptStrings {
  readonly paid: string;
  readonly partial: string;
  readonly copy: string;
  readonly demo: string;
  readonly amount: string;
  readonly paidAmount: string;
  readonly total: string;
  readonly remaining: string;
  readonly method: string;
  /** The hosted cashier, where the customer picked the channel on Paypro's page. */
  readonly customerChooses: string;
  readonly time: string;
  readonly kasirRef: string;
  readonly payproRef: string;
  readonly late: string;
  readonly lateAfter: Readonly<Record<WatchedState, string>>;
  readonly thanks: string;
  readonly title: string;
}

const id: ReceiptStrings = {
  paid: 'LUNAS',
  partial: 'DIBAYAR SEBAGIAN',
  copy: '*** SALINAN ***',
  demo: 'DEMO - BUKAN PEMBAYARAN SUNGGUHAN',
  amount: 'Jumlah',
  paidAmount: 'Dibayar',
  total: 'Total tagihan',
  remaining: 'Kurang',
  method: 'Metode',
  customerChooses: 'Pilihan pelanggan',
  time: 'Waktu',
  kasirRef: 'Ref. Kasir',
  payproRef: 'Ref. Paypro',
  late: 'PEMBAYARAN TERLAMBAT',
  lateAfter: {
    cancelled: 'Uang masuk setelah pembayaran dibatalkan.',
    expired: 'Uang masuk setelah waktu bayar habis.',
    declined: 'Uang masuk setelah pembayaran gagal.',
    stranded: 'Uang masuk setelah tagihan tidak bisa ditampilkan.',
  },
  thanks: 'Terima kasih',
  title: 'Struk',
};

const en: ReceiptStrings = {
  paid: 'PAID',
  partial: 'PARTIALLY PAID',
  copy: '*** COPY ***',
  demo: 'DEMO - NOT A REAL PAYMENT',
  amount: 'Amount',
  paidAmount: 'Paid',
  total: 'Total due',
  remaining: 'Still owed',
  method: 'Method',
  customerChooses: 'Customer chooses',
  time: 'Time',
  kasirRef: 'Kasir ref.',
  payproRef: 'Paypro ref.',
  late: 'LATE PAYMENT',
  lateAfter: {
    cancelled: 'The money arrived after the payment was cancelled.',
    expired: 'The money arrived after the time to pay ran out.',
    declined: 'The money arrived after the payment failed.',
    stranded: 'The money arrived after the bill could not be shown.',
  },
  thanks: 'Thank you',
  title: 'Receipt',
};

export const RECEIPT_STRINGS: Readonly<Record<ReceiptLocale, ReceiptStrings>> = { id, en };
