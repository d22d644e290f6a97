import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReceiptRequest } from '../../electron/app/devices.ts';
import { newPayment } from '../../electron/payments/payment.ts';
import {
  pdfOptions, planReceipt, printFailed, printOptions, printedResult, printerInstalled, receiptFileName, receiptUrl, savedResult,
} from '../../electron/receipts/print-plan.ts';
import { receiptRows } from '../../electron/receipts/receipt-content.ts';
import type { ReceiptRow } from '../../electron/receipts/receipt-layout.ts';
import { LINE_MM, PADDING_BOTTOM_MM, PADDING_TOP_MM, ROLLS, receiptHeightMm, rowLines, wrappedLines } from '../../electron/receipts/receipt-layout.ts';

/** What printing decides without Electron: the grid, the page, the file, and how answers become results. */
function request(overrides: Partial<ReceiptRequest> = {}): ReceiptRequest {
  const payment = {
    ...newPayment({
      tradeNo: '2026112614030012345678', amount: 25_000, method: 'QRIS', kind: 'qris', channelCode: 'QRIS', wayCode: undefined, bank: undefined,
      methodLabel: 'QRIS', parentTradeNo: undefined,
    }, 0),
    state: 'paid' as const, paidAmount: 25_000, platFormTradeNo: 'c167o1itir0fypid',
  };
  return { payment, reprint: false, storeName: 'Toko Maju', paperWidth: 58, printerName: undefined, locale: 'id', ...overrides };
}

describe('the roll\'s grid', () => {
  it('32 characters a line on 58 mm paper, 48 on 80 mm, both at 1.5 mm a character', () => {
    expect(ROLLS[58]).toEqual({ paperMm: 58, printableMm: 48, columns: 32 });
    expect(ROLLS[80]).toEqual({ paperMm: 80, printableMm: 72, columns: 48 });
  });

  it('wraps at word boundaries, and breaks a word only when it is longer than a line', () => {
    expect(wrappedLines('Terima kasih', 32)).toBe(1);
    expect(wrappedLines('x'.repeat(32), 32)).toBe(1);
    expect(wrappedLines('x'.repeat(33), 32)).toBe(2);
    expect(wrappedLines('Toko Sembako & Kelontong <Maju> Jaya 88', 21)).toBe(3); // "Toko Sembako &" / "Kelontong <Maju> Jaya" / "88"
    expect(wrappedLines('aaaa bbbb', 6)).toBe(2);
    expect(wrappedLines('aa ' + 'b'.repeat(13), 6)).toBe(4); // "aa" / "bbbbbb" / "bbbbbb" / "b"
    expect(wrappedLines('', 32)).toBe(1);
  });

  it('a label and value share a line only when both fit; the two references stack together', () => {
    const pair = (label: string, value: string): ReceiptRow => ({ kind: 'pair', label, value });
    expect(rowLines(pair('Jumlah', 'Rp 25.000'), ROLLS[58])).toBe(1);
    expect(rowLines(pair('Ref. Kasir', '2026112614030012345678'), ROLLS[58])).toBe(2);
    expect(rowLines(pair('Ref. Kasir', '2026112614030012345678'), ROLLS[80])).toBe(1);
    const references = (width: 58 | 80) => receiptRows(request({ paperWidth: width })).filter((row) => row.kind === 'pair' && row.label.startsWith('Ref.'));
    // "Ref. Paypro c167o1itir0fypid" would fit on 58 mm by itself, but lines up under the Kasir reference instead.
    expect(references(58).map((row) => rowLines(row, ROLLS[58]))).toEqual([2, 2]);
    expect(references(80).map((row) => rowLines(row, ROLLS[80]))).toEqual([1, 1]);
  });

  it('the receipt is as long as its lines, double-size ones counting double, plus the margins', () => {
    const rows: ReceiptRow[] = [{ kind: 'banner', text: 'LUNAS' }, { kind: 'rule' }, { kind: 'footer', text: 'Terima kasih' }];
    expect(receiptHeightMm(rows, ROLLS[58])).toBe(Math.ceil(PADDING_TOP_MM + (2 + 1 + 1) * LINE_MM + PADDING_BOTTOM_MM));
    const longName = request({ storeName: 'Toko Sembako & Kelontong <Maju> Jaya 88' });
    // Two more heading lines at one and a half times the height, give or take the rounding up to a whole mm.
    const longer = receiptHeightMm(receiptRows(longName), ROLLS[58]) - receiptHeightMm(receiptRows(request()), ROLLS[58]);
    expect(Math.abs(longer - 2 * 1.5 * LINE_MM)).toBeLessThan(1);
  });
});

