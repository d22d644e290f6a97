import type { MethodInfo, MethodKind, PaymentMethod, PaymentState, WatchedState } from '../payments.ts';

/**
 * What windows are shown, as the IPC contract (./contract.ts) carries it: the till's info, payments as views, the
 * manager's standing, and the error codes. Types only; ./contract.ts re-exports them all.
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
  /** The language the till starts in (settings); the cashier's switch still changes it for the session. */
  readonly language: 'id' | 'en';
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
  'QR_OTHER_MERCHANT',
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
