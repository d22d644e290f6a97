import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createTcpServer } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testConnection } from '../../electron/manager/test-connection.ts';
import type { ConnectionInput, ConnectionTestResult, TestConnectionDeps } from '../../electron/manager/test-connection.ts';
import { startSimulator } from '../../electron/simulator/index.ts';
import type { Simulator, SimulatorOptions } from '../../electron/simulator/index.ts';

/**
 * "Test connection" against the real simulator (and a few tiny loopback peers that are not Paypro) over real
 * HTTP: every reason the manager can be shown, and the signing-composition trial counted at the gateway.
 */
const FAST: TestConnectionDeps = { connectTimeoutMs: 1_000, totalTimeoutMs: 2_000 };
const WRONG_SECRET = 'not-the-secret-0123456789abcdef';
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function simulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const sim = await startSimulator(options);
  cleanups.push(() => sim.close());
  return sim;
}

/** What the simulator answered to each queryBalance it saw, in order: proof of how many attempts were made. */
const balanceAnswers = (sim: Simulator): string[] => sim.requests().filter((entry) => entry.endpoint === 'queryBalance').map((entry) => entry.outerCode);

const entered = (sim: Simulator, overrides: Partial<ConnectionInput> = {}): ConnectionInput => ({
  baseUrl: sim.baseUrl, merchantNo: sim.merchantNo, secret: sim.secret, saltComposition: 'append', ...overrides,
});

/** Runs the test and checks, for every result, that the secret appears nowhere in it and nothing was logged. */
async function run(input: ConnectionInput, deps: TestConnectionDeps = FAST): Promise<ConnectionTestResult> {
  const logged: string[] = [];
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => { logged.push(args.map(String).join(' ')); });
  }
  const result = await testConnection(input, deps);
  expect(JSON.stringify(result)).not.toContain(input.secret);
  expect(logged).toEqual([]);
  return result;
}

/** A loopback peer that is not a Paypro gateway; counts the requests it got. */
async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return (server.address() as AddressInfo).port;
}

async function httpPeer(answer: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ baseUrl: string; hits: () => number }> {
  let hits = 0;
  const server = createHttpServer((req, res) => {
    hits += 1;
    req.resume();
    req.on('end', () => answer(req, res));
  });
  cleanups.push(() => server.closeAllConnections());
  const port = await listen(server);
  return { baseUrl: `http://127.0.0.1:${port}/indonesia-pay`, hits: () => hits };
}

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('Test connection against the simulator', () => {
  it('succeeds with the balance under the entered composition, in one request', async () => {
    const sim = await simulator();
    const result = await run(entered(sim));
    expect(result).toEqual({
      kind: 'ok',
      balance: { availableAmount: expect.any(Number), freezeAmount: expect.any(Number), unsettledAmount: expect.any(Number) },
      saltComposition: 'append', entered: 'append', changed: false, tried: ['append'],
    });
    expect(balanceAnswers(sim)).toEqual(['0000']);
  });

  it('wrong secret: the signature is refused under every composition, each one really tried', async () => {
    const sim = await simulator();
    const result = await run(entered(sim, { secret: WRONG_SECRET }));
    expect(result).toMatchObject({ kind: 'wrongSecret', tried: ['append', 'prepend', 'ampersandKey'], code: '8000', message: 'sign verification failed' });
    expect(balanceAnswers(sim)).toEqual(['8000', '8000', '8000']);
  });

  it('wrong merchant number: named as such, without a composition trial', async () => {
    const sim = await simulator();
    const result = await run(entered(sim, { merchantNo: '0000000001' }));
    expect(result).toMatchObject({ kind: 'wrongMerchant', merchantNo: '0000000001', code: '8000', message: 'unknown merchantNo' });
    expect(balanceAnswers(sim)).toEqual(['8000']);
  });

  it('diagnoses the composition: the gateway expects prepend, the till sends append → prepend, changed', async () => {
    const sim = await simulator({ saltComposition: 'prepend' });
    const result = await run(entered(sim, { saltComposition: 'append' }));
    expect(result).toMatchObject({ kind: 'ok', saltComposition: 'prepend', entered: 'append', changed: true, tried: ['append', 'prepend'] });
    expect(balanceAnswers(sim)).toEqual(['8000', '0000']);
  });

  it('diagnoses ampersandKey after both other candidates are refused', async () => {
    const sim = await simulator({ saltComposition: 'ampersandKey' });
    const result = await run(entered(sim, { saltComposition: 'append' }));
    expect(result).toMatchObject({ kind: 'ok', saltComposition: 'ampersandKey', changed: true, tried: ['append', 'prepend', 'ampersandKey'] });
    expect(balanceAnswers(sim)).toEqual(['8000', '8000', '0000']);
  });

  it('tries the entered composition first: a saved prepend that works costs one request', async () => {
    const sim = await simulator({ saltComposition: 'prepend' });
    const result = await run(entered(sim, { saltComposition: 'prepend' }));
    expect(result).toMatchObject({ kind: 'ok', saltComposition: 'prepend', changed: false, tried: ['prepend'] });
    expect(balanceAnswers(sim)).toEqual(['0000']);
  });
});

