import type { Result } from '../result.ts';
import type { MethodInfo, MethodKind, PaymentMethod, PaymentState, WatchedState } from '../payments.ts';
import type { EventName, InvokeName } from './channels.ts';
import type { HistoryPage, HistoryRequest, PaymentDetail } from './history.ts';
import type { AuditRequest, AuditView, DayReport, DayReportRequest, ReconcileReport, ReportExport } from './report.ts';
import type { ConnectionTestRequest, ConnectionTestResult, SaveSettingsResult, SecretStatus, SettingsView } from './settings.ts';

/**
 * The one typed IPC contract (STYLE.md §1, §8): each operation's result type and each event's payload. The
 * request schemas live beside it in ./schemas.ts (zod, main only), so the renderer bundle never carries zod;
 * the renderer's `window.kasir` type is derived from here, never written by hand.
 */
export type { MethodInfo, MethodKind, PaymentMethod, PaymentState };

export type AppMode = 'demo' | 'sandbox' | 'production';

/**
 * Where the customer-facing display is: full-screen on a second monitor, only on the cashier's own screen when
 * the cashier turns it towards the customer (one monitor: the top bar offers the toggle), or nowhere (no
 * Electron window, e.g. plain Node tests).
 */
export type CustomerDisplayLayout = 'second-screen' | 'toggle' | 'none';

export interface AppInfo {
  readonly mode: AppMode;
  readonly ready: boolean;
  /** Why charging is blocked when `ready` is false, e.g. the keychain cannot be reached. */
  readonly blockedReason: ErrorCode | undefined;
  /** The journal file, named on screen when it is damaged so IT knows which file to rescue. */
  readonly journalFile: string | undefined;
  /** Trouble that does not block the payment on screen, e.g. the journal cannot be written (disk full). */
  readonly warning: ErrorCode | undefined;
  /** Paypro could not be reached (confirmed by a probe): no method is offered until it answers again. */
  readonly gateway: 'reachable' | 'unreachable';
  /** The methods the till offers, in the order of their charge buttons (the first is Enter's). */
  readonly methods: readonly MethodInfo[];
  /** The smallest amount any method takes. */
  readonly minAmount: number;
  /** One-tap amounts on the keypad (settings). */
  readonly quickAmounts: readonly number[];
  /** Say a confirmed payment aloud after the chime (settings). */
  readonly speakPayments: boolean;
  /** The shop's name, greeting customers on their display (settings). */
  readonly storeName: string;
  readonly customerDisplay: CustomerDisplayLayout;
}

export interface PaymentFailure {
  readonly code: ErrorCode;
  /** The gateway's own code and text where it gave one (shown to the manager, not translated). */
  readonly gatewayCode: string | undefined;
  readonly detail: string;
}

/**
 * Why the last status checks did not settle anything: the gateway could not be reached (shown after two
 * misses in a row), or it answered something Kasir refuses to believe (shown at once).
 */
export type StatusTrouble = 'connection' | 'untrusted';

/** A QR encoded in main: `size` modules a side, `modules` row by row, '1' for a dark module. */
export interface QrImage {
  readonly size: number;
  readonly modules: string;
}

/** The merchant a QRIS code names, shown under it so a customer can tell the shop's code from a fake one. */
export interface QrisMerchant {
  readonly name: string | undefined;
  readonly nmid: string | undefined;
}

/**
 * A payment as a window sees it, derived in main from the journal's record (electron/payments/view.ts). Windows
 * order updates by `revision`, which grows with every change, never by clock time.
 */
