import type { SaltComposition } from '../../shared/paypro/sign.ts';
import type { PayproEndpoint } from '../../shared/paypro/types.ts';

/**
 * The simulator's public types. Other code (the app's demo mode, integration and e2e suites) depends on these
 * names, so they change only together with those users.
 */
export type { PayproEndpoint };

export type SettleOutcome = 'paid' | 'partial' | 'expired' | 'failed';
export const SETTLE_OUTCOMES: readonly SettleOutcome[] = ['paid', 'partial', 'expired', 'failed'];

export interface FaultSettings {
  /** Delay before answering. The request is processed on arrival; only the answer waits. */
  latencyMs?: number;
  /** Process the request (the order IS created), then destroy the socket without answering. */
  drop?: boolean;
  /** Answer HTTP 502 with an HTML body, without processing. */
  http5xx?: boolean;
  /** Process the request, answer 200 with a truncated, unparseable JSON body. */
  malformedJson?: boolean;
  /** "Accept the order but never answer": process, then hold the socket silently until close(). */
  blackhole?: boolean;
  /**
   * Process the request, then answer outer code 5000 ("system operation exception"): the order exists but the
   * answer says the outcome is unknown, which is the case the app must reconcile by querying.
   */
  systemError?: boolean;
  /**
   * Answer outer code 8000 "order not found" without processing: a gateway whose read replica has not seen the
   * order yet, the refusal a till must not take for proof that the order does not exist.
   */
  notFound?: boolean;
  /** Answer HTTP 429 with a plain-text body, without processing: rate limiting in front of the gateway. */
  tooManyRequests?: boolean;
  /** Restrict the fault to these endpoints (default: all Paypro endpoints). */
  endpoints?: PayproEndpoint[];
  /** Apply to the next N matching requests only, then clear (default: until changed). */
  remaining?: number;
}

export type FaultKind = 'latency' | 'drop' | 'http5xx' | 'malformedJson' | 'blackhole' | 'systemError' | 'notFound' | 'tooManyRequests';

export interface SimulatorOptions {
  /** Must be a loopback address: the simulator never listens on a reachable interface. */
  host?: string;
  port?: number;
  /** Prefix of baseUrl; the API answers under any prefix anyway. */
  basePath?: string;
  merchantNo?: string;
  secret?: string;
  saltComposition?: SaltComposition;
  /** Multiplies the notify retry ladder (2s,5s,10s,30s,1h,3h,3h,3h). */
  timeScale?: number;
  /** "Pay after N ms" script applied to every new order. */
  autoSettle?: { afterMs: number; outcome: SettleOutcome };
  /** Pending orders expire (status 00029) after this. */
  orderTtlMs?: number;
  /** Shown in the QRIS payload (tags 59/60). */
  merchantName?: string;
  merchantCity?: string;
  /** Quirk seen in the docs: amounts in query answers as strings like "25000.00". */
  numbersAsStrings?: boolean;
}

export interface SimOrder {
  tradeNo: string;
  platFormTradeNo: string;
  /** '' for a payment link created without channelCode (the cashier offers every channel). */
  channelCode: string;
  wayCode?: string;
  amount: number;
  payAmount: number;
  status: string;
  message: string;
  notifyUrl: string;
  returnUrl?: string;
  username: string;
  mobile: string;
  email: string;
  remark?: string;
  qrString?: string;
  vaNumber?: string;
  paymentUrl?: string;
  createdAt: number;
  settledAt?: number;
  kind: 'payIn' | 'paymentLink';
}

export interface NotifyAttempt {
  tradeNo: string;
  url: string;
  /** 1 for the first delivery, 2..9 for the retries. */
  attempt: number;
  at: number;
  delivered: boolean;
  /** Why the callback was not sent at all (e.g. a non-loopback notifyUrl). */
  skipped?: string;
  responseBody?: string;
  /** HTTP status of the merchant's answer, when one came. */
  httpStatus?: number;
  /** Connection or timeout error, when no answer came. */
  error?: string;
  payload: Record<string, string>;
}

export interface RequestLogEntry {
  endpoint: PayproEndpoint | 'unknown';
  tradeNo?: string;
  /** The envelope code answered (or that would have been, for drop/blackhole); 'HTTP 502' for the 5xx fault. */
  outerCode: string;
  at: number;
  /** The faults applied to this request, if any. */
  faults?: FaultKind[];
}

export interface Simulator {
  /** e.g. http://127.0.0.1:PORT/indonesia-pay (the client appends /v1/paypro/payIn). */
  readonly baseUrl: string;
  /** e.g. http://127.0.0.1:PORT/__sim */
  readonly controlUrl: string;
  readonly merchantNo: string;
  readonly secret: string;
  /** Throws on an unknown or already final order. */
  settle(tradeNo: string, outcome: SettleOutcome, options?: { payAmount?: number }): SimOrder;
  setFaults(faults: FaultSettings | undefined): void;
  order(tradeNo: string): SimOrder | undefined;
  /** Copies. */
  ledger(): readonly SimOrder[];
  notifications(): readonly NotifyAttempt[];
  requests(): readonly RequestLogEntry[];
  /** Stops timers, pending notifies, blackholed sockets and the server. */
  close(): Promise<void>;
}
