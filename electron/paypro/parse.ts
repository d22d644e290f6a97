import type { BalanceResponse, PayInResponse, PaymentLinkResponse, PayproEnvelope, QueryPayInResponse } from '../../shared/paypro/types.ts';

/**
 * Lenient readers for Paypro's answers (paypro-api.md §1.4): numbers may arrive as strings ("300.00"),
 * booleans as strings, and the Indonesia balance page spells `availablAmount`. A reader returns undefined
 * when a field the caller relies on is missing, and the client turns that into a "malformed" outcome.
 */
type Json = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

export function amount(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

function flag(value: unknown): boolean {
  return value === true || value === 'true';
}

export function parseEnvelope(body: string): PayproEnvelope | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (!isObject(parsed)) return undefined;
  const code = text(parsed['code']);
  if (code === undefined) return undefined;
  const data = parsed['data'];
  return {
    code,
    msg: text(parsed['msg']) ?? '',
    success: flag(parsed['success']),
    timestamp: amount(parsed['timestamp']),
    data: isObject(data) ? data : undefined,
  };
}

function required(data: Json | undefined, ...keys: string[]): Json | undefined {
  if (!data) return undefined;
  return keys.every((key) => text(data[key]) !== undefined) ? data : undefined;
}

export function readPayIn(data: Json | undefined): PayInResponse | undefined {
  const d = required(data, 'tradeNo', 'platFormTradeNo', 'status');
  if (!d) return undefined;
  return {
    tradeNo: text(d['tradeNo']) ?? '',
    platFormTradeNo: text(d['platFormTradeNo']) ?? '',
    status: text(d['status']) ?? '',
    desc: text(d['desc']),
    remark: text(d['remark']),
    paymentUrl: text(d['paymentUrl']),
    qrString: text(d['qrString']),
    vaNumber: text(d['vaNumber']),
  };
}

/** A payment link is created like a payIn and answered with a subset of its fields. */
export function readPaymentLink(data: Json | undefined): PaymentLinkResponse | undefined {
  const payIn = readPayIn(data);
  if (!payIn) return undefined;
  const { tradeNo, platFormTradeNo, status, desc, paymentUrl } = payIn;
  return { tradeNo, platFormTradeNo, status, desc, paymentUrl };
}

export function readQueryPayIn(data: Json | undefined): QueryPayInResponse | undefined {
  const d = required(data, 'tradeNo', 'status');
  if (!d) return undefined;
  return {
    tradeNo: text(d['tradeNo']) ?? '',
    platFormTradeNo: text(d['platFormTradeNo']) ?? '',
    status: text(d['status']) ?? '',
    orderAmount: amount(d['orderAmount']),
    payAmount: amount(d['payAmount']),
    message: text(d['message']),
    channelCode: text(d['channelCode']),
    wayCode: text(d['wayCode']),
  };
}

export function readBalance(data: Json | undefined): BalanceResponse | undefined {
  if (!data) return undefined;
  return {
    availableAmount: amount(data['availablAmount'] ?? data['availableAmount']),
    freezeAmount: amount(data['freezeAmount']),
    unsettledAmount: amount(data['unsettledAmount']),
  };
}
