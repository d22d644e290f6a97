import { request } from 'node:http';
import type { ClientRequest } from 'node:http';
import { signFields } from '../paypro/sign.ts';
import type { SaltComposition } from '../../shared/paypro/sign.ts';
import { STATUS } from '../../shared/paypro/status.ts';
import { loopbackOnlyLookup, notifyUrlSkipReason } from './loopback.ts';
import { pushBounded } from './timers.ts';
import type { TimerSet } from './timers.ts';
import type { NotifyAttempt, SimOrder } from './types.ts';

/**
 * Callback delivery (paypro-api.md §3): POST the signed result to notifyUrl; only a body of exactly `OK`
 * counts as delivered; otherwise retry on Paypro's ladder, 8 retries at most, then give up (the merchant
 * is expected to query by then).
 */
export const RETRY_LADDER_MS: readonly number[] = [2_000, 5_000, 10_000, 30_000, 3_600_000, 10_800_000, 10_800_000, 10_800_000];
/** The clone's docs ask merchants to answer within ~10 s; scaled down with the ladder but never below 1 s. */
const ANSWER_TIMEOUT_MS = 10_000;
const MAX_RESPONSE_BYTES = 4_096;

export interface NotifierOptions {
  readonly secret: string;
  readonly saltComposition: SaltComposition;
  readonly timeScale: number;
  readonly timers: TimerSet;
}

/** "yyyy-MM-dd HH:mm:ss" in WIB (UTC+7, no daylight saving): Paypro reports Indonesian local time. */
export function formatJakartaTime(ms: number): string {
  const wib = new Date(ms + 7 * 3_600_000);
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${wib.getUTCFullYear()}-${pad(wib.getUTCMonth() + 1)}-${pad(wib.getUTCDate())} ` +
    `${pad(wib.getUTCHours())}:${pad(wib.getUTCMinutes())}:${pad(wib.getUTCSeconds())}`;
}

export function buildNotifyPayload(order: SimOrder, secret: string, composition: SaltComposition, now: number): Record<string, string> {
  const fields: Record<string, string> = {
    platFormTradeNo: order.platFormTradeNo,
    tradeNo: order.tradeNo,
    amount: String(order.payAmount),
    status: order.status,
    message: order.message,
  };
  const succeeded = order.status === STATUS.paid || order.status === STATUS.partial;
  if (succeeded && order.settledAt !== undefined) fields['successTime'] = formatJakartaTime(order.settledAt);
  if (order.channelCode !== '') fields['channelCode'] = order.channelCode;
  if (order.wayCode !== undefined && order.wayCode !== '') fields['wayCode'] = order.wayCode;
  fields['timestamp'] = String(now);
  fields['sign'] = signFields(fields, secret, composition);
  return fields;
}

interface PostOutcome {
  readonly status?: number;
  readonly body?: string;
  readonly error?: string;
}

export class Notifier {
  private readonly attempts: NotifyAttempt[] = [];
  private readonly inFlight = new Set<ClientRequest>();
  private readonly options: NotifierOptions;
  private closed = false;

  constructor(options: NotifierOptions) {
    this.options = options;
  }

  notify(order: SimOrder): void {
    if (this.closed) return;
    const payload = buildNotifyPayload(order, this.options.secret, this.options.saltComposition, Date.now());
    const skipped = notifyUrlSkipReason(order.notifyUrl);
    if (skipped !== undefined) {
      this.record({ tradeNo: order.tradeNo, url: order.notifyUrl, attempt: 1, at: Date.now(), delivered: false, skipped, payload });
      return;
    }
    void this.deliver(order.tradeNo, order.notifyUrl, payload, 1);
  }

  list(): NotifyAttempt[] {
    return this.attempts.map((attempt) => ({ ...attempt, payload: { ...attempt.payload } }));
  }

  close(): void {
    this.closed = true;
    for (const pending of this.inFlight) pending.destroy();
    this.inFlight.clear();
  }

  private async deliver(tradeNo: string, url: string, payload: Record<string, string>, attempt: number): Promise<void> {
    if (this.closed) return;
    const at = Date.now();
    const outcome = await this.post(url, JSON.stringify(payload));
    if (this.closed) return;
    const delivered = outcome.body === 'OK';
    const entry: NotifyAttempt = { tradeNo, url, attempt, at, delivered, payload };
    if (outcome.status !== undefined) entry.httpStatus = outcome.status;
    if (outcome.body !== undefined) entry.responseBody = outcome.body;
    if (outcome.error !== undefined) entry.error = outcome.error;
    this.record(entry);
    const delay = RETRY_LADDER_MS[attempt - 1];
    if (!delivered && delay !== undefined) {
      this.options.timers.later(delay * this.options.timeScale, () => void this.deliver(tradeNo, url, payload, attempt + 1));
    }
  }

  private post(url: string, body: string): Promise<PostOutcome> {
    const timeout = Math.min(ANSWER_TIMEOUT_MS, Math.max(1_000, ANSWER_TIMEOUT_MS * this.options.timeScale));
    return new Promise((resolve) => {
      const outgoing = request(url, {
        method: 'POST',
        // No keep-alive pool: a pooled socket would outlive close() and keep a test process running.
        agent: false,
        lookup: loopbackOnlyLookup,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      });
      this.inFlight.add(outgoing);
      const settle = (outcome: PostOutcome): void => {
        this.inFlight.delete(outgoing);
        resolve(outcome);
      };
      outgoing.setTimeout(timeout, () => outgoing.destroy(new Error(`no answer within ${timeout} ms`)));
      outgoing.on('error', (error) => settle({ error: error.message }));
      outgoing.on('response', (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size <= MAX_RESPONSE_BYTES) chunks.push(chunk);
        });
        response.on('error', (error) => settle({ error: error.message }));
        response.on('end', () => {
          const outcome: PostOutcome = { body: Buffer.concat(chunks).toString('utf8') };
          settle(response.statusCode === undefined ? outcome : { ...outcome, status: response.statusCode });
        });
      });
      outgoing.end(body);
    });
  }

  private record(entry: NotifyAttempt): void {
    pushBounded(this.attempts, entry);
  }
}
