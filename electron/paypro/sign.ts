import { createHash, timingSafeEqual } from 'node:crypto';
import type { SaltComposition, SignableFields } from '../../shared/paypro/sign.ts';
import { DEFAULT_SALT_COMPOSITION, canonicalString, composeSalted } from '../../shared/paypro/sign.ts';

/**
 * The signature itself, with the platform's own MD5 (node:crypto) in main: the canonical string and the salt
 * placement are shared (shared/paypro/sign.ts, so the simulator and the tests agree with the client), the
 * hashing is not something to hand-write.
 */
export function signFields(fields: SignableFields, secret: string, composition: SaltComposition = DEFAULT_SALT_COMPOSITION): string {
  return createHash('md5').update(composeSalted(canonicalString(fields), secret, composition), 'utf8').digest('hex');
}

/** A received sign checked in constant time, so a forged notify cannot learn the signature byte by byte. */
export function verifySignedFields(fields: SignableFields, secret: string, composition: SaltComposition = DEFAULT_SALT_COMPOSITION): boolean {
  const received = fields['sign'];
  if (typeof received !== 'string' || !/^[0-9a-fA-F]{32}$/.test(received)) return false;
  const expected = Buffer.from(signFields(fields, secret, composition), 'hex');
  return timingSafeEqual(expected, Buffer.from(received, 'hex'));
}
