import { inspect } from 'node:util';
import { spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';
import type { Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseQris } from '../../shared/qris/emv.ts';
import { PayproClient } from '../../electron/paypro/client.ts';
import type { Simulator } from '../../electron/simulator/index.ts';
import { startSimulator } from '../../electron/simulator/index.ts';

/** The real client against the real simulator over loopback HTTP: every outcome, every fault switch. */
let sim: Simulator;
let client: PayproClient;
let counter = 0;
const tradeNo = (): string => `itest${Date.now()}${counter++}`;
const payer = { username: 'Pelanggan', mobile: '081234567890', email: 'pelanggan@example.com' };
const notifyUrl = (): string => `${sim.controlUrl}/notify-sink`;
const qris = (no: string, amount = 25_000) => client.payIn({ tradeNo: no, amount, channelCode: 'QRIS', notifyUrl: notifyUrl(), ...payer });

beforeAll(async () => {
  sim = await startSimulator({ timeScale: 0.001 });
  client = new PayproClient({ baseUrl: sim.baseUrl, merchantNo: sim.merchantNo, secret: sim.secret, totalTimeoutMs: 1_500, connectTimeoutMs: 1_000 });
});
afterEach(() => sim.setFaults(undefined));
afterAll(async () => sim.close());

describe('Paypro client ↔ simulator', () => {
  it('creates a QRIS order whose qrString is a valid QRIS payload for the amount', async () => {
    const no = tradeNo();
    const outcome = await qris(no);
    expect(outcome.kind).toBe('accepted');
    if (outcome.kind !== 'accepted') return;
    expect(outcome.value).toMatchObject({ tradeNo: no, status: '0015' });
    expect(outcome.value.qrString).toBe(sim.order(no)?.qrString);
    expect(parseQris(outcome.value.qrString ?? '')).toMatchObject({ ok: true, value: { amount: 25_000 } });
  });

  it('creates a VA order and reads its number', async () => {
    const no = tradeNo();
    const outcome = await client.payIn({ tradeNo: no, amount: 150_000, channelCode: 'VA', notifyUrl: notifyUrl(), ...payer });
    expect(outcome.kind === 'accepted' && outcome.value.vaNumber).toBe(sim.order(no)?.vaNumber);
  });

  it('follows an order to paid and to partial through queryPayInResult', async () => {
    const paid = tradeNo();
    const partial = tradeNo();
    await qris(paid);
    await qris(partial, 40_000);
    expect(await client.queryPayInResult(paid)).toMatchObject({ kind: 'accepted', value: { status: '0015' } });
    sim.settle(paid, 'paid');
    sim.settle(partial, 'partial', { payAmount: 15_000 });
    expect(await client.queryPayInResult(paid)).toMatchObject({ kind: 'accepted', value: { status: '0000', payAmount: 25_000, orderAmount: 25_000 } });
    expect(await client.queryPayInResult(partial)).toMatchObject({ kind: 'accepted', value: { status: '0001', payAmount: 15_000 } });
  });

  it('creates a payment link and reads the balance (availablAmount spelling)', async () => {
    const link = await client.paymentLink({ tradeNo: tradeNo(), amount: 30_000, notifyUrl: notifyUrl(), ...payer });
    expect(link.kind === 'accepted' && link.value.paymentUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    const balance = await client.queryBalance();
    expect(balance.kind).toBe('accepted');
    expect(balance.kind === 'accepted' && typeof balance.value.unsettledAmount).toBe('number');
    expect(balance.kind === 'accepted' && typeof balance.value.availableAmount).toBe('number');
  });

  it('reports gateway rejections with code and message', async () => {
    const no = tradeNo();
    await qris(no);
    expect(await qris(no)).toMatchObject({ kind: 'rejected', code: '8000' });
    expect(await qris(tradeNo(), 9_999)).toMatchObject({ kind: 'rejected', code: '8000', message: expect.stringMatching(/amount/i) });
    expect(await client.queryPayInResult('no_such_order')).toMatchObject({ kind: 'rejected', code: '8000' });
  });

  it('a wrongly signed request is refused by the simulator and reported clearly', async () => {
    const forger = new PayproClient({ baseUrl: sim.baseUrl, merchantNo: sim.merchantNo, secret: 'not-the-secret' });
    const no = tradeNo();
    const outcome = await forger.payIn({ tradeNo: no, amount: 25_000, channelCode: 'QRIS', notifyUrl: notifyUrl(), ...payer });
    expect(outcome).toMatchObject({ kind: 'rejected', code: '8000', message: expect.stringMatching(/sign/i) });
    expect(sim.order(no)).toBeUndefined();
    const wrongComposition = new PayproClient({ baseUrl: sim.baseUrl, merchantNo: sim.merchantNo, secret: sim.secret, saltComposition: 'prepend' });
    expect(await wrongComposition.queryBalance()).toMatchObject({ kind: 'rejected', message: expect.stringMatching(/sign/i) });
    const wrongMerchant = new PayproClient({ baseUrl: sim.baseUrl, merchantNo: '1111111111', secret: sim.secret });
    expect(await wrongMerchant.queryBalance()).toMatchObject({ kind: 'rejected', code: '8000', message: expect.stringMatching(/merchant/i) });
  });

  it('never sends the secret and never logs it', async () => {
    const logged: string[] = [];
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => { logged.push(args.map(String).join(' ')); });
    }
    await qris(tradeNo());
    await client.queryBalance();
    expect(logged.join('\n')).not.toContain(sim.secret);
    expect(JSON.stringify(client)).not.toContain(sim.secret);
    expect(inspect(client, { depth: 5, showHidden: true })).not.toContain(sim.secret);
  });
});

