import { PayproClient } from '../paypro/client.ts';
import type { PayproOutcome, UnknownReason } from '../paypro/client.ts';
import { SALT_COMPOSITIONS } from '../../shared/paypro/sign.ts';
import type { SaltComposition } from '../../shared/paypro/sign.ts';
import { classifyNotSent, refusalReason } from './connection-failure.ts';
import type { ConnectionTestResult, InvalidConnectionField } from '../../shared/ipc/settings.ts';
import type { BalanceResponse } from '../../shared/paypro/types.ts';

/**
 * "Test connection" on the manager's settings screen: one queryBalance with the credentials as entered, before
 * they are saved, answered with the balance or the exact reason it failed.
 *
 * How the secret is combined into the signature is not confirmed (paypro-api.md §1.3), so when the gateway
 * refuses the entered composition the other candidates are tried in turn. If another one is accepted the result
 * says so (`changed: true`, with the composition the gateway accepted): the caller must show that to the manager
 * and save it — never silently. Nothing here logs, and no result carries the secret.
 */
export interface ConnectionInput {
  readonly baseUrl: string;
  readonly merchantNo: string;
  readonly secret: string;
  readonly saltComposition: SaltComposition;
}

export interface TestConnectionDeps {
  readonly connectTimeoutMs?: number;
  readonly totalTimeoutMs?: number;
  readonly now?: () => number;
}

/** Short: the manager is waiting at the screen, and up to one attempt per composition may be needed. */
export const TEST_CONNECTION_TIMEOUTS = { connectTimeoutMs: 3_000, totalTimeoutMs: 8_000 } as const;

export type { ConnectionTestResult };
export type InvalidField = InvalidConnectionField;

export type ConnectionTestKind = ConnectionTestResult['kind'];

/** The entered composition first, then the other candidates in their declared order. */
export function compositionsToTry(entered: SaltComposition): readonly SaltComposition[] {
  return [entered, ...SALT_COMPOSITIONS.filter((composition) => composition !== entered)];
}