describe('Test connection when no Paypro gateway answers', () => {
  it('unreachable host: a closed loopback port is "connection refused", with the host', async () => {
    const server = createTcpServer();
    const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const result = await run({ baseUrl: `http://127.0.0.1:${port}/indonesia-pay`, merchantNo: '8729248847', secret: WRONG_SECRET, saltComposition: 'append' });
    expect(result).toEqual({ kind: 'unreachable', host: `127.0.0.1:${port}`, cause: 'refused', detail: 'ECONNREFUSED' });
  });

  it('a host that accepts the connection and never answers is unreachable by timeout, within the short deadline', async () => {
    const sockets: Socket[] = [];
    const server = createTcpServer((socket) => sockets.push(socket));
    const port = await listen(server);
    cleanups.push(() => sockets.forEach((socket) => socket.destroy())); // runs before the server's close
    const started = Date.now();
    const result = await run({ baseUrl: `http://127.0.0.1:${port}`, merchantNo: '8729248847', secret: WRONG_SECRET, saltComposition: 'append' },
      { connectTimeoutMs: 300, totalTimeoutMs: 400 });
    expect(result).toMatchObject({ kind: 'unreachable', host: `127.0.0.1:${port}`, cause: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('TLS error: an https:// address on the plain-HTTP simulator port fails the handshake and sends nothing', async () => {
    const sim = await simulator();
    const httpsUrl = sim.baseUrl.replace(/^http:/, 'https:');
    const result = await run(entered(sim, { baseUrl: httpsUrl }));
    expect(result).toEqual({ kind: 'tls', host: new URL(sim.baseUrl).host, detail: 'ECONNRESET' });
    expect(balanceAnswers(sim)).toEqual([]);
  });

  it.skipIf(!hasOpenssl())('TLS error: a self-signed certificate is refused (made here with openssl)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kasir-tls-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
      '-subj', '/CN=localhost', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    let hits = 0;
    const server = createHttpsServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (_req, res) => {
      hits += 1;
      res.end();
    });
    const port = await listen(server);
    const result = await run({ baseUrl: `https://localhost:${port}/indonesia-pay`, merchantNo: '8729248847', secret: WRONG_SECRET, saltComposition: 'append' });
    expect(result).toEqual({ kind: 'tls', host: `localhost:${port}`, detail: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    expect(hits).toBe(0);
  });

  it('an HTML page is not a Paypro answer, and no composition trial follows', async () => {
    const peer = await httpPeer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><html><body><h1>Welcome to nginx!</h1></body></html>');
    });
    const result = await run({ baseUrl: peer.baseUrl, merchantNo: '8729248847', secret: WRONG_SECRET, saltComposition: 'append' });
    expect(result).toMatchObject({ kind: 'notPaypro', host: new URL(peer.baseUrl).host });
    expect(peer.hits()).toBe(1);
  });

  it('an HTML 404 (a wrong path behind a web server) is not a Paypro answer either', async () => {
    const peer = await httpPeer((_req, res) => {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<html><body>Not Found</body></html>');
    });
    const result = await run({ baseUrl: peer.baseUrl, merchantNo: '8729248847', secret: WRONG_SECRET, saltComposition: 'append' });
    expect(result).toMatchObject({ kind: 'notPaypro', detail: 'HTTP 404 without a Paypro answer' });
  });

  it('a refusal it does not recognise is still tried under every composition, then shown with its code and message, secret masked', async () => {
    const peer = await httpPeer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: '8001', msg: `illegal request (key ${WRONG_SECRET})`, success: false, timestamp: Date.now() }));
    });
    const result = await run({ baseUrl: peer.baseUrl, merchantNo: '8729248847', secret: WRONG_SECRET, saltComposition: 'append' });
    expect(result).toEqual({ kind: 'refused', code: '8001', message: 'illegal request (key [secret])', tried: ['append', 'prepend', 'ampersandKey'] });
    expect(peer.hits()).toBe(3);
  });
});

describe('Test connection input checks', () => {
  it('answers values that cannot be tried with the field, without any request', async () => {
    const base = { baseUrl: 'http://127.0.0.1:9/indonesia-pay', merchantNo: '8729248847', secret: WRONG_SECRET, saltComposition: 'append' } as const;
    expect(await run({ ...base, baseUrl: 'openapi-test.paypro.tech' })).toMatchObject({ kind: 'invalid', field: 'baseUrl' });
    expect(await run({ ...base, baseUrl: 'ftp://127.0.0.1/' })).toMatchObject({ kind: 'invalid', field: 'baseUrl' });
    expect(await run({ ...base, merchantNo: '87292488' })).toMatchObject({ kind: 'invalid', field: 'merchantNo' });
    expect(await testConnection({ ...base, secret: '' })).toMatchObject({ kind: 'invalid', field: 'secret' });
  });
});
