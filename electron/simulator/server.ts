import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OUTER_CODE, PAYPRO_PATHS } from '../../shared/paypro/types.ts';
import type { PayproEndpoint } from '../../shared/paypro/types.ts';
import { handleControl } from './control.ts';
import type { ControlContext } from './control.ts';
import { FaultController } from './faults.ts';
import type { FaultDecision } from './faults.ts';
import { envelope, handlePaypro } from './gateway.ts';
import type { GatewayContext } from './gateway.ts';
import { headerValue, readBody, sendError, sendJson, sendText } from './http-util.ts';
import { isLoopbackHost } from './loopback.ts';
import { Notifier } from './notify.ts';
import { CONTROL_PATH, resolveOptions, urlHost } from './options.ts';
import { copyOrder, OrderBook } from './orders.ts';
import { pushBounded, TimerSet } from './timers.ts';
import type { FaultSettings, RequestLogEntry, SettleOutcome, Simulator, SimulatorOptions } from './types.ts';

/**
 * Wires the pieces into one loopback HTTP server: Paypro endpoints under any prefix, the control API under
 * /__sim, fault injection around the endpoints, and a close() that leaves nothing running.
 */
const ENDPOINT_PATHS = Object.entries(PAYPRO_PATHS) as [PayproEndpoint, string][];

function endpointFor(pathname: string): PayproEndpoint | 'unknown' {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return ENDPOINT_PATHS.find(([, suffix]) => path.endsWith(suffix))?.[0] ?? 'unknown';
}

const BAD_GATEWAY_PAGE = '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>\n';

function copyEntry(entry: RequestLogEntry): RequestLogEntry {
  return entry.faults ? { ...entry, faults: [...entry.faults] } : { ...entry };
}

