import { STATUS } from '../../shared/paypro/status.ts';
import { OUTER_CODE } from '../../shared/paypro/types.ts';
import type { PayproEndpoint } from '../../shared/paypro/types.ts';
import { checkSignedRequest, orderFields, tradeNoField } from './checks.ts';
import type { AuthConfig, SignedBody } from './checks.ts';
import { STATUS_MESSAGES } from './orders.ts';
import type { OrderBook } from './orders.ts';
import { buildQrisPayload } from './qris.ts';
import type { SimOrder } from './types.ts';

/**
 * The Paypro endpoints themselves: turn a checked, signed request into the gateway's envelope
 * (paypro-api.md §1.4, §2). Transport concerns (faults, sockets) stay in server.ts.
 */
export interface Envelope {
  readonly msg: string;
  readonly code: string;
  readonly timestamp: number;
  readonly success: boolean;
  readonly data?: Record<string, unknown>;
}

export interface GatewayAnswer {
  readonly envelope: Envelope;
  readonly tradeNo: string | undefined;
}

export interface GatewayContext {
  readonly book: OrderBook;
  readonly auth: AuthConfig;
  readonly numbersAsStrings: boolean;
  readonly merchantName: string;
  readonly merchantCity: string;
  readonly cashierUrl: (platFormTradeNo: string) => string;
}

export function envelope(code: string, msg: string, data?: Record<string, unknown>): Envelope {
  const base = { msg, code, timestamp: Date.now(), success: code === OUTER_CODE.accepted };
  return data === undefined ? base : { ...base, data };
}

const rejected = (msg: string, tradeNo: string | undefined): GatewayAnswer => ({
  envelope: envelope(OUTER_CODE.orderError, msg),
  tradeNo,
});

const accepted = (data: Record<string, unknown>, tradeNo: string | undefined): GatewayAnswer => ({
  envelope: envelope(OUTER_CODE.accepted, 'success', data),
  tradeNo,
});

/** The tradeNo a request names, for the request log, even when the request is rejected. */
function peekTradeNo(rawBody: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(rawBody);
    if (typeof parsed === 'object' && parsed !== null && 'tradeNo' in parsed) {
      const { tradeNo } = parsed;
      if (typeof tradeNo === 'string') return tradeNo;
    }
  } catch {
    // An unparseable body names no order.
  }
  return undefined;
}

export function handlePaypro(endpoint: PayproEndpoint, merchantHeader: string | undefined, rawBody: string, ctx: GatewayContext): GatewayAnswer {
  const checked = checkSignedRequest(merchantHeader, rawBody, ctx.auth);
  if (!checked.ok) return rejected(checked.message, peekTradeNo(rawBody));
  const body = checked.value;
  switch (endpoint) {
    case 'payIn':
      return createOrder('payIn', body, ctx);
    case 'paymentLink':
      return createOrder('paymentLink', body, ctx);
    case 'queryPayInResult':
      return queryPayIn(body, ctx);
    case 'queryBalance':
      return queryBalance(ctx);
  }
}

function createOrder(kind: SimOrder['kind'], body: SignedBody, ctx: GatewayContext): GatewayAnswer {
  const fields = orderFields(body, kind === 'payIn');
  if (!fields.ok) return rejected(fields.message, typeof body['tradeNo'] === 'string' ? body['tradeNo'] : undefined);
  const input = fields.value;
  if (ctx.book.has(input.tradeNo)) return rejected('tradeNo already exists', input.tradeNo);

  const platFormTradeNo = ctx.book.newPlatFormTradeNo();
  const order: SimOrder = {
    tradeNo: input.tradeNo,
    platFormTradeNo,
    channelCode: input.channelCode ?? '',
    amount: input.amount,
    payAmount: 0,
    status: STATUS.pending,
    message: STATUS_MESSAGES.pending,
    notifyUrl: input.notifyUrl,
    username: input.username,
    mobile: input.mobile,
    email: input.email,
    paymentUrl: ctx.cashierUrl(platFormTradeNo),
    createdAt: Date.now(),
    kind,
  };
  if (input.wayCode !== undefined) order.wayCode = input.wayCode;
  if (input.returnUrl !== undefined) order.returnUrl = input.returnUrl;
  if (input.remark !== undefined) order.remark = input.remark;
  // A payment link hands the payer to the cashier page; only the H2H payIn returns raw credentials.
  if (kind === 'payIn' && input.channelCode === 'QRIS') {
    order.qrString = buildQrisPayload({
      merchantNo: ctx.auth.merchantNo,
      merchantName: ctx.merchantName,
      merchantCity: ctx.merchantCity,
      amount: input.amount,
      reference: platFormTradeNo,
    });
  }
  if (kind === 'payIn' && input.channelCode === 'VA') order.vaNumber = ctx.book.newVaNumber();
  ctx.book.add(order);

  const data: Record<string, unknown> = { tradeNo: order.tradeNo, platFormTradeNo, status: order.status, desc: STATUS_MESSAGES.pending };
  if (order.remark !== undefined) data['remark'] = order.remark;
  data['paymentUrl'] = order.paymentUrl;
  if (order.qrString !== undefined) data['qrString'] = order.qrString;
  if (order.vaNumber !== undefined) data['vaNumber'] = order.vaNumber;
  return accepted(data, order.tradeNo);
}

function money(amount: number, asString: boolean): number | string {
  return asString ? amount.toFixed(2) : amount;
}

function queryPayIn(body: SignedBody, ctx: GatewayContext): GatewayAnswer {
  const tradeNo = tradeNoField(body);
  if (!tradeNo.ok) return rejected(tradeNo.message, undefined);
  const order = ctx.book.find(tradeNo.value);
  if (!order) return rejected('order not found', tradeNo.value);
  const data: Record<string, unknown> = {
    tradeNo: order.tradeNo,
    platFormTradeNo: order.platFormTradeNo,
    status: order.status,
    orderAmount: money(order.amount, ctx.numbersAsStrings),
    payAmount: money(order.payAmount, ctx.numbersAsStrings),
    message: order.message,
  };
  if (order.channelCode !== '') data['channelCode'] = order.channelCode;
  if (order.wayCode !== undefined) data['wayCode'] = order.wayCode;
  return accepted(data, order.tradeNo);
}

function queryBalance(ctx: GatewayContext): GatewayAnswer {
  // Same-day receipts stay unsettled until D+1 (§2.6); a simulator session never reaches D+1.
  const unsettled = ctx.book
    .all()
    .filter((order) => order.status === STATUS.paid || order.status === STATUS.partial)
    .reduce((sum, order) => sum + order.payAmount, 0);
  return accepted(
    {
      // Spelled as on the Indonesia page (sic), which is what the app must cope with.
      availablAmount: money(0, ctx.numbersAsStrings),
      freezeAmount: money(0, ctx.numbersAsStrings),
      unsettledAmount: money(unsettled, ctx.numbersAsStrings),
    },
    undefined,
  );
}
