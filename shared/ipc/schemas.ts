import { z } from 'zod';
import { METHOD_ID } from '../payments.ts';
import type { InvokeName } from './channels.ts';
import type { Requests } from './contract.ts';

/**
 * Every IPC payload is `unknown` until its schema here accepts it (STYLE.md §2). Main only: the renderer
 * imports the contract's types, never this file, so zod stays out of its bundle.
 */
/** tradeNo as Kasir makes it: yyyyMMddHHmmss + random digits, ≤ 32 characters. */
const TradeNo = z.string().min(1).max(32).regex(/^[A-Za-z0-9_-]+$/);
const ByTradeNo = z.strictObject({ tradeNo: TradeNo });

export const requestSchemas = {
  getAppInfo: z.undefined(),
  retrySetup: z.undefined(),
  startPayment: z.strictObject({
    // Range checks beyond "a safe integer" are business rules, answered with specific codes by the service.
    amount: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
    // Which methods exist is the catalogue's business: main answers METHOD_UNAVAILABLE for an unknown one.
    method: z.string().regex(METHOD_ID),
    bank: z.string().min(1).max(32).regex(/^[A-Za-z0-9_-]+$/).optional(),
    mobile: z.string().regex(/^\d{10,13}$/).optional(),
  }),
  getPayment: ByTradeNo,
  getCounterPayment: z.undefined(),
  cancelPayment: ByTradeNo,
  checkPaymentNow: ByTradeNo,
  dismissPayment: ByTradeNo,
  collectRest: ByTradeNo,
  listLatePayments: z.undefined(),
  acknowledgeLatePayment: ByTradeNo,
  printReceipt: z.strictObject({ tradeNo: TradeNo, reprint: z.boolean().optional(), locale: z.enum(['id', 'en']).optional() }),
  toggleCustomerView: z.undefined(),
  getManagerState: z.undefined(),
  // Any string up to 16 characters: whether it is a PIN at all (4–8 digits) is answered with PIN_FORMAT by main.
  setManagerPin: z.strictObject({ pin: z.string().max(16) }),
  unlockManager: z.strictObject({ pin: z.string().max(16) }),
  lockManager: z.undefined(),
  simulateCustomerPayment: z.strictObject({
    tradeNo: TradeNo,
    outcome: z.enum(['paid', 'partial', 'expired']),
  }),
} satisfies { [N in InvokeName]: z.ZodType<Requests[N]> };

export type ParsedRequest<N extends InvokeName> = z.output<(typeof requestSchemas)[N]>;