export interface PaymentView {
  readonly tradeNo: string;
  readonly revision: number;
  readonly state: PaymentState;
  readonly amount: number;
  readonly method: PaymentMethod;
  readonly kind: MethodKind;
  /** "QRIS", the VA bank's name, the e-wallet's name. */
  readonly methodLabel: string;
  /** The VA bank's id in the catalogue, so "charge again" charges the same bank. */
  readonly bank: string | undefined;
  readonly platFormTradeNo: string | undefined;
  readonly qrString: string | undefined;
  readonly vaNumber: string | undefined;
  /** An e-wallet's or the hosted cashier's page, shown as a QR for the customer's phone. */
  readonly paymentUrl: string | undefined;
  /** The QR to show: the QRIS code, or the payment page's link; absent when there is none or it is too long. */
  readonly qr: QrImage | undefined;
  readonly qrisMerchant: QrisMerchant | undefined;
  readonly paidAmount: number | undefined;
  /** When the money was seen to arrive (epoch ms). */
  readonly paidAt: number | undefined;
  /** When the till stops offering this QR / VA number (epoch ms), for the countdown. */
  readonly expiresAt: number | undefined;
  readonly failure: PaymentFailure | undefined;
  /** The partial payment whose rest this payment collects. */
  readonly parentTradeNo: string | undefined;
  readonly cancelled: boolean;
  /** Paid after the till let go of it: the state it was in when the money arrived. */
  readonly lateAfter: WatchedState | undefined;
  readonly needsAcknowledgement: boolean;
  /** Still the payment on the counter (its screen has not been left yet). */
  readonly onCounter: boolean;
  /** The till takes no other charge while this is true. */
  readonly holdsCounter: boolean;
  readonly statusTrouble: StatusTrouble | undefined;
  /** What the troubled checks saw, e.g. an unrecognised status code (behind a "details" link). */
  readonly statusDetail: string | undefined;
  /** What "collect the rest" would charge, when it is allowed. */
  readonly restAmount: number | undefined;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/**
 * The manager's standing at this till. Manager rights are a session on top of the cashier's window, opened with
 * the manager PIN and closed after five idle minutes; main checks it on every manager-only operation.
 */
export interface ManagerState {
  /** A manager PIN exists (none yet: the first manager sets one). */
  readonly pinSet: boolean;
  /** A manager session is open. */
  readonly active: boolean;
  /** After wrong PINs, no attempt is looked at before this (epoch ms). */
  readonly retryAt: number | undefined;
  /** That wait is the 15-minute lockout. */
  readonly locked: boolean;
}

export const ERROR_CODES = [
  'INVALID_REQUEST',
  'FORBIDDEN_SENDER',
  'FORBIDDEN_ROLE',
  'MANAGER_ONLY',
  'PIN_FORMAT',
  'PIN_TOO_SIMPLE',
  'PIN_ALREADY_SET',
  'PIN_NOT_SET',
  'WRONG_PIN',
  'PIN_WAIT',
  'AMOUNT_NOT_INTEGER',
  'AMOUNT_TOO_SMALL',
  'AMOUNT_TOO_LARGE',
  'PAYMENT_IN_PROGRESS',
  'METHOD_UNAVAILABLE',
  'BANK_REQUIRED',
  'MOBILE_INVALID',
  'PAYMENT_NOT_OPEN',
  'TOO_SOON',
  'NOT_LATE',
  'REST_UNAVAILABLE',
  'NOT_FOUND',
  'NOT_DEMO_MODE',
  'KEYCHAIN_UNAVAILABLE',
  'KEYCHAIN_LOCKED',
  'SECRET_MISSING',
  'SETTINGS_INVALID',
  'JOURNAL_DAMAGED',
  'JOURNAL_UNWRITABLE',
  'JOURNAL_IN_USE',
  'GATEWAY_REJECTED',
  'GATEWAY_UNREACHABLE',
  'GATEWAY_MALFORMED',
  'QR_STATIC',
  'PRINTER_UNAVAILABLE',
  'PRINT_FAILED',
  'DISPLAY_UNAVAILABLE',
  'ORDER_NOT_CREATED',
  'PAYMENT_DETAILS_LOST',
  'PAYMENT_EXPIRED',
  'PAYMENT_FAILED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Request payloads as the renderer sends them; ./schemas.ts checks each one in main before anything acts on it. */
export interface Requests {
  getAppInfo: undefined;
  /** A blocked till reads its settings, the keychain and the journal again; nothing happens to a till that charges. */
  retrySetup: undefined;
  startPayment: {
    readonly amount: number;
    readonly method: PaymentMethod;
    /** The customer's bank, for a VA offering more than one. */
    readonly bank?: string | undefined;
    /** The customer's mobile number, for a method that asks for it. */
    readonly mobile?: string | undefined;
  };
  getPayment: { readonly tradeNo: string };
  getCounterPayment: undefined;
  cancelPayment: { readonly tradeNo: string };
  checkPaymentNow: { readonly tradeNo: string };
  dismissPayment: { readonly tradeNo: string };
  collectRest: { readonly tradeNo: string };
  listLatePayments: undefined;
  acknowledgeLatePayment: { readonly tradeNo: string };
  /** A receipt for a paid or partly paid payment; `reprint` marks it as a copy. */
  /** `locale`: the language the cashier's screen is in (Indonesian when absent). */
  printReceipt: { readonly tradeNo: string; readonly reprint?: boolean | undefined; readonly locale?: 'id' | 'en' | undefined };
  /** With one monitor: turn the cashier's screen into the customer view, or back. */
  toggleCustomerView: undefined;
  simulateCustomerPayment: { readonly tradeNo: string; readonly outcome: 'paid' | 'partial' | 'expired' };
  getManagerState: undefined;
  /** The first PIN on a till without one; a new PIN only in an open manager session. */
  setManagerPin: { readonly pin: string };
  unlockManager: { readonly pin: string };
  lockManager: undefined;
  /** History, newest first: today's for the cashier, everything in a manager session (./history.ts). */
  listHistory: HistoryRequest;
  /** A payment with its event log: today's for the cashier, any in a manager session. */
  getPaymentDetail: { readonly tradeNo: string };
  /** The manager's end-of-day report of one business day (./report.ts). */
  getDayReport: DayReportRequest;
  /** The day's payments and totals as a CSV in the till's reports folder, in the screen's language. */
  exportDayReport: DayReportRequest & { readonly locale?: 'id' | 'en' | undefined };
  /** The manager's audit log, newest first. */
  listAuditLog: AuditRequest;
  /** Asks the gateway again about every doubtful or unfinished payment of the business day; says what changed. */
  reconcileDay: DayReportRequest;
  /** The settings screen (./settings.ts): the values, what is wrong with a damaged file, the secret's status. */
  getSettings: undefined;
  /** Checked by main's schema: refused values come back as problems, each naming its field. Applied at once. */
  saveSettings: { readonly values: unknown };
  /** Stored in the OS keychain under the saved merchant number; never read back. */
  setAppSecret: { readonly secret: string };
  removeAppSecret: undefined;
  testConnection: ConnectionTestRequest;
}

export interface ResultValues {
  getAppInfo: AppInfo;
  retrySetup: AppInfo;
  startPayment: PaymentView;
  getPayment: PaymentView;
  /** The payment whose screen the counter shows, so a reloaded or restarted window shows it again. */
  getCounterPayment: PaymentView | null;
  cancelPayment: PaymentView;
  checkPaymentNow: PaymentView;
  dismissPayment: PaymentView;
  /** The new payment for the shortfall, linked to the partial one. */
  collectRest: PaymentView;
  listLatePayments: PaymentView[];
  acknowledgeLatePayment: PaymentView;
  /** Where the receipt went: the configured printer, or a PDF file (its path). */
  printReceipt: { readonly printedTo: 'printer' | 'pdf'; readonly file: string | undefined };
  toggleCustomerView: { readonly shown: boolean };
  simulateCustomerPayment: PaymentView;
  getManagerState: ManagerState;
  setManagerPin: ManagerState;
  unlockManager: ManagerState;
  lockManager: ManagerState;
  listHistory: HistoryPage;
  getPaymentDetail: PaymentDetail;
  getDayReport: DayReport;
  exportDayReport: ReportExport;
  listAuditLog: AuditView[];
  reconcileDay: ReconcileReport;
  getSettings: SettingsView;
  saveSettings: SaveSettingsResult;
  setAppSecret: SecretStatus;
  removeAppSecret: SecretStatus;
  testConnection: ConnectionTestResult;
}

export interface EventPayloads {
  paymentUpdated: PaymentView;
  appInfoChanged: AppInfo;
  /** A manager session opened or ended (also when it ran out), or the PIN was set. */
  managerChanged: ManagerState;
}

export type RequestOf<N extends InvokeName> = Requests[N];
export type IpcResult<N extends InvokeName> = Result<ResultValues[N], ErrorCode>;

type InvokeApi = {
  [N in InvokeName]: undefined extends RequestOf<N>
    ? () => Promise<IpcResult<N>>
    : (request: RequestOf<N>) => Promise<IpcResult<N>>;
};
type EventApi = {
  [E in EventName as `on${Capitalize<E>}`]: (listener: (payload: EventPayloads[E]) => void) => () => void;
};

/** What the preload exposes as `window.kasir`. */
export type KasirApi = InvokeApi & EventApi;
