import { PAYPRO_PATHS } from '../../shared/paypro/types.ts';
import type { PayproEndpoint } from '../../shared/paypro/types.ts';
import type { Result } from '../../shared/result.ts';
import { err, ok } from '../../shared/result.ts';
import type { FaultKind, FaultSettings } from './types.ts';

/**
 * Fault injection for the Paypro endpoints. A fault set applies to every matching request until changed, or
 * to the next `remaining` matching requests; the count is taken when a request arrives, so concurrent
 * requests each see a consistent decision.
 */
export interface FaultDecision {
  readonly latencyMs: number;
  readonly drop: boolean;
  readonly http5xx: boolean;
  readonly malformedJson: boolean;
  readonly blackhole: boolean;
  readonly systemError: boolean;
  readonly notFound: boolean;
  readonly tooManyRequests: boolean;
  readonly kinds: FaultKind[];
}

export const NO_FAULT: FaultDecision = {
  latencyMs: 0, drop: false, http5xx: false, malformedJson: false, blackhole: false, systemError: false, notFound: false, tooManyRequests: false, kinds: [],
};

const ENDPOINTS = Object.keys(PAYPRO_PATHS) as PayproEndpoint[];
const BOOLEAN_KEYS = ['drop', 'http5xx', 'malformedJson', 'blackhole', 'systemError', 'notFound', 'tooManyRequests'] as const;
const KNOWN_KEYS = new Set<string>(['latencyMs', 'endpoints', 'remaining', ...BOOLEAN_KEYS]);
/** A day is more than any test or demo needs, and keeps a typo from parking a socket "forever". */
const MAX_LATENCY_MS = 86_400_000;

function isEndpoint(value: unknown): value is PayproEndpoint {
  return typeof value === 'string' && (ENDPOINTS as string[]).includes(value);
}

function isWholeNumber(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;
}

/** Validates fault settings from the control API or from code; `{}` and undefined both mean "no faults". */
export function parseFaultSettings(input: unknown): Result<FaultSettings | undefined> {
  if (input === undefined || input === null) return ok(undefined);
  if (typeof input !== 'object' || Array.isArray(input)) return err('FAULTS_INVALID', 'faults must be a JSON object');
  const raw = input as Record<string, unknown>;
  const unknownKey = Object.keys(raw).find((key) => !KNOWN_KEYS.has(key));
  if (unknownKey !== undefined) return err('FAULTS_INVALID', `unknown fault setting: ${unknownKey}`);
  const settings: FaultSettings = {};
  if (raw['latencyMs'] !== undefined) {
    if (!isWholeNumber(raw['latencyMs'], 0, MAX_LATENCY_MS)) return err('FAULTS_INVALID', `latencyMs must be a whole number from 0 to ${MAX_LATENCY_MS}`);
    settings.latencyMs = raw['latencyMs'];
  }
  for (const key of BOOLEAN_KEYS) {
    const value = raw[key];
    if (value === undefined) continue;
    if (typeof value !== 'boolean') return err('FAULTS_INVALID', `${key} must be true or false`);
    settings[key] = value;
  }
  if (raw['endpoints'] !== undefined) {
    const endpoints = raw['endpoints'];
    if (!Array.isArray(endpoints) || !endpoints.every(isEndpoint)) {
      return err('FAULTS_INVALID', `endpoints must be a list of: ${ENDPOINTS.join(', ')}`);
    }
    settings.endpoints = [...endpoints];
  }
  if (raw['remaining'] !== undefined) {
    if (!isWholeNumber(raw['remaining'], 1, Number.MAX_SAFE_INTEGER)) return err('FAULTS_INVALID', 'remaining must be a whole number ≥ 1');
    settings.remaining = raw['remaining'];
  }
  return ok(Object.keys(settings).length === 0 ? undefined : settings);
}

export class FaultController {
  private current: FaultSettings | undefined;

  set(faults: FaultSettings | undefined): void {
    const parsed = parseFaultSettings(faults);
    if (!parsed.ok) throw new RangeError(parsed.message);
    this.current = parsed.value;
  }

  get(): FaultSettings | undefined {
    return this.current && { ...this.current };
  }

  /** The faults for one arriving request, consuming one use of a counted fault set. */
  take(endpoint: PayproEndpoint | 'unknown'): FaultDecision {
    const faults = this.current;
    if (!faults || endpoint === 'unknown') return NO_FAULT;
    if (faults.endpoints && !faults.endpoints.includes(endpoint)) return NO_FAULT;
    if (faults.remaining !== undefined) {
      const left = faults.remaining - 1;
      this.current = left > 0 ? { ...faults, remaining: left } : undefined;
    }
    const decision = {
      latencyMs: faults.latencyMs ?? 0,
      drop: faults.drop === true,
      http5xx: faults.http5xx === true,
      malformedJson: faults.malformedJson === true,
      blackhole: faults.blackhole === true,
      systemError: faults.systemError === true,
      notFound: faults.notFound === true,
      tooManyRequests: faults.tooManyRequests === true,
    };
    const kinds: FaultKind[] = [];
    if (decision.latencyMs > 0) kinds.push('latency');
    for (const key of BOOLEAN_KEYS) if (decision[key]) kinds.push(key);
    return { ...decision, kinds };
  }
}
