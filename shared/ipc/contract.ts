import { z } from 'zod';
import type { Result } from '../result.ts';
import type { EventName, InvokeName } from './channels.ts';

/**
 * The one typed IPC contract (STYLE.md §1, §2, §8): each operation's request schema and result type. Main
 * validates every payload against these schemas before acting; the preload exposes one function per
 * operation; the renderer's `window.kasir` type is derived from here, never written by hand.
 */
export const PAYMENT_METHODS = ['QRIS', 'VA'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** tradeNo as Kasir makes it: yyyyMMddHHmmss + random digits, ≤ 32 characters. */
const TradeNo = z.string().min(1).max(32).regex(/^[A-Za-z0-9_-]+$/);

export const requestSchemas = {
  getAppInfo: z.undefined(),
  startPayment: z.strictObject({
    // Range checks beyond "a safe integer" are business rules, answered with specific codes by the service.
    amount: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
    method: z.enum(PAYMENT_METHODS),
  }),
  getPayment: z.strictObject({ tradeNo: TradeNo }),
  getOpenPayment: z.undefined(),
  simulateCustomerPayment: z.strictObject({
    tradeNo: TradeNo,
    outcome: z.enum(['paid', 'partial', 'expired']),
  }),
} satisfies Record<InvokeName, z.ZodType>;

export type RequestOf<N extends InvokeName> = z.input<(typeof requestSchemas)[N]>;

export type AppMode = 'demo' | 'sandbox' | 'production';

export interface AppInfo {
  readonly mode: AppMode;
  readonly ready: boolean;
  /** Why charging is blocked when `ready` is false, e.g. the keychain cannot be reached. */
  readonly blockedReason: ErrorCode | undefined;
  readonly vaBankName: string;
  readonly minAmount: number;
  readonly maxQrisAmount: number;
}

/**
 * A payment's life as the counter sees it. `checking` means Kasir does not know whether the gateway took the
 * order (timeout, lost connection) and is asking it by the same tradeNo; it never charges again meanwhile.
 */
export const PAYMENT_STATES = ['creating', 'awaiting', 'checking', 'paid', 'partial', 'failed'] as const;
export type PaymentState = (typeof PAYMENT_STATES)[number];

export interface PaymentFailure {
  readonly code: ErrorCode;
  /** The gateway's own code and text where it gave one (shown to the manager, not translated). */
  readonly gatewayCode: string | undefined;
  readonly detail: string;
}

export interface PaymentView {
  readonly tradeNo: string;
  readonly amount: number;
  readonly method: PaymentMethod;
  readonly state: PaymentState;
  readonly qrString: string | undefined;
  readonly vaNumber: string | undefined;
  readonly vaBankName: string | undefined;
  readonly paidAmount: number | undefined;
  readonly failure: PaymentFailure | undefined;
  readonly createdAt: number;
  readonly updatedAt: number;
}

export const ERROR_CODES = [
  'INVALID_REQUEST',
  'FORBIDDEN_SENDER',
  'AMOUNT_NOT_INTEGER',
  'AMOUNT_TOO_SMALL',
  'AMOUNT_TOO_LARGE',
  'PAYMENT_IN_PROGRESS',
  'NOT_FOUND',
  'NOT_DEMO_MODE',
  'KEYCHAIN_UNAVAILABLE',
  'SECRET_MISSING',
  'SETTINGS_INVALID',
  'GATEWAY_REJECTED',
  'GATEWAY_UNREACHABLE',
  'GATEWAY_MALFORMED',
  'ORDER_NOT_CREATED',
  'PAYMENT_DETAILS_LOST',
  'PAYMENT_EXPIRED',
  'PAYMENT_FAILED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ResultValues {
  getAppInfo: AppInfo;
  startPayment: PaymentView;
  getPayment: PaymentView;
  /** The payment still open on this till, so a reloaded window picks it up instead of losing it. */
  getOpenPayment: PaymentView | null;
  simulateCustomerPayment: PaymentView;
}

export interface EventPayloads {
  paymentUpdated: PaymentView;
}

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

export function isFinalState(state: PaymentState): boolean {
  return state === 'paid' || state === 'partial' || state === 'failed';
}
