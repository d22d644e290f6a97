import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * The manager PIN, kept only as a salted scrypt hash: `scrypt$<N>$<r>$<p>$<salt>$<hash>` (base64). A PIN has few
 * digits, so the hash must be slow and salted per till; the cost parameters travel with the hash so they can be
 * raised later without locking anyone out.
 */
export interface ScryptCost {
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

/** About 0.1 s and 32 MiB on a till: cheap for one login, expensive for a guessing run. */
export const DEFAULT_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 1 };
const KEY_BYTES = 32;
const SALT_BYTES = 16;

export { checkNewPin } from '../../shared/manager-pin.ts';
export type { PinProblem } from '../../shared/manager-pin.ts';

function derive(pin: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(pin, salt, KEY_BYTES, { ...cost, maxmem: 256 * cost.N * cost.r }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPin(pin: string, cost: ScryptCost = DEFAULT_COST): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(pin, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** false for a wrong PIN and for a stored value that is not a hash this code wrote (never throws for it). */
export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || salt === undefined || hash === undefined) return false;
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  if (![cost.N, cost.r, cost.p].every((value) => Number.isSafeInteger(value) && value > 0) || cost.N > 2 ** 20) return false;
  const expected = Buffer.from(hash, 'base64');
  if (expected.length !== KEY_BYTES) return false;
  const key = await derive(pin, Buffer.from(salt, 'base64'), cost);
  return timingSafeEqual(key, expected);
}
