import { lookup } from 'node:dns';
import type { LookupAddress, LookupOptions } from 'node:dns';
import { isIPv4, isIPv6 } from 'node:net';

/**
 * This machine's network rule: the simulator listens on, and sends callbacks to, loopback only. These checks
 * are the one place that decides what "loopback" means.
 */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '').toLowerCase();
  if (bare === 'localhost') return true;
  if (isIPv4(bare)) return bare.startsWith('127.');
  if (bare.startsWith('::ffff:')) return isLoopbackHost(bare.slice('::ffff:'.length));
  return isIPv6(bare) && /^(0{0,4}:){1,7}0{0,3}1$|^::1$/.test(bare);
}

/** Why a callback URL must not be contacted, or undefined if it may be. */
export function notifyUrlSkipReason(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'notifyUrl is not a valid URL';
  }
  if (parsed.protocol !== 'http:') return `only http:// loopback callbacks are sent, not ${parsed.protocol}`;
  if (!isLoopbackHost(parsed.hostname)) return `non-loopback host ${parsed.hostname} is never contacted from this machine`;
  return undefined;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A DNS lookup for http.request that refuses any name resolving outside loopback, so even a doctored
 * /etc/hosts entry for "localhost" cannot make the simulator reach another machine.
 */
export function loopbackOnlyLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) {
      callback(error, []);
      return;
    }
    const first = addresses[0];
    if (!first || addresses.some((entry) => !isLoopbackHost(entry.address))) {
      const refusal: NodeJS.ErrnoException = new Error(`${hostname} does not resolve to loopback only`);
      refusal.code = 'ENOTLOOPBACK';
      callback(refusal, []);
      return;
    }
    if (options.all) callback(null, addresses);
    else callback(null, first.address, first.family);
  });
}
