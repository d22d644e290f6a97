/**
 * The payment vocabulary both sides speak: which methods a till offers and which states a payment can be in.
 * What the states mean, and the only place a payment moves between them, is main's transition table
 * (electron/payments/lifecycle.ts); this file only names them, so the renderer can switch on them without
 * pulling in main-side code or zod.
 */
/**
 * How a method takes the money, which decides what the counter shows: a QRIS code, a VA number, or a payment
 * link (an e-wallet's, or Paypro's hosted cashier where the customer chooses) shown as a QR for their phone.
 */
export const METHOD_KINDS = ['qris', 'va', 'ewallet', 'cashier'] as const;
export type MethodKind = (typeof METHOD_KINDS)[number];

/** A method as the till's catalogue names it (settings): QRIS, VA, DANA, LINKAJA, CASHIER, … */
export type PaymentMethod = string;
export const METHOD_ID = /^[A-Z][A-Z0-9_]{0,31}$/;

export interface BankOption {
  readonly id: string;
  readonly name: string;
  /** Its wayCode is this till's default, not yet confirmed by Paypro. */
  readonly toConfirm: boolean;
}

/** What a window knows of a method the till offers (AppInfo.methods), in the order of its charge buttons. */
export interface MethodInfo {
  readonly id: PaymentMethod;
  readonly kind: MethodKind;
  readonly label: string;
  /** The keyboard key that charges with it ('F1' …), printed on its button. */
  readonly key: string | undefined;
  readonly minAmount: number;
  readonly maxAmount: number | undefined;
  readonly needsMobile: boolean;
  /** A VA's banks, for the cashier to pick the customer's; empty for other kinds. */
  readonly banks: readonly BankOption[];
  /** Its Paypro codes are this till's defaults, not yet confirmed by Paypro. */
  readonly toConfirm: boolean;
}

/** On the counter: the till is busy with this payment and takes no other charge until it is settled or cancelled. */
export const COUNTER_STATES = ['creating', 'awaiting', 'checking'] as const;
/**
 * Watched: the till has let go of the payment, but its order may still be paid, so main keeps asking the gateway
 * for a grace period — cancelled by the cashier, expired on the till, failed at the gateway, or stranded (the
 * order exists but its QR / VA number never reached the till, so nobody can pay it from here).
 */
export const WATCHED_STATES = ['cancelled', 'expired', 'declined', 'stranded'] as const;
/** Over for good: paid, partially paid, never paid (its watch ended), or never created at the gateway. */
export const OVER_STATES = ['paid', 'partial', 'unpaid', 'notCreated'] as const;

export const PAYMENT_STATES = [...COUNTER_STATES, ...WATCHED_STATES, ...OVER_STATES] as const;
export type CounterState = (typeof COUNTER_STATES)[number];
export type WatchedState = (typeof WATCHED_STATES)[number];
export type OverState = (typeof OVER_STATES)[number];
export type PaymentState = (typeof PAYMENT_STATES)[number];
