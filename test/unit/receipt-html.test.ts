import { describe, expect, it } from 'vitest';
import type { ReceiptRequest } from '../../electron/app/devices.ts';
import { newPayment } from '../../electron/payments/payment.ts';
import type { Payment } from '../../electron/payments/payment.ts';
import { formatReceiptTime, receiptRows } from '../../electron/receipts/receipt-content.ts';
import { RECEIPT_CSP, escapeHtml, receiptHtml } from '../../electron/receipts/receipt-html.ts';

/** What a receipt says: the words and values, whatever they look like (the look is the golden images' job). */
const JAKARTA = 'Asia/Jakarta';

function payment(overrides: Partial<Payment> = {}): Payment {
  return {
    ...newPayment({
      tradeNo: '2026112614030012345678', amount: 25_000, method: 'QRIS', kind: 'qris', channelCode: 'QRIS', wayCode: undefined, bank: undefined,
      methodLabel: 'QRIS', parentTradeNo: undefined,
    }, 0),
    state: 'paid', paidAmount: 25_000, platFormTradeNo: 'c167o1itir0fypid', updatedAt: Date.parse('2026-11-26T14:05:00+07:00'),
    ...overrides,
  };
}

function request(overrides: Partial<ReceiptRequest> = {}, paymentOverrides: Partial<Payment> = {}): ReceiptRequest {
  return { payment: payment(paymentOverrides), reprint: false, storeName: 'Toko Maju', paperWidth: 58, printerName: undefined, locale: 'id', ...overrides };
}

/** The receipt's text, one entry per line or label/value pair, with Intl's no-break spaces made plain. */
function lines(receipt: ReceiptRequest, options: Parameters<typeof receiptRows>[1] = { timeZone: JAKARTA }): string[] {
  return receiptRows(receipt, options).flatMap((row) => {
    if (row.kind === 'rule') return [];
    const text = row.kind === 'pair' ? `${row.label}: ${row.value}` : row.text;
    return [text.replace(/[\u00a0\u202f]/g, ' ')];
  });
}

