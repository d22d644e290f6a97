import { randomBytes } from 'node:crypto';
import { DEFAULT_SALT_COMPOSITION, SALT_COMPOSITIONS } from '../../shared/paypro/sign.ts';
import type { SaltComposition } from '../../shared/paypro/sign.ts';
import { isLoopbackHost } from './loopback.ts';
import { DEFAULT_MERCHANT_CITY, DEFAULT_MERCHANT_NAME } from './qris.ts';
import { SETTLE_OUTCOMES } from './types.ts';
import type { SettleOutcome, SimulatorOptions } from './types.ts';

/**
 * Defaults and validation for SimulatorOptions. Bad options are programming or command-line mistakes, so
 * they throw (the CLI turns the message into exit code 2) rather than starting a half-configured gateway.
 */
export interface ResolvedOptions {
  readonly host: string;
  readonly port: number;
  readonly basePath: string;
  readonly merchantNo: string;
  readonly secret: string;
  readonly saltComposition: SaltComposition;
  readonly timeScale: number;
  readonly autoSettle: { readonly afterMs: number; readonly outcome: SettleOutcome } | undefined;
  readonly orderTtlMs: number;
  readonly merchantName: string;
  readonly merchantCity: string;
  readonly numbersAsStrings: boolean;
}

export const DEFAULTS = {
  host: '127.0.0.1',
  port: 0,
  basePath: '/indonesia-pay',
  /** Paypro's published Indonesia sandbox merchant (paypro-api.md §1.1). */
  merchantNo: '8729248847',
  timeScale: 1,
  orderTtlMs: 15 * 60_000,
} as const;

export const CONTROL_PATH = '/__sim';

function fail(message: string): never {
  throw new RangeError(`Simulator option ${message}`);
}

function wholeNumber(value: number | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isSafeInteger(value) || value < min || value > max) fail(`${name} must be a whole number from ${min} to ${max}, got ${value}`);
  return value;
}

export function normaliseBasePath(path: string): string {
  const trimmed = path.trim().replace(/\/+$/, '');
  const withSlash = trimmed === '' || trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
  if (!/^[A-Za-z0-9._~\-/]*$/.test(withSlash)) fail(`basePath may only hold URL path characters, got ${path}`);
  if (withSlash === CONTROL_PATH || withSlash.startsWith(`${CONTROL_PATH}/`)) fail(`basePath must not start with ${CONTROL_PATH}`);
  return withSlash;
}

export function resolveOptions(options: SimulatorOptions): ResolvedOptions {
  const host = options.host ?? DEFAULTS.host;
  if (!isLoopbackHost(host)) fail(`host must be a loopback address (127.0.0.1, ::1 or localhost), got ${host}`);
  const merchantNo = options.merchantNo ?? DEFAULTS.merchantNo;
  if (!/^\S{1,64}$/.test(merchantNo)) fail('merchantNo must be 1–64 characters without spaces');
  const secret = options.secret ?? randomBytes(16).toString('hex');
  if (secret.length === 0 || secret.length > 256) fail('secret must be 1–256 characters');
  const saltComposition = options.saltComposition ?? DEFAULT_SALT_COMPOSITION;
  if (!SALT_COMPOSITIONS.includes(saltComposition)) fail(`saltComposition must be one of ${SALT_COMPOSITIONS.join(', ')}`);
  const timeScale = options.timeScale ?? DEFAULTS.timeScale;
  if (!Number.isFinite(timeScale) || timeScale < 0 || timeScale > 1000) fail(`timeScale must be a number from 0 to 1000, got ${timeScale}`);
  let autoSettle: ResolvedOptions['autoSettle'];
  if (options.autoSettle !== undefined) {
    const { afterMs, outcome } = options.autoSettle;
    if (!SETTLE_OUTCOMES.includes(outcome)) fail(`autoSettle.outcome must be one of ${SETTLE_OUTCOMES.join(', ')}`);
    autoSettle = { afterMs: wholeNumber(afterMs, 'autoSettle.afterMs', 0, 2_147_483_647) ?? 0, outcome };
  }
  return {
    host,
    port: wholeNumber(options.port, 'port', 0, 65_535) ?? DEFAULTS.port,
    basePath: normaliseBasePath(options.basePath ?? DEFAULTS.basePath),
    merchantNo,
    secret,
    saltComposition,
    timeScale,
    autoSettle,
    orderTtlMs: wholeNumber(options.orderTtlMs, 'orderTtlMs', 1, Number.MAX_SAFE_INTEGER) ?? DEFAULTS.orderTtlMs,
    merchantName: options.merchantName ?? DEFAULT_MERCHANT_NAME,
    merchantCity: options.merchantCity ?? DEFAULT_MERCHANT_CITY,
    numbersAsStrings: options.numbersAsStrings === true,
  };
}

/** URL host part: IPv6 literals need brackets. */
export function urlHost(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}
