import { signFields } from '../../electron/paypro/sign.ts';
import type { SaltComposition, SignableValue } from '../../shared/paypro/sign.ts';
import { PAYPRO_PATHS } from '../../shared/paypro/types.ts';
import type { PayproEndpoint } from '../../shared/paypro/types.ts';

/**
 * A deliberately dumb Paypro client for the simulator suites: plain fetch plus the shared signer, so these
 * tests check the simulator against the protocol, not against the app's own client.
 */
export interface SimTarget {
  readonly baseUrl: string;
  readonly merchantNo: string;
  readonly secret: string;
}

export interface WireEnvelope {
  readonly msg: string;
  readonly code: string;
  readonly timestamp: number;
  readonly success: boolean;
  readonly data?: Record<string, unknown>;
}

export interface CallResult {
  readonly status: number;
  readonly text: string;
  readonly envelope: WireEnvelope | undefined;
}

export interface CallOptions {
  /** null leaves the header out. */
  readonly merchantNo?: string | null;
  /** Replaces the computed sign. */
  readonly sign?: string;
  readonly composition?: SaltComposition;
  /** Sent as-is instead of the signed JSON. */
  readonly rawBody?: string;
  readonly signal?: AbortSignal;
  /** Leave the automatic timestamp out. */
  readonly noTimestamp?: boolean;
  readonly url?: string;
}

function isEnvelope(value: unknown): value is WireEnvelope {
  return typeof value === 'object' && value !== null && 'code' in value && 'msg' in value;
}

export function parseEnvelope(text: string): WireEnvelope | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return isEnvelope(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export async function call(
  target: SimTarget,
  endpoint: PayproEndpoint,
  fields: Record<string, SignableValue>,
  options: CallOptions = {},
): Promise<CallResult> {
  const unsigned: Record<string, SignableValue> = options.noTimestamp ? { ...fields } : { timestamp: Date.now(), ...fields };
  const signed = { ...unsigned, sign: options.sign ?? signFields(unsigned, target.secret, options.composition) };
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.merchantNo !== null) headers['merchantNo'] = options.merchantNo ?? target.merchantNo;
  const init: RequestInit = { method: 'POST', headers, body: options.rawBody ?? JSON.stringify(signed) };
  if (options.signal) init.signal = options.signal;
  const response = await fetch(options.url ?? `${target.baseUrl}${PAYPRO_PATHS[endpoint]}`, init);
  const text = await response.text();
  return { status: response.status, text, envelope: parseEnvelope(text) };
}

/** The `data` object of an accepted answer; fails loudly otherwise so a test shows the gateway's message. */
export function dataOf(result: CallResult): Record<string, unknown> {
  const envelope = result.envelope;
  if (!envelope || envelope.code !== '0000' || !envelope.data) {
    throw new Error(`expected an accepted answer, got HTTP ${result.status}: ${result.text}`);
  }
  return envelope.data;
}

let counter = 0;
export function newTradeNo(prefix = 'T'): string {
  counter += 1;
  return `${prefix}${Date.now()}${String(counter).padStart(4, '0')}`;
}

export function payInFields(notifyUrl: string, overrides: Record<string, SignableValue> = {}): Record<string, SignableValue> {
  return {
    tradeNo: newTradeNo(),
    username: 'Budi Santoso',
    mobile: '081234567890',
    email: 'budi@example.com',
    channelCode: 'QRIS',
    amount: 25_000,
    notifyUrl,
    ...overrides,
  };
}

/** Polls until check() returns a value; bounded so a broken simulator fails the test instead of hanging it. */
export async function waitFor<T>(check: () => T | undefined, timeoutMs = 3_000, stepMs = 10): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, stepMs));
  }
}
