import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { md5Hex } from '../../shared/paypro/md5.ts';

const nodeMd5 = (text: string): string => createHash('md5').update(text, 'utf8').digest('hex');

describe('pure MD5 used by the shared signing code', () => {
  it('matches RFC 1321 test suite', () => {
    expect(md5Hex('')).toBe('d41d8cd98f00b204e9800998ecf8427e');
    expect(md5Hex('abc')).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(md5Hex('message digest')).toBe('f96b697d7cb7938d525a2f31aaf161d0');
    expect(md5Hex('12345678901234567890123456789012345678901234567890123456789012345678901234567890')).toBe('57edf4a22be3c955ac49da2e2107b67a');
  });

  it('matches node:crypto at every block boundary and for multi-byte UTF-8', () => {
    for (let length = 0; length <= 200; length++) {
      const ascii = 'x'.repeat(length);
      expect(md5Hex(ascii)).toBe(nodeMd5(ascii));
    }
    for (const text of ['Bayar Rp 25.000 ✓', 'ñandú', '支付', '🙂'.repeat(20), 'Toko Bu Sri — Jl. Merdeka']) {
      expect(md5Hex(text)).toBe(nodeMd5(text));
    }
  });

  it('matches node:crypto on pseudo-random inputs', () => {
    let seed = 42;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 300; i++) {
      const text = Array.from({ length: next() % 300 }, () => String.fromCodePoint(32 + (next() % 0x2000))).join('');
      expect(md5Hex(text)).toBe(nodeMd5(text));
    }
  });
});
