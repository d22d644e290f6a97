import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindowConstructorOptions, PrintToPDFOptions, WebContentsPrintOptions } from 'electron';
import type { ReceiptRequest } from '../../electron/app/devices.ts';
import { newPayment } from '../../electron/payments/payment.ts';

/**
 * The Electron receipt printer with a stand-in for Electron's window (its own, not the shared fake-electron
 * module): what it loads, what it asks Chromium to print and with which page, where the PDF goes, how each
 * failure is answered, and that the hidden window is locked down and always closed.
 */
class FakeReceiptWindow {
  static opened: FakeReceiptWindow[] = [];
  static behaviour: {
    printers: string[];
    printAnswer: [boolean, string] | 'never';
    loadFails: boolean;
    pdfFails: boolean;
  } = { printers: [], printAnswer: [true, ''], loadFails: false, pdfFails: false };

  readonly options: BrowserWindowConstructorOptions;
  loadedUrl: string | undefined;
  destroyed = false;
  printed: WebContentsPrintOptions[] = [];
  pdfs: PrintToPDFOptions[] = [];

  constructor(options: BrowserWindowConstructorOptions) {
    this.options = options;
    FakeReceiptWindow.opened.push(this);
  }

  async loadURL(url: string): Promise<void> {
    if (FakeReceiptWindow.behaviour.loadFails) throw new Error('ERR_FAILED (-2) loading data:…');
    this.loadedUrl = url;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    this.destroyed = true;
  }
  readonly webContents = {
    getPrintersAsync: async () => FakeReceiptWindow.behaviour.printers.map((name) => ({ name, displayName: name, description: '', options: {} })),
    print: (options: WebContentsPrintOptions, callback: (success: boolean, failureReason: string) => void) => {
      this.printed.push(options);
      const answer = FakeReceiptWindow.behaviour.printAnswer;
      if (answer !== 'never') setTimeout(() => callback(...answer), 5);
    },
    printToPDF: async (options: PrintToPDFOptions) => {
      this.pdfs.push(options);
      if (FakeReceiptWindow.behaviour.pdfFails) throw new Error('Failed to generate PDF');
      return Buffer.from('%PDF-1.7 fake');
    },
  };

  /** The HTML the window was given, decoded from its data: URL. */
  get html(): string {
    return decodeURIComponent((this.loadedUrl ?? '').replace(/^data:text\/html;charset=utf-8,/, ''));
  }
}

vi.mock('electron', () => ({ BrowserWindow: FakeReceiptWindow }));
const { RECEIPT_WINDOW_OPTIONS, createElectronReceiptPrinter } = await import('../../electron/main/print-receipt.ts');

function request(overrides: Partial<ReceiptRequest> = {}): ReceiptRequest {
  const payment = {
    ...newPayment({
      tradeNo: '2026112614030012345678', amount: 25_000, method: 'QRIS', kind: 'qris', channelCode: 'QRIS', wayCode: undefined, bank: undefined,
      methodLabel: 'QRIS', parentTradeNo: undefined,
    }, 0),
    state: 'paid' as const, paidAmount: 25_000, platFormTradeNo: 'c167o1itir0fypid',
  };
  return { payment, reprint: false, storeName: 'Toko <Maju>', paperWidth: 58, printerName: undefined, locale: 'id', ...overrides };
}

let receiptsDir: string;
const lastWindow = (): FakeReceiptWindow => {
  const window = FakeReceiptWindow.opened.at(-1);
  if (!window) throw new Error('no receipt window was opened');
  return window;
};

beforeEach(async () => {
  FakeReceiptWindow.opened = [];
  FakeReceiptWindow.behaviour = { printers: [], printAnswer: [true, ''], loadFails: false, pdfFails: false };
  receiptsDir = join(await mkdtemp(join(tmpdir(), 'kasir-receipts-')), 'receipts');
});

