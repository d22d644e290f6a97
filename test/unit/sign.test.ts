import { describe, expect, it } from 'vitest';
import { canonicalString, composeSalted } from '../../shared/paypro/sign.ts';
import { signFields, verifySignedFields } from '../../electron/paypro/sign.ts';

// Vectors from paypro-api.md §1.3 (self-computed with the documented best determination: append, no separator).
const SECRET = 'TESTSECRET0123456789abcdef000000';

describe('Paypro signing (paypro-api.md §1.3)', () => {
  it('matches the balance vector', () => {
    expect(canonicalString({ timestamp: '1724151084278' }) + SECRET).toBe('timestamp=1724151084278TESTSECRET0123456789abcdef000000');
    expect(signFields({ timestamp: '1724151084278' }, SECRET)).toBe('32dfbb29960c371d356d62f5ef3a9530');
  });

  it('matches the query vector', () => {
    expect(signFields({ tradeNo: 'test_00000008', timestamp: '1728613488294' }, SECRET)).toBe('8b9b6c6f9058d2eea858c331bfbeb030');
  });

  it('matches the payIn vector, with the amount as a JSON number', () => {
    const body = {
      timestamp: '1732988442913', tradeNo: '0b4ece82fa9749e8b8e57fa64931b7f8', username: 'kevin', amount: 1000000,
      channelCode: 'EWALLET', wayCode: 'DANA', email: 'kevin@163.com', mobile: '6281245907765',
      notifyUrl: 'https://google.com', returnUrl: 'http://abc.com/callback_page', remark: 'test',
    };
    expect(canonicalString(body)).toBe('amount=1000000channelCode=EWALLETemail=kevin@163.commobile=6281245907765notifyUrl=https://google.comremark=testreturnUrl=http://abc.com/callback_pagetimestamp=1732988442913tradeNo=0b4ece82fa9749e8b8e57fa64931b7f8username=kevinwayCode=DANA');
    expect(signFields(body, SECRET)).toBe('e0fead967cef687621bc31da42b781d4');
  });

  it('matches the notify vector and verifies it', () => {
    const notify = {
      platFormTradeNo: '5286e98841194687a95d25b5f3be346d', tradeNo: '00000020', amount: '30000', status: '0000', message: 'SUCCESS',
      successTime: '2024-07-01 18:34:31', timestamp: '1724740395968', channelCode: 'QRIS', wayCode: 'QRIS',
    };
    expect(signFields(notify, SECRET)).toBe('fd786bd3cc902c52a1491fa7bad2f9d4');
    expect(verifySignedFields({ ...notify, sign: 'fd786bd3cc902c52a1491fa7bad2f9d4' }, SECRET)).toBe(true);
    expect(verifySignedFields({ ...notify, sign: 'FD786BD3CC902C52A1491FA7BAD2F9D4' }, SECRET)).toBe(true);
    expect(verifySignedFields({ ...notify, amount: '300000', sign: 'fd786bd3cc902c52a1491fa7bad2f9d4' }, SECRET)).toBe(false);
    expect(verifySignedFields({ ...notify, sign: 'fd786bd3cc902c52a1491fa7bad2f9d4' }, 'another-secret')).toBe(false);
    expect(verifySignedFields(notify, SECRET)).toBe(false);
    expect(verifySignedFields({ ...notify, sign: '' }, SECRET)).toBe(false);
  });

  it('excludes sign, skips empty, null and undefined values, and sorts by name', () => {
    expect(canonicalString({ b: '2', a: '1', sign: 'x', c: '', d: null, e: undefined })).toBe('a=1b=2');
    expect(canonicalString({ Z: 'upper', a: 'lower' })).toBe('Z=uppera=lower');
  });

  it('signs a number and its string form the same way', () => {
    expect(signFields({ amount: 25000, timestamp: '1' }, SECRET)).toBe(signFields({ amount: '25000', timestamp: 1 }, SECRET));
  });

  it('keeps the unconfirmed salt compositions selectable in one place', () => {
    expect(composeSalted('a=1', 'S', 'append')).toBe('a=1S');
    expect(composeSalted('a=1', 'S', 'prepend')).toBe('Sa=1');
    expect(composeSalted('a=1', 'S', 'ampersandKey')).toBe('a=1&key=S');
    const signs = new Set(['append', 'prepend', 'ampersandKey'].map((c) => signFields({ a: '1' }, 'S', c as 'append')));
    expect(signs.size).toBe(3);
  });

  it('refuses a received sign that is not 32 hex digits, without throwing; accepts either letter case', () => {
    const notify = { tradeNo: 't', timestamp: '1' };
    const sign = signFields(notify, SECRET);
    expect(verifySignedFields({ ...notify, sign: sign.toUpperCase() }, SECRET)).toBe(true);
    for (const bad of [sign.slice(1), `${sign}0`, 'z'.repeat(32), 'ab'.repeat(17)]) expect(verifySignedFields({ ...notify, sign: bad }, SECRET), bad).toBe(false);
  });

  it('hashes with the platform MD5 (RFC 1321 test vectors, through the salt composition)', () => {
    // No fields: the string signed is the secret alone, so the secret can carry RFC 1321's own inputs.
    expect(signFields({}, '')).toBe('d41d8cd98f00b204e9800998ecf8427e');
    expect(signFields({}, 'abc')).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(signFields({}, 'message digest')).toBe('f96b697d7cb7938d525a2f31aaf161d0');
  });
});
