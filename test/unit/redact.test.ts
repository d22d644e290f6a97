import { describe, expect, it } from 'vitest';
import type { LogLevel } from '../../electron/logging/logger.ts';
import { createLogger } from '../../electron/logging/logger.ts';
import { REDACTED, maskEmail, maskMobile, redact, redactText } from '../../electron/logging/redact.ts';

const SECRET = 'app-secret-0123456789abcdef';

describe('redaction of what goes to the log', () => {
  it('drops sign, replaces secret-named fields, masks payer mobile and e-mail, at any depth', () => {
    const request = {
      merchantNo: '8729248847', tradeNo: '20261126131500123', amount: 25_000, sign: 'A1B2C3D4E5', timestamp: '1764162900000',
      mobile: '081234567891', email: 'budi.santoso@tokojaya.example', username: 'Budi',
      nested: { payer: { phone: '6281234567891', eMail: 'siti@shop.example' }, appSecret: SECRET, key: 'F1', Sign: 'x' },
    };
    const clean = redact(request) as Record<string, unknown>;
    expect(clean).toEqual({
      merchantNo: '8729248847', tradeNo: '20261126131500123', amount: 25_000, timestamp: '1764162900000',
      mobile: '*********891', email: 'b***@tokojaya.example', username: 'Budi',
      nested: { payer: { phone: '**********891', eMail: 's***@shop.example' }, appSecret: REDACTED, key: 'F1' },
    });
    expect(request.sign, 'the input is not changed').toBe('A1B2C3D4E5');
  });

  it('masks payer fields by their name, whatever their text looks like', () => {
    expect(redact({ mobile: '0812 3456 7891', email: 'budi@localhost', payer: { msisdn: 6281234567891 } })).toEqual({
      mobile: '*********891', email: 'b***@localhost', payer: { msisdn: '**********891' },
    });
  });

  it('scrubs a protected secret wherever it appears, also inside text and errors', () => {
    const error = new Error(`signing failed with ${SECRET} in it`);
    const clean = JSON.stringify(redact({ detail: `x${SECRET}y`, list: [SECRET], error }, [SECRET]));
    expect(clean).not.toContain(SECRET);
    expect(clean).toContain(`x${REDACTED}y`);
    expect(clean, 'an Error keeps its message and stack').toContain('signing failed with');
  });

  it('masks e-mail addresses and Indonesian mobile numbers in free text, not other numbers', () => {
    const text = 'payer budi@toko.example called from +6281234567891 and 087712345678; tradeNo 20261126131500123456, amount 081';
    expect(redactText(text, [])).toBe('payer b***@toko.example called from **********891 and *********678; tradeNo 20261126131500123456, amount 081');
  });

  it('masks by keeping the last three digits and the first letter with the domain', () => {
    expect(maskMobile('0812-3456-7891')).toBe('*********891');
    expect(maskEmail('pelanggan@example.com')).toBe('p***@example.com');
    expect(maskEmail('no-at-sign')).toBe('n***');
  });

  it('survives cycles, functions and deep nesting', () => {
    const loop: Record<string, unknown> = { a: 1, fn: () => 1 };
    loop['self'] = loop;
    expect(redact(loop)).toEqual({ a: 1, self: '[circular]' });
  });

  it('the logger writes one redacted JSON line per record and scrubs protected secrets, even in field names', () => {
    const lines: [LogLevel, string][] = [];
    const log = createLogger({ write: (level, line) => lines.push([level, line]) });
    log.protect(`  ${SECRET}\n`);
    log.info('paypro.call', { request: { sign: 'deadbeef', mobile: '081234567891' }, [SECRET]: 1 });
    log.error('bug', { error: new Error(`boom ${SECRET}`) });
    expect(lines.map(([level]) => level)).toEqual(['info', 'error']);
    const text = lines.map(([, line]) => line).join('\n');
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('deadbeef');
    expect(text).not.toContain('"sign"');
    expect(text).not.toContain('081234567891');
    expect(JSON.parse(lines[0]?.[1] ?? '')).toMatchObject({ event: 'paypro.call', request: { mobile: '*********891' } });
    expect(log.scrub(`a ${SECRET} b`)).toBe(`a ${REDACTED} b`);
    log.info('named', { event: 'not the name' });
    expect(JSON.parse(lines[2]?.[1] ?? '')).toMatchObject({ event: 'named' });
  });

  it('a sink that throws never reaches the caller', () => {
    const log = createLogger({ write: () => { throw new Error('disk full'); } });
    expect(() => log.warn('x', {})).not.toThrow();
  });
});
