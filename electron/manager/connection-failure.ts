import type { UnreachableCause } from '../../shared/ipc/settings.ts';

/**
 * What a failed "Test connection" attempt means for the store manager. The Paypro client reports a failure as a
 * kind plus a short detail (a Node error code such as ECONNREFUSED, or the gateway's outer code and msg); this
 * module is the one place that turns those into the reasons the settings screen names.
 */

/**
 * UNCONFIRMED (paypro-api.md §4.1: "Codes for bad signature, duplicate tradeNo, bad merchant … UNKNOWN").
 * Paypro has not published how it refuses a bad signature or an unknown merchant. The simulator follows the
 * doc's advice (§6) and answers both with outer code 8000 and a message naming the problem
 * ('sign verification failed', 'unknown merchantNo', 'merchantNo header missing': electron/simulator/checks.ts).
 * These rules are the only place that reads a reason into a refusal; change them when the real answers are known.
 * Because they are guesses, the composition trial does not depend on them: any refusal that is not recognised
 * as a wrong merchant is retried under the other compositions (queryBalance changes nothing at the gateway).
 */
export const UNCONFIRMED_REFUSAL_RULES = {
  badSignature: { codes: ['8000'], message: /sign/i },
  unknownMerchant: { codes: ['8000'], message: /merchant/i },
} as const satisfies Record<string, { readonly codes: readonly string[]; readonly message: RegExp }>;

export type RefusalReason = 'badSignature' | 'unknownMerchant' | 'other';

/** Signature first: a message naming both ("merchant sign error") should lead to the composition trial. */
export function refusalReason(code: string, message: string): RefusalReason {
  const { badSignature, unknownMerchant } = UNCONFIRMED_REFUSAL_RULES;
  if (badSignature.codes.some((known) => known === code) && badSignature.message.test(message)) return 'badSignature';
  if (unknownMerchant.codes.some((known) => known === code) && unknownMerchant.message.test(message)) return 'unknownMerchant';
  return 'other';
}

export type { UnreachableCause };

export type TransportFailure =
  | { readonly kind: 'unreachable'; readonly cause: UnreachableCause }
  | { readonly kind: 'tls' };

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA']);

/**
 * Certificate verification codes (OpenSSL's X509_V_ERR names as Node reports them, e.g. DEPTH_ZERO_SELF_SIGNED_CERT,
 * CERT_HAS_EXPIRED, UNABLE_TO_VERIFY_LEAF_SIGNATURE, HOSTNAME_MISMATCH) and Node's own TLS/SSL errors.
 */
const TLS_CODE = /CERT|CRL|ISSUER|^UNABLE_TO_|^INVALID_CA$|^INVALID_PURPOSE$|^PATH_LENGTH_EXCEEDED$|^HOSTNAME_MISMATCH$|^ERR_SSL_|^ERR_TLS_/;

/**
 * On an https:// address the client counts a connection as made only once the TLS handshake is done, so these
 * errors, reported before that, happened during the handshake: EPROTO is OpenSSL's protocol error (a port that
 * answers plain HTTP), and ECONNRESET means TCP was up (a refused SYN is ECONNREFUSED) and the peer hung up
 * mid-handshake — what a plain-HTTP server such as the simulator does with a TLS hello.
 */
const HANDSHAKE_CODES = new Set(['EPROTO', 'ECONNRESET']);

/**
 * A connection that never carried the request. `detail` is the client's: a Node error code, or its
 * "no connection within N ms" when the connect deadline passed.
 */
export function classifyNotSent(detail: string, protocol: string): TransportFailure {
  if (TLS_CODE.test(detail) || (protocol === 'https:' && HANDSHAKE_CODES.has(detail))) return { kind: 'tls' };
  if (detail === 'ECONNREFUSED') return { kind: 'unreachable', cause: 'refused' };
  if (DNS_CODES.has(detail)) return { kind: 'unreachable', cause: 'dns' };
  if (detail === 'ETIMEDOUT' || detail.startsWith('no connection within')) return { kind: 'unreachable', cause: 'timeout' };
  return { kind: 'unreachable', cause: 'network' };
}
