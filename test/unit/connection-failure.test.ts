import { describe, expect, it } from 'vitest';
import { classifyNotSent, refusalReason } from '../../electron/manager/connection-failure.ts';
import { compositionsToTry } from '../../electron/manager/test-connection.ts';

describe('Test connection: what a failure means for the manager', () => {
  it('names refused connections, DNS failures, timeouts and other network errors as unreachable', () => {
    expect(classifyNotSent('ECONNREFUSED', 'https:')).toEqual({ kind: 'unreachable', cause: 'refused' });
    for (const code of ['ENOTFOUND', 'EAI_AGAIN']) expect(classifyNotSent(code, 'https:')).toEqual({ kind: 'unreachable', cause: 'dns' });
    expect(classifyNotSent('no connection within 3000 ms', 'https:')).toEqual({ kind: 'unreachable', cause: 'timeout' });
    expect(classifyNotSent('ETIMEDOUT', 'http:')).toEqual({ kind: 'unreachable', cause: 'timeout' });
    expect(classifyNotSent('EHOSTUNREACH', 'https:')).toEqual({ kind: 'unreachable', cause: 'network' });
  });

  it('names certificate and handshake failures as TLS, handshake codes only on https://', () => {
    for (const code of ['DEPTH_ZERO_SELF_SIGNED_CERT', 'CERT_HAS_EXPIRED', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'SELF_SIGNED_CERT_IN_CHAIN',
      'ERR_TLS_CERT_ALTNAME_INVALID', 'ERR_SSL_WRONG_VERSION_NUMBER', 'HOSTNAME_MISMATCH']) {
      expect(classifyNotSent(code, 'https:')).toEqual({ kind: 'tls' });
    }
    expect(classifyNotSent('EPROTO', 'https:')).toEqual({ kind: 'tls' });
    expect(classifyNotSent('ECONNRESET', 'https:')).toEqual({ kind: 'tls' });
    expect(classifyNotSent('ECONNRESET', 'http:')).toEqual({ kind: 'unreachable', cause: 'network' });
  });

  it('reads the simulator\'s refusals (the real gateway\'s are unpublished) and nothing else', () => {
    expect(refusalReason('8000', 'sign verification failed')).toBe('badSignature');
    expect(refusalReason('8000', 'unknown merchantNo')).toBe('unknownMerchant');
    expect(refusalReason('8000', 'merchantNo header missing')).toBe('unknownMerchant');
    expect(refusalReason('8000', 'tradeNo already exists')).toBe('other');
    expect(refusalReason('5000', 'sign verification failed')).toBe('other');
  });

  it('tries the entered composition first, then the other candidates', () => {
    expect(compositionsToTry('append')).toEqual(['append', 'prepend', 'ampersandKey']);
    expect(compositionsToTry('ampersandKey')).toEqual(['ampersandKey', 'append', 'prepend']);
  });
});