describe('Electron receipt printer', () => {
  it('opens a hidden, sandboxed window with no JavaScript and no preload for the receipt', async () => {
    await createElectronReceiptPrinter({ receiptsDir }).print(request());
    const { options } = lastWindow();
    expect(options).toBe(RECEIPT_WINDOW_OPTIONS);
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, devTools: false });
    expect(options.webPreferences?.preload).toBeUndefined();
  });

  it('without a printer: saves the receipt as a PDF named by tradeNo in the receipts folder, then closes the window', async () => {
    const result = await createElectronReceiptPrinter({ receiptsDir }).print(request());
    const file = join(receiptsDir, '2026112614030012345678.pdf');
    expect(result).toEqual({ ok: true, value: { printedTo: 'pdf', file } });
    expect(await readFile(file, 'utf8')).toBe('%PDF-1.7 fake');
    const window = lastWindow();
    expect(window.html).toContain('Toko &lt;Maju&gt;');
    expect(window.html).toContain('2026112614030012345678');
    expect(window.html).toContain('c167o1itir0fypid');
    expect(window.pdfs).toEqual([expect.objectContaining({ pageSize: { width: 58 / 25.4, height: expect.any(Number) }, margins: { top: 0, bottom: 0, left: 0, right: 0 } })]);
    expect(window.printed).toEqual([]);
    expect(window.destroyed).toBe(true);
  });

  it('a reprint is a "-copy" PDF that says SALINAN; a demo till\'s says DEMO', async () => {
    const result = await createElectronReceiptPrinter({ receiptsDir, isDemo: () => true }).print(request({ reprint: true }));
    expect(result).toEqual({ ok: true, value: { printedTo: 'pdf', file: join(receiptsDir, '2026112614030012345678-copy.pdf') } });
    expect(lastWindow().html).toContain('SALINAN');
    expect(lastWindow().html).toContain('DEMO');
  });

  it('with a printer: prints silently to it, roll-wide and without margins, and closes the window', async () => {
    FakeReceiptWindow.behaviour.printers = ['EPSON_TM_T82', 'XP-80'];
    const result = await createElectronReceiptPrinter({ receiptsDir }).print(request({ printerName: 'XP-80', paperWidth: 80 }));
    expect(result).toEqual({ ok: true, value: { printedTo: 'printer', file: undefined } });
    const window = lastWindow();
    expect(window.printed).toEqual([expect.objectContaining({
      silent: true, deviceName: 'XP-80', margins: { marginType: 'none' }, pageSize: { width: 80_000, height: expect.any(Number) },
    })]);
    expect(window.pdfs).toEqual([]);
    expect(window.destroyed).toBe(true);
  });

  it('a printer that refuses the job: PRINT_FAILED with its reason, window closed', async () => {
    FakeReceiptWindow.behaviour.printers = ['XP-58'];
    FakeReceiptWindow.behaviour.printAnswer = [false, 'Print job failed'];
    const result = await createElectronReceiptPrinter({ receiptsDir }).print(request({ printerName: 'XP-58' }));
    expect(result).toMatchObject({ ok: false, code: 'PRINT_FAILED', message: expect.stringContaining('Print job failed') });
    expect(lastWindow().destroyed).toBe(true);
  });

  it('a printer that is not installed: PRINTER_UNAVAILABLE, and nothing is sent to any printer', async () => {
    FakeReceiptWindow.behaviour.printers = ['EPSON_TM_T82'];
    const result = await createElectronReceiptPrinter({ receiptsDir }).print(request({ printerName: 'XP-58' }));
    expect(result).toMatchObject({ ok: false, code: 'PRINTER_UNAVAILABLE', message: expect.stringContaining('XP-58') });
    expect(lastWindow().printed).toEqual([]);
    expect(lastWindow().destroyed).toBe(true);
  });

  it('a printer that never answers: PRINT_FAILED after the wait, window closed', async () => {
    FakeReceiptWindow.behaviour.printers = ['XP-58'];
    FakeReceiptWindow.behaviour.printAnswer = 'never';
    const result = await createElectronReceiptPrinter({ receiptsDir, timeoutMs: 50 }).print(request({ printerName: 'XP-58' }));
    expect(result).toMatchObject({ ok: false, code: 'PRINT_FAILED', message: expect.stringContaining('no answer') });
    expect(lastWindow().destroyed).toBe(true);
  });

  it('a document that does not load, a PDF that is not made, a folder that cannot be written: PRINT_FAILED, window closed', async () => {
    FakeReceiptWindow.behaviour.loadFails = true;
    expect(await createElectronReceiptPrinter({ receiptsDir }).print(request())).toMatchObject({ ok: false, code: 'PRINT_FAILED' });
    expect(lastWindow().destroyed).toBe(true);

    FakeReceiptWindow.behaviour = { ...FakeReceiptWindow.behaviour, loadFails: false, pdfFails: true };
    expect(await createElectronReceiptPrinter({ receiptsDir }).print(request())).toMatchObject({ ok: false, code: 'PRINT_FAILED', message: expect.stringContaining('PDF') });
    expect(lastWindow().destroyed).toBe(true);

    FakeReceiptWindow.behaviour.pdfFails = false;
    await writeFile(join(receiptsDir, '..', 'blocked'), 'a file where the folder should be');
    const blocked = await createElectronReceiptPrinter({ receiptsDir: join(receiptsDir, '..', 'blocked') }).print(request());
    expect(blocked).toMatchObject({ ok: false, code: 'PRINT_FAILED' });
    expect(lastWindow().destroyed).toBe(true);
  });

  it('a window factory handed in is used instead of Electron\'s', async () => {
    const made: BrowserWindowConstructorOptions[] = [];
    const printer = createElectronReceiptPrinter({ receiptsDir, openWindow: (options) => {
      made.push(options);
      return new FakeReceiptWindow(options);
    } });
    expect(await printer.print(request())).toMatchObject({ ok: true });
    expect(made).toEqual([RECEIPT_WINDOW_OPTIONS]);
  });
});
