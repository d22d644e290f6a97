import { z } from 'zod';
import { METHOD_ID, PAYMENT_STATES } from '../payments.ts';
import { HISTORY_MAX_PAGE } from './history.ts';
import { SALT_COMPOSITIONS } from '../paypro/sign.ts';
import type { InvokeName } from './channels.ts';
import type { Requests } from './contract.ts';

/**
 * Every IPC payload is `unknown` until its schema here accepts it (STYLE.md §2). Main only: the renderer
 * imports the contract's types, never this file, so zod stays out of its bundle.
 */
/** tradeNo as Kasir makes it: yyyyMMddHHmmss + random digits, ≤ 32 characters. */
const TradeNo = z.string().min(1).max(32).regex(/^[A-Za-z0-9_-]+$/);
const ByTradeNo = z.strictObject({ tradeNo: TradeNo });
/** A moment as epoch milliseconds (years 2000 to 2100 cover any till's history). */
const Instant = z.number().int().min(946_684_800_000).max(4_102_444_800_000);
const HistoryRequest = z.strictObject({
  limit: z.number().int().min(1).max(HISTORY_MAX_PAGE).optional(),
  before: z.strictObject({ createdAt: Instant, tradeNo: TradeNo }).optional(),
  from: Instant.optional(),
  to: Instant.optional(),
  states: z.array(z.enum(PAYMENT_STATES)).max(PAYMENT_STATES.length).optional(),
  methods: z.array(z.string().regex(METHOD_ID)).max(32).optional(),
  search: z.string().max(64).optional(),
});

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
  listHistory: HistoryRequest,
  getDayReport: z.strictObject({ day: Instant.optional() }),
  reconcileDay: z.strictObject({ day: Instant.optional() }),
  getSettings: z.undefined(),
  // The values themselves are checked by the settings schema in main, which names each refused field.
  saveSettings: z.strictObject({ values: z.record(z.string().max(64), z.unknown()) }),
  setAppSecret: z.strictObject({ secret: z.string().trim().min(1).max(256) }),
  removeAppSecret: z.undefined(),
  testConnection: z.strictObject({
    merchantNo: z.string().max(32),
    environment: z.enum(['sandbox', 'production']),
    baseUrl: z.string().max(512),
    saltComposition: z.enum(SALT_COMPOSITIONS),
    secret: z.string().max(256).optional(),
  }),
  exportDayReport: z.strictObject({ day: Instant.optional(), locale: z.enum(['id', 'en']).optional() }),
  listAuditLog: z.strictObject({ limit: z.number().int().min(1).max(HISTORY_MAX_PAGE).optional(), before: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional() }),
  getPaymentDetail: ByTradeNo,
  exportDiagnostics: z.undefined(),
  getUpdateStatus: z.undefined(),
  checkForUpdate: z.undefined(),
  installUpdate: z.undefined(),
  quitApp: z.undefined(),
  simulateCustomerPayment: z.strictObject({
    tradeNo: TradeNo,
    outcome: z.enum(['paid', 'partial', 'expired']),
  }),
} satisfies { [N in InvokeName]: z.ZodType<Requests[N]> };

export type ParsedRequest<N extends InvokeName> = z.output<(typeof requestSchemas)[N]>;
