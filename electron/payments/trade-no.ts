import { randomInt } from 'node:crypto';

/**
 * tradeNo as Paypro recommends it: yyyyMMddHHmmss (the till's local time) + random digits. 14 + 8 = 22
 * characters, inside the 32 allowed; 10^8 random values per second make a collision on one till negligible,
 * and the gateway refuses a duplicate anyway.
 */
export function makeTradeNo(now: Date = new Date(), random: () => number = () => randomInt(0, 100_000_000)): string {
  const pad = (value: number, width = 2): string => String(value).padStart(width, '0');
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  return stamp + pad(random(), 8);
}