function checkInput(input: ConnectionInput): Extract<ConnectionTestResult, { kind: 'invalid' }> | undefined {
  let url: URL;
  try {
    url = new URL(input.baseUrl);
  } catch {
    return { kind: 'invalid', field: 'baseUrl', message: 'baseUrl is not a valid URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { kind: 'invalid', field: 'baseUrl', message: 'baseUrl must start with https:// or http://' };
  }
  // The same rule as the settings file (electron/settings/settings.ts): a number that cannot be saved is not tried.
  if (!/^\d{10}$/.test(input.merchantNo)) {
    return { kind: 'invalid', field: 'merchantNo', message: 'merchantNo must be the 10-digit Paypro merchant number' };
  }
  if (input.secret.length === 0) return { kind: 'invalid', field: 'secret', message: 'the app secret is empty' };
  return undefined;
}

/** One attempt's meaning: accepted, a refusal worth another composition, or a final answer. */
type Step =
  | { readonly kind: 'accepted'; readonly balance: BalanceResponse }
  | { readonly kind: 'refusal'; readonly code: string; readonly message: string }
  | { readonly kind: 'final'; readonly result: ConnectionTestResult };

/** The request may have arrived but no usable answer came back. */
function unanswered(reason: UnknownReason, detail: string, host: string, tried: readonly SaltComposition[]): ConnectionTestResult {
  switch (reason) {
    case 'timeout':
      return { kind: 'unreachable', host, cause: 'timeout', detail };
    case 'connection-lost':
      return { kind: 'unreachable', host, cause: 'network', detail };
    case 'http-error':
    case 'malformed':
      return { kind: 'notPaypro', host, detail };
    case 'system-error':
      // Outer 5000: the gateway answered but could not say; not a signature problem, so no trial.
      return { kind: 'refused', code: '5000', message: detail, tried: [...tried] };
  }
}

function judge(outcome: PayproOutcome<BalanceResponse>, url: URL, merchantNo: string, tried: readonly SaltComposition[]): Step {
  const host = url.host;
  switch (outcome.kind) {
    case 'accepted':
      return { kind: 'accepted', balance: outcome.value };
    case 'not-sent': {
      const failure = classifyNotSent(outcome.detail, url.protocol);
      const result: ConnectionTestResult = failure.kind === 'tls'
        ? { kind: 'tls', host, detail: outcome.detail }
        : { kind: 'unreachable', host, cause: failure.cause, detail: outcome.detail };
      return { kind: 'final', result };
    }
    case 'unknown':
      return { kind: 'final', result: unanswered(outcome.reason, outcome.detail, host, tried) };
    case 'rejected': {
      // The client names an HTTP 4xx without a Paypro envelope HTTP_<status>: something else answered.
      const httpStatus = /^HTTP_(\d{3})$/.exec(outcome.code)?.[1];
      if (httpStatus !== undefined) {
        return { kind: 'final', result: { kind: 'notPaypro', host, detail: `HTTP ${httpStatus} without a Paypro answer` } };
      }
      if (refusalReason(outcome.code, outcome.message) === 'unknownMerchant') {
        return { kind: 'final', result: { kind: 'wrongMerchant', merchantNo, code: outcome.code, message: outcome.message } };
      }
      return { kind: 'refusal', code: outcome.code, message: outcome.message };
    }
  }
}

/** Defence in depth: no text that reaches the screen may carry the secret, whatever a peer echoed back. */
function withoutSecret(result: ConnectionTestResult, secret: string): ConnectionTestResult {
  const hide = (text: string): string => text.split(secret).join('[secret]');
  switch (result.kind) {
    case 'wrongSecret':
    case 'wrongMerchant':
    case 'refused':
      return { ...result, message: hide(result.message) };
    case 'unreachable':
    case 'tls':
    case 'notPaypro':
      return { ...result, detail: hide(result.detail) };
    case 'ok':
    case 'invalid':
      return result;
  }
}

export async function testConnection(input: ConnectionInput, deps: TestConnectionDeps = {}): Promise<ConnectionTestResult> {
  const invalid = checkInput(input);
  if (invalid) return invalid;
  const url = new URL(input.baseUrl);
  const tried: SaltComposition[] = [];
  let firstRefusal: { readonly code: string; readonly message: string } | undefined;

  for (const composition of compositionsToTry(input.saltComposition)) {
    tried.push(composition);
    const client = new PayproClient({
      baseUrl: input.baseUrl,
      merchantNo: input.merchantNo,
      secret: input.secret,
      saltComposition: composition,
      connectTimeoutMs: deps.connectTimeoutMs ?? TEST_CONNECTION_TIMEOUTS.connectTimeoutMs,
      totalTimeoutMs: deps.totalTimeoutMs ?? TEST_CONNECTION_TIMEOUTS.totalTimeoutMs,
      ...(deps.now ? { now: deps.now } : {}),
    });
    const step = judge(await client.queryBalance(), url, input.merchantNo, tried);
    if (step.kind === 'accepted') {
      return {
        kind: 'ok',
        balance: step.balance,
        saltComposition: composition,
        entered: input.saltComposition,
        changed: composition !== input.saltComposition,
        tried: [...tried],
      };
    }
    // A transport failure mid-trial proves nothing about the compositions: report it as it is.
    if (step.kind === 'final') return withoutSecret(step.result, input.secret);
    firstRefusal ??= step;
  }

  // Every composition was refused; the entered one's answer is the one to show (always set: the loop ran).
  const refusal = firstRefusal ?? { code: '', message: '' };
  const result: ConnectionTestResult = refusalReason(refusal.code, refusal.message) === 'badSignature'
    ? { kind: 'wrongSecret', tried: [...tried], code: refusal.code, message: refusal.message }
    : { kind: 'refused', code: refusal.code, message: refusal.message, tried: [...tried] };
  return withoutSecret(result, input.secret);
}