describe('receipt content', () => {
  it('a paid QRIS receipt: store, LUNAS, amount, method, time and both references', () => {
    expect(lines(request())).toEqual([
      'Toko Maju', 'LUNAS', 'Jumlah: Rp 25.000', 'Metode: QRIS', 'Waktu: 26/11/2026 14:05',
      'Ref. Kasir: 2026112614030012345678', 'Ref. Paypro: c167o1itir0fypid', 'Terima kasih',
    ]);
  });

  it('names the shop\'s NMID under its name when the settings have it', () => {
    expect(lines(request({ nmid: 'ID1020021234567' })).slice(0, 3)).toEqual(['Toko Maju', 'NMID: ID1020021234567', 'LUNAS']);
    expect(lines(request()).join('\n')).not.toContain('NMID');
  });

  it('says the method as the counter does: VA with its bank, the e-wallet, and the hosted cashier as the customer\'s choice', () => {
    expect(lines(request({}, { kind: 'va', methodLabel: 'BCA' }))).toContain('Metode: VA BCA');
    expect(lines(request({}, { kind: 'ewallet', methodLabel: 'DANA' }))).toContain('Metode: DANA');
    expect(lines(request({}, { kind: 'cashier', methodLabel: 'Paypro' }))).toContain('Metode: Pilihan pelanggan');
    expect(lines(request({ locale: 'en' }, { kind: 'cashier', methodLabel: 'Paypro' }))).toContain('Method: Customer chooses');
  });

  it('a partial payment says so, with what was paid of the total and what is still owed', () => {
    const partial = lines(request({}, { state: 'partial', amount: 150_000, paidAmount: 100_000 }));
    expect(partial).toContain('DIBAYAR SEBAGIAN');
    expect(partial).not.toContain('LUNAS');
    expect(partial).toEqual(expect.arrayContaining(['Dibayar: Rp 100.000', 'Total tagihan: Rp 150.000', 'Kurang: Rp 50.000']));
    expect(lines(request({ locale: 'en' }, { state: 'partial', amount: 150_000, paidAmount: 100_000 }))).toEqual(
      expect.arrayContaining(['PARTIALLY PAID', 'Paid: Rp 100.000', 'Total due: Rp 150.000', 'Still owed: Rp 50.000']),
    );
  });

  it('a reprint is marked as a copy; the first print is not', () => {
    expect(lines(request({ reprint: true }))).toContain('*** SALINAN ***');
    expect(lines(request({ reprint: true, locale: 'en' }))).toContain('*** COPY ***');
    expect(lines(request()).join('\n')).not.toMatch(/SALINAN|COPY/);
  });

  it('a late payment says the money came after the till let it go', () => {
    expect(lines(request({}, { lateAfter: 'expired' }))).toEqual(expect.arrayContaining(['PEMBAYARAN TERLAMBAT', 'Uang masuk setelah waktu bayar habis.']));
    expect(lines(request({ locale: 'en' }, { lateAfter: 'cancelled' }))).toEqual(
      expect.arrayContaining(['LATE PAYMENT', 'The money arrived after the payment was cancelled.']),
    );
    expect(lines(request()).join('\n')).not.toMatch(/TERLAMBAT/);
  });

  it('a demo till\'s receipt says no real money moved', () => {
    expect(lines(request(), { timeZone: JAKARTA, demo: true })).toContain('DEMO - BUKAN PEMBAYARAN SUNGGUHAN');
    expect(lines(request()).join('\n')).not.toMatch(/DEMO/);
  });

  it('English throughout when the request asks for it', () => {
    expect(lines(request({ locale: 'en' }))).toEqual([
      'Toko Maju', 'PAID', 'Amount: Rp 25.000', 'Method: QRIS', 'Time: 26/11/2026 14:05',
      'Kasir ref.: 2026112614030012345678', 'Paypro ref.: c167o1itir0fypid', 'Thank you',
    ]);
  });

  it('prints the time the payment was paid (its record\'s last change), in the till\'s zone', () => {
    const paidAt = Date.parse('2026-12-31T23:59:00Z');
    expect(formatReceiptTime(paidAt, 'Asia/Jakarta')).toBe('01/01/2027 06:59');
    expect(formatReceiptTime(paidAt, 'UTC')).toBe('31/12/2026 23:59');
    expect(lines(request({}, { updatedAt: paidAt, createdAt: 0 }))).toContain('Waktu: 01/01/2027 06:59');
    // Leaving the screen (or acknowledging a late payment) later changes updatedAt, never the time it was paid.
    expect(lines(request({}, { paidAt, updatedAt: paidAt + 3 * 3_600_000, createdAt: 0 }))).toContain('Waktu: 01/01/2027 06:59');
  });
});

describe('receipt HTML', () => {
  it('is one self-contained document: strict CSP, no script, nothing fetched', () => {
    const html = receiptHtml(request(), { timeZone: JAKARTA });
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${RECEIPT_CSP}">`);
    expect(RECEIPT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(html).not.toMatch(/<script|<link|<img|src=|url\(|@import/i);
  });

  it('escapes every value: a store name (typed by a person) cannot become markup', () => {
    const html = receiptHtml(request({ storeName: '<img src=x onerror=alert(1)> & "Toko" \'Kita\'' }));
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Toko&quot; &#39;Kita&#39;');
    expect(html).not.toContain('<img');
    const hostileReference = receiptHtml(request({}, { platFormTradeNo: '</span><script>x</script>' }));
    expect(hostileReference).not.toContain('<script>');
    expect(escapeHtml('a&b<c>d"e\'f')).toBe('a&amp;b&lt;c&gt;d&quot;e&#39;f');
  });

  it('carries both references whole, the language, and the roll\'s width', () => {
    const html = receiptHtml(request({ paperWidth: 80, locale: 'en' }, { platFormTradeNo: 'PP20261126091500000000012345' }));
    expect(html).toContain('<span>2026112614030012345678</span>');
    expect(html).toContain('<span>PP20261126091500000000012345</span>');
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(/@page\{size:80mm \d+mm;margin:0\}/);
    expect(html).toContain('width:80mm');
    expect(receiptHtml(request())).toMatch(/@page\{size:58mm \d+mm;margin:0\}/);
  });
});
