import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { BrowserWindow } from 'electron';
import type { BrowserWindowConstructorOptions, PrintToPDFOptions, PrinterInfo, WebContentsPrintOptions } from 'electron';
import type { ErrorCode } from '../../shared/ipc/contract.ts';
import type { Result } from '../../shared/result.ts';
import type { PrintOutcome, ReceiptPrinter } from '../app/devices.ts';
import type { ReceiptPlan } from '../receipts/print-plan.ts';
import {
  PRINT_TIMEOUT_MS, pdfOptions, planReceipt, printFailed, printOptions, printedResult, printerInstalled, printerMissing, receiptUrl, savedResult,
} from '../receipts/print-plan.ts';

/**
 * The receipt printer of an installed till: Chromium prints the receipt's HTML (electron/receipts/) from a
 * hidden window, silently to the configured printer, or to a PDF in the receipts folder when none is set.
 * The window has no preload, no JavaScript and no way out; it is closed whatever happens.
 */
export interface ReceiptWindow {
  loadURL(url: string): Promise<void>;
  isDestroyed(): boolean;
  destroy(): void;
  readonly webContents: {
    print(options: WebContentsPrintOptions, callback: (success: boolean, failureReason: string) => void): void;
    printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
    getPrintersAsync(): Promise<PrinterInfo[]>;
  };
}

export const RECEIPT_WINDOW_OPTIONS: BrowserWindowConstructorOptions = {
  show: false,
  width: 400,
  height: 800,
  webPreferences: {
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    javascript: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: false,
  },
};

export interface ElectronReceiptPrinterOptions {
  /** Where PDFs go when no printer is set: `receipts` in the app's data folder. */
  readonly receiptsDir: string;
  /** Demo mode: the receipt says no real money moved. */
  readonly isDemo?: () => boolean;
  /** Tests only: a stand-in for Electron's window, and a shorter wait for a printer that never answers. */
  readonly openWindow?: (options: BrowserWindowConstructorOptions) => ReceiptWindow;
  readonly timeoutMs?: number;
}

type PrintResult = Result<PrintOutcome, ErrorCode>;

async function output(window: ReceiptWindow, plan: ReceiptPlan): Promise<PrintResult> {
  const { target } = plan;
  if (target.kind === 'pdf') {
    const pdf = await window.webContents.printToPDF(pdfOptions(plan));
    await mkdir(dirname(target.file), { recursive: true });
    await writeFile(target.file, pdf);
    return savedResult(target.file);
  }
  if (!printerInstalled(await window.webContents.getPrintersAsync(), target.deviceName)) return printerMissing(target.deviceName);
  return new Promise((resolve) => {
    window.webContents.print(printOptions(plan, target.deviceName), (success, failureReason) => resolve(printedResult(success, failureReason)));
  });
}

/** A print that outlives the wait is given up on (and its late failure, if any, is not left unhandled). */
function withTimeout(work: Promise<PrintResult>, ms: number): Promise<PrintResult> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<PrintResult>((resolve) => {
    timer = setTimeout(() => resolve(printFailed(new Error(`no answer from the printer within ${ms / 1000} s`))), ms);
  });
  return Promise.race([work.catch(printFailed), late]).finally(() => clearTimeout(timer));
}

export function createElectronReceiptPrinter(options: ElectronReceiptPrinterOptions): ReceiptPrinter {
  const openWindow = options.openWindow ?? ((windowOptions) => new BrowserWindow(windowOptions));
  return {
    async print(request) {
      let window: ReceiptWindow | undefined;
      try {
        const plan = planReceipt(request, options.receiptsDir, { demo: options.isDemo?.() });
        window = openWindow(RECEIPT_WINDOW_OPTIONS);
        const opened = window;
        return await withTimeout(opened.loadURL(receiptUrl(plan.html)).then(() => output(opened, plan)), options.timeoutMs ?? PRINT_TIMEOUT_MS);
      } catch (error) {
        return printFailed(error);
      } finally {
        if (window && !window.isDestroyed()) window.destroy();
      }
    },
  };
}