describe('the print plan', () => {
  it('without a printer: a PDF in the receipts folder named by tradeNo, "-copy" for a reprint', () => {
    expect(planReceipt(request(), '/data/receipts').target).toEqual({ kind: 'pdf', file: join('/data/receipts', '2026112614030012345678.pdf') });
    expect(planReceipt(request({ reprint: true }), '/data/receipts').target).toEqual({ kind: 'pdf', file: join('/data/receipts', '2026112614030012345678-copy.pdf') });
  });

  it('with a printer: straight to it, by its system name', () => {
    expect(planReceipt(request({ printerName: 'XP-58' }), '/data/receipts').target).toEqual({ kind: 'printer', deviceName: 'XP-58' });
  });

  it('a file name can never leave the receipts folder', () => {
    expect(receiptFileName('../../etc/passwd', false)).toBe('______etc_passwd.pdf');
    expect(receiptFileName('a\\b:c', true)).toBe('a_b_c-copy.pdf');
    expect(receiptFileName('', false)).toBe('receipt.pdf');
  });

  it('the page is the roll\'s width and the receipt\'s length: microns for the printer, inches for the PDF', () => {
    const plan = planReceipt(request({ paperWidth: 58 }), '/r');
    expect(plan.widthMm).toBe(58);
    expect(plan.heightMm).toBe(receiptHeightMm(receiptRows(request()), ROLLS[58]));
    expect(printOptions(plan, 'XP-58')).toEqual({
      silent: true, deviceName: 'XP-58', printBackground: false, color: false, margins: { marginType: 'none' },
      pageSize: { width: 58_000, height: plan.heightMm * 1_000 },
    });
    const wide = planReceipt(request({ paperWidth: 80 }), '/r');
    expect(pdfOptions(wide)).toEqual({
      pageSize: { width: 80 / 25.4, height: wide.heightMm / 25.4 }, margins: { top: 0, bottom: 0, left: 0, right: 0 },
      printBackground: false, preferCSSPageSize: false,
    });
  });

  it('the document travels as a data URL that decodes back to the same HTML', () => {
    const { html } = planReceipt(request({ storeName: 'Toko # 100% & <Maju>' }), '/r');
    const url = receiptUrl(html);
    expect(url.startsWith('data:text/html;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(url.slice('data:text/html;charset=utf-8,'.length))).toBe(html);
    expect(url).not.toMatch(/[#%](?![0-9A-F]{2})/);
  });

  it('only a printer the system knows is printed to', () => {
    expect(printerInstalled([{ name: 'EPSON_TM_T82' }, { name: 'XP-58' }], 'XP-58')).toBe(true);
    expect(printerInstalled([{ name: 'XP-58 (copy 1)' }], 'XP-58')).toBe(false);
    expect(printerInstalled([], 'XP-58')).toBe(false);
  });

  it('maps what Chromium answered to the contract\'s result', () => {
    expect(printedResult(true, '')).toEqual({ ok: true, value: { printedTo: 'printer', file: undefined } });
    expect(printedResult(false, 'Print job canceled')).toMatchObject({ ok: false, code: 'PRINT_FAILED', message: expect.stringContaining('Print job canceled') });
    expect(savedResult('/r/a.pdf')).toEqual({ ok: true, value: { printedTo: 'pdf', file: '/r/a.pdf' } });
    expect(printFailed(new Error('disk full'))).toMatchObject({ ok: false, code: 'PRINT_FAILED', message: expect.stringContaining('disk full') });
  });
});
