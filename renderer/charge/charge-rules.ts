import type { AppInfo, ErrorCode, PaymentMethod } from '../../shared/ipc/contract.ts';

export type AmountHint = 'empty' | 'belowMin' | 'aboveQrisMax';

/** What stops all charging: main's reported reason, or that main has not said it is ready. */
export type ChargeBlock = { readonly kind: 'loading' } | { readonly kind: 'blocked'; readonly reason: ErrorCode | undefined };

export interface ChargeAvailability {
  readonly qris: boolean;
  readonly va: boolean;
  readonly hint: AmountHint | undefined;
  readonly block: ChargeBlock | undefined;
}

function amountHint(amount: number, info: AppInfo): AmountHint | undefined {
  if (amount === 0) return 'empty';
  if (amount < info.minAmount) return 'belowMin';
  if (amount > info.maxQrisAmount) return 'aboveQrisMax';
  return undefined;
}

function chargeBlock(info: AppInfo | undefined, appInfoError: ErrorCode | undefined): ChargeBlock | undefined {
  if (appInfoError !== undefined) return { kind: 'blocked', reason: appInfoError };
  if (!info) return { kind: 'loading' };
  if (!info.ready) return { kind: 'blocked', reason: info.blockedReason };
  return undefined;
}

/**
 * Which charge buttons work for this amount. These mirror the service's own checks so the cashier sees the
 * limit before pressing; main still validates every request and answers with a code if they ever disagree.
 */
export function chargeAvailability(
  amount: number,
  info: AppInfo | undefined,
  appInfoError: ErrorCode | undefined,
): ChargeAvailability {
  const block = chargeBlock(info, appInfoError);
  if (!info) return { qris: false, va: false, hint: undefined, block };
  const hint = amountHint(amount, info);
  const amountOk = hint === undefined || hint === 'aboveQrisMax';
  return {
    qris: block === undefined && hint === undefined,
    va: block === undefined && amountOk,
    hint,
    block,
  };
}

export function canChargeWith(availability: ChargeAvailability, method: PaymentMethod): boolean {
  return method === 'QRIS' ? availability.qris : availability.va;
}
