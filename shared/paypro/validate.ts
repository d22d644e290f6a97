import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import type { ChannelCode, Payer } from './types.ts';

/** Limits the gateway is known or assumed to enforce (paypro-api.md §5.3): change them here only. */
export const LIMITS = {
  minAmount: 10_000,
  /** QRIS's national per-transaction ceiling; other channels' maximums are UNKNOWN. */
  maxAmountByChannel: { QRIS: 10_000_000 } as Partial<Record<ChannelCode, number>>,
  maxTradeNoLength: 32,
  maxUsernameLength: 64,
  maxEmailLength: 254,
} as const;

export type AmountError = 'AMOUNT_NOT_INTEGER' | 'AMOUNT_TOO_SMALL' | 'AMOUNT_TOO_LARGE';
export type PayerError = 'MOBILE_INVALID' | 'EMAIL_INVALID' | 'USERNAME_INVALID';
export type TradeNoError = 'TRADE_NO_INVALID';

const MOBILE = /^(08\d{8,11}|628\d{7,10})$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TRADE_NO = /^[A-Za-z0-9_-]+$/;

/** The gateway's own rule for a channel (what the simulator enforces). */
export function validateAmount(amount: unknown, channel: ChannelCode): Result<number, AmountError> {
  return validateAmountWithin(amount, { label: channel, minAmount: LIMITS.minAmount, maxAmount: LIMITS.maxAmountByChannel[channel] });
}

/** A till's rule for one of its methods: whole rupiah, within the method's limits. */
export function validateAmountWithin(
  amount: unknown,
  limits: { readonly label: string; readonly minAmount: number; readonly maxAmount: number | undefined },
): Result<number, AmountError> {
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount)) {
    return err('AMOUNT_NOT_INTEGER', 'Amount must be a whole number of rupiah.');
  }
  if (amount < limits.minAmount) {
    return err('AMOUNT_TOO_SMALL', `Amount must be at least ${limits.minAmount} rupiah.`);
  }
  if (limits.maxAmount !== undefined && amount > limits.maxAmount) {
    return err('AMOUNT_TOO_LARGE', `${limits.label} accepts at most ${limits.maxAmount} rupiah per payment.`);
  }
  return ok(amount);
}

export function isValidMobile(mobile: string): boolean {
  return MOBILE.test(mobile);
}

export function isValidEmail(email: string): boolean {
  return email.length <= LIMITS.maxEmailLength && EMAIL.test(email);
}

export function validatePayer(payer: Payer): Result<Payer, PayerError> {
  const username = payer.username.trim();
  if (username.length === 0 || username.length > LIMITS.maxUsernameLength) {
    return err('USERNAME_INVALID', `Payer name must be 1–${LIMITS.maxUsernameLength} characters.`);
  }
  if (!isValidMobile(payer.mobile)) {
    return err('MOBILE_INVALID', 'Mobile number must start with 08 or 628 and have 10–13 digits.');
  }
  if (!isValidEmail(payer.email)) return err('EMAIL_INVALID', 'E-mail address is not valid.');
  return ok({ username, mobile: payer.mobile, email: payer.email });
}

export function validateTradeNo(tradeNo: string): Result<string, TradeNoError> {
  if (tradeNo.length === 0 || tradeNo.length > LIMITS.maxTradeNoLength || !TRADE_NO.test(tradeNo)) {
    return err('TRADE_NO_INVALID', `tradeNo must be 1–${LIMITS.maxTradeNoLength} letters, digits, - or _.`);
  }
  return ok(tradeNo);
}
