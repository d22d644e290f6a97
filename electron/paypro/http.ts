import http from 'node:http';
import https from 'node:https';

/**
 * One JSON POST with separate connect and total deadlines. Every way the exchange can end is a value, so the
 * Paypro client can tell "never sent" (safe to retry) from "sent, answer lost" (must be resolved by query).
 */
export type HttpOutcome =
  | { readonly kind: 'response'; readonly status: number; readonly body: string }
  | { readonly kind: 'not-sent'; readonly detail: string }
  | { readonly kind: 'timeout'; readonly detail: string }
  | { readonly kind: 'connection-lost'; readonly detail: string };

export interface HttpTimeouts {
  readonly connectTimeoutMs: number;
  readonly totalTimeoutMs: number;
}

/** Answers larger than this are not a Paypro answer; reading stops so a broken peer cannot exhaust memory. */
export const MAX_RESPONSE_BYTES = 1_000_000;

export function postJson(url: URL, headers: Readonly<Record<string, string>>, body: string, timeouts: HttpTimeouts): Promise<HttpOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    let connected = false;
    const finish = (outcome: HttpOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(connectTimer);
      clearTimeout(totalTimer);
      request.destroy();
      resolve(outcome);
    };
    const transport = url.protocol === 'https:' ? https : http;
    const request = transport.request(url, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), accept: 'application/json' },
      agent: false,
    });
    const connectTimer = setTimeout(() => {
      if (!connected) finish({ kind: 'not-sent', detail: `no connection within ${timeouts.connectTimeoutMs} ms` });
    }, timeouts.connectTimeoutMs);
    const totalTimer = setTimeout(() => {
      finish(connected
        ? { kind: 'timeout', detail: `no complete answer within ${timeouts.totalTimeoutMs} ms` }
        : { kind: 'not-sent', detail: `no connection within ${timeouts.totalTimeoutMs} ms` });
    }, timeouts.totalTimeoutMs);

    request.on('socket', (socket) => {
      const onConnect = (): void => {
        connected = true;
      };
      // Over TLS nothing of the request leaves before the handshake, so only then can it have been delivered.
      socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', onConnect);
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      const detail = error.code ?? error.message;
      finish(connected ? { kind: 'connection-lost', detail } : { kind: 'not-sent', detail });
    });
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_RESPONSE_BYTES) {
          finish({ kind: 'response', status: response.statusCode ?? 0, body: '' });
          return;
        }
        chunks.push(chunk);
      });
      response.on('end', () => finish({ kind: 'response', status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', (error: NodeJS.ErrnoException) => finish({ kind: 'connection-lost', detail: error.code ?? error.message }));
      response.on('aborted', () => finish({ kind: 'connection-lost', detail: 'answer cut off' }));
    });
    request.end(body);
  });
}