/** The faults the simulator applied to the last payIn it saw: proof that a fault test tested its fault. */
const lastPayInFaults = () => sim.requests().findLast((entry) => entry.endpoint === 'payIn')?.faults;

describe('Paypro client: every fault ends in the right typed result, and unknown outcomes resolve by query', () => {
  it('added latency inside the deadline is still accepted', async () => {
    sim.setFaults({ latencyMs: 200, remaining: 1 });
    expect((await qris(tradeNo())).kind).toBe('accepted');
    expect(lastPayInFaults()).toEqual(['latency']);
  });

  it('latency past the deadline is an unknown outcome (timeout), and the order is found by query', async () => {
    const no = tradeNo();
    sim.setFaults({ latencyMs: 3_000, endpoints: ['payIn'], remaining: 1 });
    expect(await qris(no)).toMatchObject({ kind: 'unknown', reason: 'timeout' });
    expect(await client.queryPayInResult(no)).toMatchObject({ kind: 'accepted', value: { tradeNo: no, status: '0015' } });
    expect(lastPayInFaults()).toEqual(['latency']);
  });

  it('a dropped connection is unknown (connection-lost); the order exists', async () => {
    const no = tradeNo();
    sim.setFaults({ drop: true, endpoints: ['payIn'], remaining: 1 });
    expect(await qris(no)).toMatchObject({ kind: 'unknown', reason: 'connection-lost' });
    expect(lastPayInFaults()).toEqual(['drop']);
    expect(await client.queryPayInResult(no)).toMatchObject({ kind: 'accepted', value: { tradeNo: no } });
  });

  it('a 5xx is unknown (http-error); the query says no order was made', async () => {
    const no = tradeNo();
    sim.setFaults({ http5xx: true, endpoints: ['payIn'], remaining: 1 });
    expect(await qris(no)).toMatchObject({ kind: 'unknown', reason: 'http-error', detail: 'HTTP 502' });
    expect(lastPayInFaults()).toEqual(['http5xx']);
    expect(await client.queryPayInResult(no)).toMatchObject({ kind: 'rejected', code: '8000' });
  });

  it('malformed JSON is unknown (malformed); the order exists', async () => {
    const no = tradeNo();
    sim.setFaults({ malformedJson: true, endpoints: ['payIn'], remaining: 1 });
    expect(await qris(no)).toMatchObject({ kind: 'unknown', reason: 'malformed' });
    expect(lastPayInFaults()).toEqual(['malformedJson']);
    expect(await client.queryPayInResult(no)).toMatchObject({ kind: 'accepted', value: { tradeNo: no } });
  });

  it('"accept but never answer" is unknown (timeout); the order exists and can be paid', async () => {
    const no = tradeNo();
    sim.setFaults({ blackhole: true, endpoints: ['payIn'], remaining: 1 });
    expect(await qris(no)).toMatchObject({ kind: 'unknown', reason: 'timeout' });
    sim.settle(no, 'paid');
    expect(lastPayInFaults()).toEqual(['blackhole']);
    expect(await client.queryPayInResult(no)).toMatchObject({ kind: 'accepted', value: { status: '0000' } });
  });

  it('outer code 5000 (system error) is unknown (system-error); the order exists', async () => {
    const no = tradeNo();
    sim.setFaults({ systemError: true, endpoints: ['payIn'], remaining: 1 });
    expect(await qris(no)).toMatchObject({ kind: 'unknown', reason: 'system-error' });
    expect(lastPayInFaults()).toEqual(['systemError']);
    expect(await client.queryPayInResult(no)).toMatchObject({ kind: 'accepted', value: { tradeNo: no } });
  });

  it('a gateway nobody listens on is not-sent: the request cannot have arrived', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    const offline = new PayproClient({ baseUrl: `http://127.0.0.1:${port}/indonesia-pay`, merchantNo: sim.merchantNo, secret: sim.secret });
    expect(await offline.queryBalance()).toMatchObject({ kind: 'not-sent', detail: 'ECONNREFUSED' });
  });

  it('a gateway that never completes the TCP handshake hits the connect deadline: not-sent', async () => {
    // A listener whose process is frozen never accepts; once its small accept queue is full, the kernel drops
    // further SYNs, so a connect neither succeeds nor fails: exactly a gateway that does not answer.
    const frozen = spawn(process.execPath, ['-e', `
      require('node:net').createServer().listen({ port: 0, host: '127.0.0.1', backlog: 1 }, function () {
        console.log(this.address().port);
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 15000);
      });`]);
    const fillers: Socket[] = [];
    try {
      const port = await new Promise<number>((resolve) => frozen.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim()))));
      for (let i = 0; i < 4; i++) fillers.push(connect(port, '127.0.0.1').on('error', () => {}));
      await new Promise((resolve) => setTimeout(resolve, 200));
      const stalled = new PayproClient({ baseUrl: `http://127.0.0.1:${port}/indonesia-pay`, merchantNo: sim.merchantNo, secret: sim.secret, connectTimeoutMs: 300, totalTimeoutMs: 5_000 });
      expect(await stalled.queryBalance()).toMatchObject({ kind: 'not-sent', detail: 'no connection within 300 ms' });
    } finally {
      for (const socket of fillers) socket.destroy();
      frozen.kill('SIGKILL');
    }
  });

  it('reads amounts sent as strings ("25000.00")', async () => {
    const quirky = await startSimulator({ numbersAsStrings: true });
    try {
      const quirkyClient = new PayproClient({ baseUrl: quirky.baseUrl, merchantNo: quirky.merchantNo, secret: quirky.secret });
      const no = tradeNo();
      await quirkyClient.payIn({ tradeNo: no, amount: 25_000, channelCode: 'QRIS', notifyUrl: `${quirky.controlUrl}/notify-sink`, ...payer });
      quirky.settle(no, 'paid');
      expect(await quirkyClient.queryPayInResult(no)).toMatchObject({ kind: 'accepted', value: { payAmount: 25_000, orderAmount: 25_000 } });
    } finally {
      await quirky.close();
    }
  });
});
