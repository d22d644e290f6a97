import type { ErrorCode, PaymentFailure } from '../../shared/ipc/contract.ts';
import type { ChannelCode } from '../../shared/paypro/types.ts';
import type { MethodKind, PaymentMethod, PaymentState, WatchedState } from '../../shared/payments.ts';

/**
 * A payment as the till knows it: the domain record the journal stores and the transition table changes. It is
 * not the IPC wire type; windows get a view derived from it (./view.ts).
 */
export interface Payment {
  readonly tradeNo: string;
  /** Grows by one with every change; the journal's event log and every window order by it. */
  readonly revision: number;
  readonly state: PaymentState;
  readonly amount: number;
  /** The catalogue's method id (QRIS, VA, DANA, …) and its kind, as they were when the payment was made. */
  readonly method: PaymentMethod;
  readonly kind: MethodKind;
  /** undefined for Paypro's hosted cashier, where the customer picks the channel. */
  readonly channelCode: ChannelCode | undefined;
  readonly wayCode: string | undefined;
  /** The VA bank the customer pays from (its id), for a VA. */
  readonly bank: string | undefined;
  /** What the counter calls the method: "QRIS", the VA bank's name, the e-wallet's name. */
  readonly methodLabel: string;
  readonly platFormTradeNo: string | undefined;
  readonly qrString: string | undefined;
  readonly vaNumber: string | undefined;
  readonly paymentUrl: string | undefined;
  /** What the gateway says was paid, once it says so (in rupiah). */
  readonly paidAmount: number | undefined;
  /** When the till learnt the money arrived (receipts print it; later changes such as a dismissal do not move it). */
  readonly paidAt: number | undefined;
  /** When the till stops offering the QR / VA number. */
  readonly expiresAt: number | undefined;
  readonly failure: PaymentFailure | undefined;
  /** The partial payment whose shortfall this one collects. */
  readonly parentTradeNo: string | undefined;
  readonly cancelledAt: number | undefined;
  /** The watched state the payment was in when the money arrived anyway. */
  readonly lateAfter: WatchedState | undefined;
  readonly acknowledgedAt: number | undefined;
  /** When the cashier left this payment's screen; until then it is the payment on the counter. */
  readonly dismissedAt: number | undefined;
  /** End of the background watch of a payment the till let go of. */
  readonly watchUntil: number | undefined;
  /** Status checks in a row that settled nothing, and why the last one did not. */
  readonly failedChecks: number;
  readonly lastCheckProblem: CheckProblem | undefined;
  /** What the last unsettled check saw (e.g. an unrecognised status), shown so nobody has to guess. */
  readonly lastCheckDetail: string | undefined;
  /** "No such order" answers while it is unknown whether the order exists, and when the first came. */
  readonly absentAnswers: number;
  readonly firstAbsentAt: number | undefined;
  readonly createdAt: number;
  readonly updatedAt: number;
}

export type CheckProblem = 'connection' | 'refused' | 'untrusted';

/** What a payment is made from; everything else starts empty. */
export interface NewPayment {
  readonly tradeNo: string;
  readonly amount: number;
  readonly method: PaymentMethod;
  readonly kind: MethodKind;
  readonly channelCode: ChannelCode | undefined;
  readonly wayCode: string | undefined;
  readonly bank: string | undefined;
  readonly methodLabel: string;
  readonly parentTradeNo: string | undefined;
}

export function newPayment(input: NewPayment, now: number): Payment {
  return {
    ...input,
    revision: 1,
    state: 'creating',
    platFormTradeNo: undefined,
    qrString: undefined,
    vaNumber: undefined,
    paymentUrl: undefined,
    paidAmount: undefined,
    paidAt: undefined,
    expiresAt: undefined,
    failure: undefined,
    cancelledAt: undefined,
    lateAfter: undefined,
    acknowledgedAt: undefined,
    dismissedAt: undefined,
    watchUntil: undefined,
    failedChecks: 0,
    lastCheckProblem: undefined,
    lastCheckDetail: undefined,
    absentAnswers: 0,
    firstAbsentAt: undefined,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * Everything that can happen to a payment. The service turns gateway answers and the cashier's actions into
 * these; only the transition table (./lifecycle.ts) turns them into a new record.
 */
export type PaymentEvent =
  // The answer to payIn.
  | { readonly type: 'created'; readonly platFormTradeNo: string; readonly qrString: string | undefined; readonly vaNumber: string | undefined; readonly paymentUrl: string | undefined; readonly expiresAt: number }
  | { readonly type: 'unusable'; readonly platFormTradeNo: string; readonly code: ErrorCode; readonly detail: string }
  | { readonly type: 'refused'; readonly gatewayCode: string; readonly detail: string }
  | { readonly type: 'notSent'; readonly detail: string }
  | { readonly type: 'outcomeUnknown'; readonly detail: string }
  // The answer to a status check.
  | { readonly type: 'pending'; readonly platFormTradeNo: string }
  | { readonly type: 'paid'; readonly platFormTradeNo: string; readonly paidAmount: number }
  | { readonly type: 'partial'; readonly platFormTradeNo: string; readonly paidAmount: number }
  | { readonly type: 'declined'; readonly platFormTradeNo: string; readonly gatewayCode: string; readonly detail: string }
  | { readonly type: 'absent'; readonly gatewayCode: string; readonly detail: string }
  | { readonly type: 'checkFailed'; readonly problem: CheckProblem; readonly detail: string }
  // The till and the cashier.
  | { readonly type: 'cancel'; readonly confirmed: boolean }
  | { readonly type: 'expire' }
  | { readonly type: 'watchEnded' }
  | { readonly type: 'acknowledge' }
  | { readonly type: 'dismiss' }
  | { readonly type: 'recovered' };

export type PaymentEventType = PaymentEvent['type'];

export const PAYMENT_EVENT_TYPES = [
  'created', 'unusable', 'refused', 'notSent', 'outcomeUnknown',
  'pending', 'paid', 'partial', 'declined', 'absent', 'checkFailed',
  'cancel', 'expire', 'watchEnded', 'acknowledge', 'dismiss', 'recovered',
] as const satisfies readonly PaymentEventType[];
