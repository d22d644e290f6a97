import type { SaltComposition } from '../../shared/paypro/sign.ts';
import { DEFAULT_SALT_COMPOSITION } from '../../shared/paypro/sign.ts';
import type {
  BalanceResponse, PayInRequest, PayInResponse, PaymentLinkRequest, PaymentLinkResponse, PayproEndpoint, PayproEnvelope,
  QueryPayInResponse,
} from '../../shared/paypro/types.ts';
import { OUTER_CODE, PAYPRO_PATHS } from '../../shared/paypro/types.ts';
import { postJson } from './http.ts';
import { parseEnvelope, readBalance, readPayIn, readPaymentLink, readQueryPayIn } from './parse.ts';
import { signFields } from './sign.ts';

/**
 * Every way a Paypro call can end, as a value (expected failures are not exceptions):
 * - accepted: outer code 0000 and a readable `data`;
 * - rejected: the gateway answered and refused the request (the order was not placed);
 * - not-sent: no connection was ever made, so the gateway cannot have seen the request;
 * - unknown: the request may have reached the gateway but its answer was lost or unreadable — the caller
 *   must resolve it by querying the same tradeNo, never by sending a new order.
 */
export type UnknownReason = 'timeout' | 'connection-lost' | 'http-error' | 'malformed' | 'system-error';
export type PayproOutcome<T> =
  | { readonly kind: 'accepted'; readonly value: T; readonly envelope: PayproEnvelope }
  | { readonly kind: 'rejected'; readonly code: string; readonly message: string }
  | { readonly kind: 'not-sent'; readonly detail: string }
  | { readonly kind: 'unknown'; readonly reason: UnknownReason; readonly detail: string };

export interface PayproClientConfig {
  readonly baseUrl: string;
  readonly merchantNo: string;
  readonly secret: string;
  readonly saltComposition?: SaltComposition;
  readonly connectTimeoutMs?: number;
  readonly totalTimeoutMs?: number;
  readonly now?: () => number;
  /** Hears of every call once it has ended (the till's log); it is never given the signature. */
  readonly observer?: (exchange: PayproExchange) => void;
}

/** One call as it went: what was sent (without `sign`), how it ended, and how long it took. */
export interface PayproExchange {
  readonly endpoint: PayproEndpoint;
  readonly request: Readonly<Record<string, string | number>>;
  readonly outcome: PayproOutcome<unknown>;
  readonly durationMs: number;
}

export const DEFAULT_TIMEOUTS = { connectTimeoutMs: 5_000, totalTimeoutMs: 15_000 } as const;

type Body = Record<string, string | number | undefined>;

export class PayproClient {
  // A true private field: never enumerable, so no JSON.stringify, spread or log of the client can leak it.
  readonly #secret: string;
  readonly #config: Omit<PayproClientConfig, 'secret'>;

  constructor(config: PayproClientConfig) {
    if (config.secret.length === 0) throw new Error('Paypro app secret is empty.');
    if (!/^\d{1,20}$/.test(config.merchantNo)) throw new Error('Paypro merchant number must be digits.');
    const { secret, ...rest } = config;
    this.#secret = secret;
    this.#config = rest;
    new URL(config.baseUrl); // fail at construction, not at the first charge
  }

  get merchantNo(): string {
    return this.#config.merchantNo;
  }

  payIn(request: PayInRequest): Promise<PayproOutcome<PayInResponse>> {
    return this.call('payIn', { ...request }, readPayIn);
  }

  paymentLink(request: PaymentLinkRequest): Promise<PayproOutcome<PaymentLinkResponse>> {
    return this.call('paymentLink', { ...request }, readPaymentLink);
  }

  queryPayInResult(tradeNo: string): Promise<PayproOutcome<QueryPayInResponse>> {
    return this.call('queryPayInResult', { tradeNo }, readQueryPayIn);
  }

  queryBalance(): Promise<PayproOutcome<BalanceResponse>> {
    return this.call('queryBalance', {}, readBalance);
  }

  private async call<T>(endpoint: PayproEndpoint, fields: Body, read: (data: PayproEnvelope['data']) => T | undefined): Promise<PayproOutcome<T>> {
    const body = this.signedBody(fields);
    const started = performance.now();
    const outcome = await this.exchange(endpoint, body, read);
    const { sign: _sign, ...request } = body;
    try {
      this.#config.observer?.({ endpoint, request, outcome, durationMs: Math.round(performance.now() - started) });
    } catch {
      // What the log hears must never change what the till does with the answer.
    }
    return outcome;
  }

  private async exchange<T>(endpoint: PayproEndpoint, body: Record<string, string | number>, read: (data: PayproEnvelope['data']) => T | undefined): Promise<PayproOutcome<T>> {
    const url = new URL(this.#config.baseUrl.replace(/\/+$/, '') + PAYPRO_PATHS[endpoint]);
    const outcome = await postJson(url, { merchantNo: this.#config.merchantNo }, JSON.stringify(body), {
      connectTimeoutMs: this.#config.connectTimeoutMs ?? DEFAULT_TIMEOUTS.connectTimeoutMs,
      totalTimeoutMs: this.#config.totalTimeoutMs ?? DEFAULT_TIMEOUTS.totalTimeoutMs,
    });
    switch (outcome.kind) {
      case 'not-sent':
        return { kind: 'not-sent', detail: outcome.detail };
      case 'timeout':
      case 'connection-lost':
        return { kind: 'unknown', reason: outcome.kind, detail: outcome.detail };
      case 'response':
        return interpret(outcome.status, outcome.body, read);
    }
  }

  /** Drops absent optional fields (never send null or ""), adds the timestamp, signs. */
  private signedBody(fields: Body): Record<string, string | number> {
    const body: Record<string, string | number> = {};
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined && value !== '') body[key] = value;
    }
    body['timestamp'] = String((this.#config.now ?? Date.now)());
    body['sign'] = signFields(body, this.#secret, this.#config.saltComposition ?? DEFAULT_SALT_COMPOSITION);
    return body;
  }
}

function interpret<T>(status: number, body: string, read: (data: PayproEnvelope['data']) => T | undefined): PayproOutcome<T> {
  if (status >= 500) return { kind: 'unknown', reason: 'http-error', detail: `HTTP ${status}` };
  const envelope = parseEnvelope(body);
  if (!envelope) {
    return status >= 400
      ? { kind: 'rejected', code: `HTTP_${status}`, message: `The gateway refused the request (HTTP ${status}).` }
      : { kind: 'unknown', reason: 'malformed', detail: `HTTP ${status} with an unreadable body` };
  }
  if (envelope.code === OUTER_CODE.systemError) {
    return { kind: 'unknown', reason: 'system-error', detail: envelope.msg || 'gateway system error (5000)' };
  }
  if (envelope.code !== OUTER_CODE.accepted) return { kind: 'rejected', code: envelope.code, message: envelope.msg };
  const value = read(envelope.data);
  if (value === undefined) return { kind: 'unknown', reason: 'malformed', detail: 'accepted answer lacks required data fields' };
  return { kind: 'accepted', value, envelope };
}
