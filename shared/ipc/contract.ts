import type { Result } from '../result.ts';
import type { EventName, InvokeName } from './channels.ts';
import type { HistoryPage, HistoryRequest, PaymentDetail } from './history.ts';
import type { AuditRequest, AuditView, DayReport, DayReportRequest, ReconcileReport, ReportExport } from './report.ts';
import type { QuitOutcome, UpdateStatus } from './updates.ts';
import type { DiagnosticsExport } from './diagnostics.ts';
import type { ConnectionTestRequest, ConnectionTestResult, SaveSettingsResult, SecretStatus, SettingsView } from './settings.ts';
import type { AppInfo, ErrorCode, ManagerState, PaymentMethod, PaymentView } from './views.ts';

/**
 * The one typed IPC contract (STYLE.md §1, §8): each operation's result type and each event's payload. The
 * request schemas live beside it in ./schemas.ts (zod, main only), so the renderer bundle never carries zod;
 * the renderer's `window.kasir` type is derived from here, never written by hand.
 */
export type {
  AppInfo, AppMode, CustomerDisplayLayout, ErrorCode, ManagerState, MethodInfo, MethodKind, PaymentFailure, PaymentMethod,
  PaymentState, PaymentView, QrImage, QrisMerchant, StatusTrouble,
} from './views.ts';
export { ERROR_CODES } from './views.ts';

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
  /** The diagnostics archive for support, written to the reports folder (./diagnostics.ts). */
  exportDiagnostics: undefined;
  /** The running version and whether an update is off, unavailable or downloaded; asks no feed. */
  getUpdateStatus: undefined;
  /** Asks the update feed in the settings for a newer version and downloads it; installs nothing. */
  checkForUpdate: undefined;
  /** Restarts into the downloaded version; refused while a payment holds the counter or is being checked. */
  installUpdate: undefined;
  /** Ends Kasir (a kiosk till's only way out); refused like installUpdate. The journal is closed first. */
  quitApp: undefined;
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
  exportDiagnostics: DiagnosticsExport;
  getUpdateStatus: UpdateStatus;
  checkForUpdate: UpdateStatus;
  installUpdate: UpdateStatus;
  quitApp: QuitOutcome;
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
