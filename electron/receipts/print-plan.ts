import { join } from 'node:path';
import type { ErrorCode } from '../../shared/ipc/contract.ts';
import type { Result } from '../../shared/result.ts';
import { err, ok } from '../../shared/result.ts';
import type { PrintOutcome, ReceiptRequest } from '../app/devices.ts';
import type { ReceiptOptions } from './receipt-content.ts';
import { receiptRows } from './receipt-content.ts';
import { receiptHtml } from './receipt-html.ts';
import { ROLLS, receiptHeightMm } from './receipt-layout.ts';

/**
 * Everything about printing a receipt that needs no Electron: the document, the page it goes on, and where it
 * goes. The Electron adapter (electron/main/print-receipt.ts) only loads the document and hands these options
 * to Chromium, so what is decided here is tested under plain Node.
 */
export type ReceiptTarget = { readonly kind: 'printer'; readonly deviceName: string } | { readonly kind: 'pdf'; readonly file: string };

export interface ReceiptPlan {
  readonly html: string;
  readonly widthMm: number;
  /** As long as the receipt's lines need (./receipt-layout.ts), so the roll is not fed blank. */
  readonly heightMm: number;
  readonly target: ReceiptTarget;
}

/** Long enough for a spooler that asks the printer first; a driver that never answers must not hold the counter. */
export const PRINT_TIMEOUT_MS = 30_000;

const MICRONS_PER_MM = 1_000;
const MM_PER_INCH = 25.4;

/** `<tradeNo>.pdf`, and `<tradeNo>-copy.pdf` for a reprint; anything but letters, digits, _ and - is replaced. */
export function receiptFileName(tradeNo: string, reprint: boolean): string {
  const safe = tradeNo.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64) || 'receipt';
  return `${safe}${reprint ? '-copy' : ''}.pdf`;
}

export function planReceipt(request: ReceiptRequest, receiptsDir: string, options: ReceiptOptions = {}): ReceiptPlan {
  const roll = ROLLS[request.paperWidth];
  const target: ReceiptTarget = request.printerName === undefined
    ? { kind: 'pdf', file: join(receiptsDir, receiptFileName(request.payment.tradeNo, request.reprint)) }
    : { kind: 'printer', deviceName: request.printerName };
  return {
    html: receiptHtml(request, options),
    widthMm: roll.paperMm,
    heightMm: receiptHeightMm(receiptRows(request, options), roll),
    target,
  };
}

/** The document as a URL for a window with no file access and no network: the HTML itself, percent-encoded. */
export function receiptUrl(html: string): string {
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
}

/** Options for webContents.print: straight to the named printer, no dialog, no margins, the page in microns. */
export function printOptions(plan: ReceiptPlan, deviceName: string) {
  return {
    silent: true,
    deviceName,
    printBackground: false,
    color: false,
    margins: { marginType: 'none' as const },
    pageSize: { width: Math.round(plan.widthMm * MICRONS_PER_MM), height: Math.round(plan.heightMm * MICRONS_PER_MM) },
  };
}

/** Options for webContents.printToPDF: the same page, in inches, which is what that API takes. */
export function pdfOptions(plan: ReceiptPlan) {
  return {
    pageSize: { width: plan.widthMm / MM_PER_INCH, height: plan.heightMm / MM_PER_INCH },
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    printBackground: false,
    preferCSSPageSize: false,
  };
}

/** A misspelt or unplugged printer is reported as missing (the manager must fix the setting), not as a failed print. */
export function printerInstalled(printers: readonly { readonly name: string }[], deviceName: string): boolean {
  return printers.some((printer) => printer.name === deviceName);
}

export function printerMissing(deviceName: string): Result<never, ErrorCode> {
  return err('PRINTER_UNAVAILABLE', `The receipt printer "${deviceName}" is not installed on this computer.`);
}

/** What webContents.print's callback said, as the contract's result. */
export function printedResult(success: boolean, failureReason: string): Result<PrintOutcome, ErrorCode> {
  return success
    ? ok({ printedTo: 'printer', file: undefined })
    : err('PRINT_FAILED', `The printer did not take the receipt: ${failureReason || 'no reason given'}.`);
}

export function savedResult(file: string): Result<PrintOutcome, ErrorCode> {
  return ok({ printedTo: 'pdf', file });
}

export function printFailed(error: unknown): Result<never, ErrorCode> {
  return err('PRINT_FAILED', `The receipt could not be made: ${error instanceof Error ? error.message : String(error)}.`);
}