function listen(server: Server, host: string, port: number): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const config = resolveOptions(options);
  const timers = new TimerSet();
  const notifier = new Notifier({ secret: config.secret, saltComposition: config.saltComposition, timeScale: config.timeScale, timers });
  const book = new OrderBook({ orderTtlMs: config.orderTtlMs, autoSettle: config.autoSettle, timers, onFinal: (order) => notifier.notify(order) });
  const faults = new FaultController();
  const requestLog: RequestLogEntry[] = [];
  /** Blackholed answers: held open on purpose until the client gives up or close() runs. */
  const held = new Set<ServerResponse>();
  let origin = '';

  const gateway: GatewayContext = {
    book,
    auth: config,
    numbersAsStrings: config.numbersAsStrings,
    merchantName: config.merchantName,
    merchantCity: config.merchantCity,
    cashierUrl: (platFormTradeNo) => `${origin}${CONTROL_PATH}/pay/${platFormTradeNo}`,
  };

  const settle = (tradeNo: string, outcome: SettleOutcome, payAmount: number | undefined) => book.settle(tradeNo, outcome, payAmount);
  const control: ControlContext = {
    controlPath: CONTROL_PATH,
    merchantName: config.merchantName,
    book,
    faults,
    settle,
    notifications: () => notifier.list(),
    requests: () => requestLog.map(copyEntry),
  };

  function log(entry: RequestLogEntry, decision: FaultDecision): void {
    pushBounded(requestLog, decision.kinds.length > 0 ? { ...entry, faults: decision.kinds } : entry);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    const endpoint = endpointFor(pathname);
    if (endpoint === 'unknown' || req.method !== 'POST') {
      await readBody(req);
      const code = endpoint === 'unknown' ? 404 : 405;
      pushBounded(requestLog, { endpoint, outerCode: OUTER_CODE.orderError, at: Date.now() });
      if (code === 405) res.setHeader('allow', 'POST');
      sendJson(res, code, envelope(OUTER_CODE.orderError, code === 404 ? `unknown endpoint ${pathname}` : 'method not allowed: use POST with a JSON body'));
      return;
    }
    const decision = faults.take(endpoint);
    const body = await readBody(req);
    if (!body.ok) {
      if (body.reason === 'too-large') {
        res.setHeader('connection', 'close');
        sendJson(res, 413, envelope(OUTER_CODE.orderError, 'request body too large'));
      }
      return;
    }
    if (decision.http5xx || decision.tooManyRequests) {
      const status = decision.http5xx ? 502 : 429;
      log({ endpoint, outerCode: `HTTP ${status}`, at: Date.now() }, decision);
      if (decision.latencyMs > 0) await timers.sleep(decision.latencyMs);
      if (decision.http5xx) sendText(res, 502, 'text/html', BAD_GATEWAY_PAGE);
      else sendText(res, 429, 'text/plain', 'Too Many Requests\n');
      return;
    }
    if (decision.notFound) {
      const refusal = envelope(OUTER_CODE.orderError, 'order not found');
      log({ endpoint, outerCode: refusal.code, at: Date.now() }, decision);
      if (decision.latencyMs > 0) await timers.sleep(decision.latencyMs);
      sendJson(res, 200, refusal);
      return;
    }
    const handled = handlePaypro(endpoint, headerValue(req, 'merchantNo'), body.text, gateway);
    const answer = decision.systemError ? { ...handled, envelope: envelope(OUTER_CODE.systemError, 'system operation exception') } : handled;
    const entry: RequestLogEntry = { endpoint, outerCode: answer.envelope.code, at: Date.now() };
    if (answer.tradeNo !== undefined) entry.tradeNo = answer.tradeNo;
    log(entry, decision);
    if (decision.latencyMs > 0) await timers.sleep(decision.latencyMs);
    if (decision.blackhole) {
      if (res.destroyed) return;
      held.add(res);
      res.on('close', () => held.delete(res));
      return;
    }
    if (decision.drop) {
      req.socket.destroy();
      return;
    }
    if (decision.malformedJson) {
      const text = JSON.stringify(answer.envelope);
      // A proper prefix of a JSON object never parses: its outermost brace is still open.
      sendText(res, 200, 'application/json', text.slice(0, Math.ceil(text.length / 2)));
      return;
    }
    sendJson(res, 200, answer.envelope);
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const pathname = new URL(req.url ?? '/', 'http://simulator.invalid').pathname;
    if (pathname === CONTROL_PATH || pathname.startsWith(`${CONTROL_PATH}/`)) {
      if (!isLoopbackHost(req.socket.remoteAddress ?? '')) {
        sendError(res, 403, 'the control API answers loopback clients only');
        return;
      }
      await handleControl(req, res, pathname.slice(CONTROL_PATH.length), control);
      return;
    }
    await handleApi(req, res, pathname);
  }

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      // A bug, not a gateway answer: say so loudly instead of hanging the client.
      sendJson(res, 500, envelope(OUTER_CODE.systemError, `simulator error: ${error instanceof Error ? error.message : String(error)}`));
    });
  });
  server.on('clientError', (_error, socket) => socket.destroy());

  const address = await listen(server, config.host, config.port);
  origin = `http://${urlHost(config.host)}:${address.port}`;

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      timers.clearAll();
      notifier.close();
      for (const res of held) res.destroy();
      held.clear();
      server.close(() => resolve());
      server.closeAllConnections();
    });
    return closing;
  };

  return {
    baseUrl: `${origin}${config.basePath}`,
    controlUrl: `${origin}${CONTROL_PATH}`,
    merchantNo: config.merchantNo,
    secret: config.secret,
    settle: (tradeNo, outcome, settleOptions) => copyOrder(settle(tradeNo, outcome, settleOptions?.payAmount)),
    setFaults: (settings: FaultSettings | undefined) => faults.set(settings),
    order: (tradeNo) => {
      const order = book.find(tradeNo);
      return order && copyOrder(order);
    },
    ledger: () => book.all().map(copyOrder),
    notifications: () => notifier.list(),
    requests: () => requestLog.map(copyEntry),
    close,
  };
}
