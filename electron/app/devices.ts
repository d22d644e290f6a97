import type { CustomerDisplayLayout, ErrorCode } from '../../shared/ipc/contract.ts';
import type { Result } from '../../shared/result.ts';
import type { Payment } from '../payments/payment.ts';

/**
 * The till's devices, as the core sees them. Electron provides them in an installed till (electron/main/);
 * without them (plain Node tests, a machine with no printer) the operations answer that the device is missing.
 */
export interface ReceiptRequest {
  readonly payment: Payment;
  /** A copy printed again later says so on the paper. */
  readonly reprint: boolean;
  readonly storeName: string;
  /** The shop's QRIS merchant ID (settings), printed under its name when set. */
  readonly nmid?: string | undefined;
  readonly paperWidth: 58 | 80;
  /** undefined: no printer is configured, so the receipt is saved as a PDF. */
  readonly printerName: string | undefined;
  readonly locale: 'id' | 'en';
}

export interface PrintOutcome {
  readonly printedTo: 'printer' | 'pdf';
  readonly file: string | undefined;
}

export interface ReceiptPrinter {
  print(request: ReceiptRequest): Promise<Result<PrintOutcome, ErrorCode>>;
}

/** The customer-facing display: a second window, or the cashier's own screen turned towards the customer. */
export interface CustomerDisplayControl {
  /** Shows the customer view on the cashier's screen, or takes it away again; resolves to whether it is shown. */
  toggle(): Promise<boolean>;
  /** Where the customer view goes with the monitors attached now (AppInfo.customerDisplay). */
  layout(): CustomerDisplayLayout;
  /** Monitors were plugged or unplugged and the layout changed; returns the unsubscribe. */
  onLayoutChange(listener: () => void): () => void;
}

export interface Devices {
  readonly receipts?: ReceiptPrinter | undefined;
  readonly customerDisplay?: CustomerDisplayControl | undefined;
}
