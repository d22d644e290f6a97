import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Result } from '../../shared/result.ts';
import { err, ok } from '../../shared/result.ts';
import { cashierErrorPage, cashierPage } from './cashier.ts';
import { parseFaultSettings } from './faults.ts';
import type { FaultController } from './faults.ts';
import { headerValue, readBody, sendError, sendJson, sendText } from './http-util.ts';
import { copyOrder, SettleError } from './orders.ts';
import type { OrderBook } from './orders.ts';
import { SETTLE_OUTCOMES } from './types.ts';
import type { NotifyAttempt, RequestLogEntry, SettleOutcome, SimOrder } from './types.ts';

/**
 * The tester's side door under /__sim: inspect the ledger, settle orders, switch faults, read the notify
 * log, the fake cashier page, and a notify sink for the app's demo mode. No signature: the server only
 * listens on loopback and this router refuses any other peer as well.
 */
export interface ControlContext {
  readonly controlPath: string;
  readonly merchantName: string;
  readonly book: OrderBook;
  readonly faults: FaultController;
  readonly settle: (tradeNo: string, outcome: SettleOutcome, payAmount: number | undefined) => SimOrder;
  readonly notifications: () => NotifyAttempt[];
  readonly requests: () => RequestLogEntry[];
}

interface SettleRequest {
  readonly outcome: SettleOutcome;
  readonly payAmount: number | undefined;
}

const HTML = 'text/html; charset=utf-8';

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function isForm(req: IncomingMessage): boolean {
  return (headerValue(req, 'content-type') ?? '').startsWith('application/x-www-form-urlencoded');
}

/** Settle input arrives as JSON from tests and tools, or form-encoded from the cashier page's buttons. */
export function parseSettleRequest(raw: string, form: boolean): Result<SettleRequest> {
  let outcome: unknown;
  let payAmount: unknown;
  if (form) {
    const params = new URLSearchParams(raw);
    outcome = params.get('outcome') ?? undefined;
    const amountText = params.get('payAmount');
    payAmount = amountText === null || amountText === '' ? undefined : Number(amountText);
  } else {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return err('BAD_INPUT', 'body must be JSON like {"outcome":"paid"}');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return err('BAD_INPUT', 'body must be a JSON object');
    outcome = 'outcome' in parsed ? parsed.outcome : undefined;
    payAmount = 'payAmount' in parsed ? parsed.payAmount : undefined;
  }
  const known = SETTLE_OUTCOMES.find((candidate) => candidate === outcome);
  if (known === undefined) return err('BAD_INPUT', `outcome must be one of ${SETTLE_OUTCOMES.join(', ')}`);
  if (payAmount !== undefined && payAmount !== null && (typeof payAmount !== 'number' || !Number.isSafeInteger(payAmount))) {
    return err('BAD_INPUT', 'payAmount must be a whole number of rupiah');
  }
  return ok({ outcome: known, payAmount: typeof payAmount === 'number' ? payAmount : undefined });
}

const SETTLE_STATUS = { unknown: 404, final: 409, invalid: 400 } as const;

async function settleRoute(req: IncomingMessage, res: ServerResponse, tradeNo: string, ctx: ControlContext): Promise<void> {
  const body = await readBody(req);
  const form = isForm(req);
  if (!body.ok) {
    sendError(res, 400, 'request body too large or aborted');
    return;
  }
  const input = parseSettleRequest(body.text, form);
  if (!input.ok) {
    if (form) sendText(res, 400, HTML, cashierErrorPage(input.message));
    else sendError(res, 400, input.message);
    return;
  }
  try {
    const order = ctx.settle(tradeNo, input.value.outcome, input.value.payAmount);
    if (form) {
      // Post/redirect/get: the cashier page shows the new state, and a reload does not resubmit.
      res.writeHead(303, { location: `${ctx.controlPath}/pay/${encodeURIComponent(order.platFormTradeNo)}` });
      res.end();
    } else {
      sendJson(res, 200, copyOrder(order));
    }
  } catch (error) {
    if (!(error instanceof SettleError)) throw error;
    const status = SETTLE_STATUS[error.reason];
    if (form) sendText(res, status, HTML, cashierErrorPage(error.message));
    else sendError(res, status, error.message);
  }
}

