/**
 * The payment vocabulary both sides speak: which methods a till offers and which states a payment can be in.
 * What the states mean, and the only place a payment moves between them, is main's transition table
 * (electron/payments/lifecycle.ts); this file only names them, so the renderer can switch on them without
 * pulling in main-side code or zod.
 */
export const PAYMENT_METHODS = ['QRIS', 'VA'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

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
