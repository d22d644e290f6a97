import type { AppInfo, ErrorCode, MethodInfo, PaymentMethod } from '../../shared/ipc/contract.ts';

export type AmountHint = 'empty' | 'belowMin' | 'aboveMax';

/**
 * What stops all charging: main's reported reason, that main has not said it is ready, or that Paypro cannot be
 * reached (main's probe brings the methods back by itself: cash only meanwhile).
 */
export type ChargeBlock =
  | { readonly kind: 'loading' }
  | { readonly kind: 'blocked'; readonly reason: ErrorCode | undefined }
  | { readonly kind: 'offline' };

export interface ChargeAvailability {
  /** The methods this amount can be charged with now. */
  readonly enabled: ReadonlySet<PaymentMethod>;
  readonly hint: AmountHint | undefined;
  /** The methods the amount is above the maximum of (named in the hint). */
  readonly overMax: readonly MethodInfo[];
  readonly block: ChargeBlock | undefined;
}

function chargeBlock(info: AppInfo | undefined, appInfoError: ErrorCode | undefined): ChargeBlock | undefined {
  if (appInfoError !== undefined) return { kind: 'blocked', reason: appInfoError };
  if (!info) return { kind: 'loading' };
  if (!info.ready) return { kind: 'blocked', reason: info.blockedReason };
  if (info.gateway === 'unreachable') return { kind: 'offline' };
  return undefined;
}

const withinLimits = (amount: number, method: MethodInfo): boolean =>
  amount >= method.minAmount && (method.maxAmount === undefined || amount <= method.maxAmount);

/**
 * Which methods can charge this amount. These mirror main's own checks (the catalogue's limits) so the cashier
 * sees a limit before pressing; main still validates every request and answers with a code if they disagree.
 */
export function chargeAvailability(amount: number, info: AppInfo | undefined, appInfoError: ErrorCode | undefined): ChargeAvailability {
  const block = chargeBlock(info, appInfoError);
  if (!info) return { enabled: new Set(), hint: undefined, overMax: [], block };
  const overMax = info.methods.filter((method) => method.maxAmount !== undefined && amount > method.maxAmount);
  const hint: AmountHint | undefined = amount === 0 ? 'empty' : amount < info.minAmount ? 'belowMin' : overMax.length > 0 ? 'aboveMax' : undefined;
  const enabled = new Set(block === undefined ? info.methods.filter((method) => withinLimits(amount, method)).map((method) => method.id) : []);
  return { enabled, hint, overMax, block };
}

export function canChargeWith(availability: ChargeAvailability, method: PaymentMethod): boolean {
  return availability.enabled.has(method);
}