async function faultsRoute(req: IncomingMessage, res: ServerResponse, ctx: ControlContext): Promise<void> {
  const body = await readBody(req);
  if (!body.ok) {
    sendError(res, 400, 'request body too large or aborted');
    return;
  }
  let parsed: unknown;
  try {
    parsed = body.text.trim() === '' ? undefined : JSON.parse(body.text);
  } catch {
    sendError(res, 400, 'faults must be JSON, e.g. {"drop":true} or {} to clear');
    return;
  }
  const faults = parseFaultSettings(parsed);
  if (!faults.ok) {
    sendError(res, 400, faults.message);
    return;
  }
  ctx.faults.set(faults.value);
  sendJson(res, 200, { faults: ctx.faults.get() ?? {} });
}

function methodNotAllowed(res: ServerResponse, allowed: string): void {
  res.setHeader('allow', allowed);
  sendError(res, 405, `use ${allowed}`);
}

/** Routes one request whose path starts with the control prefix; `subPath` is what follows it. */
export async function handleControl(req: IncomingMessage, res: ServerResponse, subPath: string, ctx: ControlContext): Promise<void> {
  const method = req.method ?? 'GET';
  const segments = subPath.split('/').filter((segment) => segment !== '');
  const [head, id, action] = segments;
  const decodedId = id === undefined ? undefined : decodeSegment(id);
  if (id !== undefined && decodedId === undefined) {
    sendError(res, 400, 'bad percent-encoding in path');
    return;
  }

  if (head === 'notify-sink' && segments.length === 1) {
    if (method !== 'POST') return methodNotAllowed(res, 'POST');
    await readBody(req);
    sendText(res, 200, 'text/plain; charset=utf-8', 'OK');
    return;
  }
  if (head === 'orders' && decodedId !== undefined && action === 'settle' && segments.length === 3) {
    if (method !== 'POST') return methodNotAllowed(res, 'POST');
    return settleRoute(req, res, decodedId, ctx);
  }
  if (head === 'faults' && segments.length === 1) {
    if (method === 'GET') return sendJson(res, 200, { faults: ctx.faults.get() ?? {} });
    if (method !== 'PUT') return methodNotAllowed(res, 'GET, PUT');
    return faultsRoute(req, res, ctx);
  }
  if (method !== 'GET') return methodNotAllowed(res, 'GET');
  if (head === 'ledger' && segments.length === 1) return sendJson(res, 200, ctx.book.all().map(copyOrder));
  if (head === 'notifications' && segments.length === 1) return sendJson(res, 200, ctx.notifications());
  if (head === 'requests' && segments.length === 1) return sendJson(res, 200, ctx.requests());
  if (head === 'orders' && decodedId !== undefined && segments.length === 2) {
    const order = ctx.book.find(decodedId);
    return order ? sendJson(res, 200, copyOrder(order)) : sendError(res, 404, `order not found: ${decodedId}`);
  }
  if (head === 'pay' && decodedId !== undefined && segments.length === 2) {
    const order = ctx.book.findByPlatformId(decodedId);
    if (!order) return sendText(res, 404, HTML, cashierErrorPage(`No order with Paypro number ${decodedId}.`));
    return sendText(res, 200, HTML, cashierPage(order, ctx.controlPath, ctx.merchantName));
  }
  if (segments.length === 0) {
    return sendJson(res, 200, {
      routes: ['GET ledger', 'GET orders/:tradeNo', 'POST orders/:tradeNo/settle', 'GET|PUT faults', 'GET notifications',
        'GET requests', 'GET pay/:platFormTradeNo', 'POST notify-sink'].map((route) => route.replace(' ', ` ${ctx.controlPath}/`)),
    });
  }
  sendError(res, 404, `no control route ${method} ${ctx.controlPath}${subPath}`);
}
