import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { RETRY_LADDER_MS, startSimulator } from '../../electron/simulator/index.ts';
import type { Simulator } from '../../electron/simulator/index.ts';
import { verifySignedFields } from '../../electron/paypro/sign.ts';
import { call, dataOf, payInFields, waitFor } from '../support/simulator-client.ts';

/** A merchant endpoint on loopback that answers from a script and records what it received. */
interface Receiver {
  readonly url: string;
  readonly bodies: Record<string, string>[];
  close(): Promise<void>;
}

async function startReceiver(answers: readonly string[], fallback = 'OK'): Promise<Receiver> {
  const bodies: Record<string, string>[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      bodies.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, string>);
      res.end(answers[bodies.length - 1] ?? fallback);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/paypro/notify`,
    bodies,
    close: () => new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function simulator(timeScale: number): Promise<Simulator> {
  const sim = await startSimulator({ timeScale });
  cleanups.push(() => sim.close());
  return sim;
}

async function receiver(answers: readonly string[], fallback?: string): Promise<Receiver> {
  const started = await startReceiver(answers, fallback);
  cleanups.push(() => started.close());
  return started;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('notify callbacks', () => {
  it('retries until the merchant answers exactly OK, with correctly signed payloads', async () => {
    const sim = await simulator(0.001);
    const merchant = await receiver(['nope', 'nope', 'OK']);
    const fields = payInFields(merchant.url, { wayCode: 'QRIS' });
    const created = dataOf(await call(sim, 'payIn', fields));
    sim.settle(String(fields['tradeNo']), 'paid');

    const attempts = await waitFor(() => {
      const list = sim.notifications();
      return list.some((attempt) => attempt.delivered) ? list : undefined;
    });
    await sleep(100);
    expect(sim.notifications()).toHaveLength(3);
    expect(attempts.map((attempt) => [attempt.attempt, attempt.delivered, attempt.responseBody])).toEqual([
      [1, false, 'nope'],
      [2, false, 'nope'],
      [3, true, 'OK'],
    ]);
    expect(merchant.bodies).toHaveLength(3);
    for (const [index, body] of merchant.bodies.entries()) {
      expect(verifySignedFields(body, sim.secret)).toBe(true);
      expect(body).toEqual(attempts[index]?.payload);
    }
    const payload = merchant.bodies[0] ?? {};
    expect(Object.keys(payload).sort()).toEqual(
      ['amount', 'channelCode', 'message', 'platFormTradeNo', 'sign', 'status', 'successTime', 'timestamp', 'tradeNo', 'wayCode'],
    );
    expect(payload).toMatchObject({
      platFormTradeNo: created['platFormTradeNo'],
      tradeNo: fields['tradeNo'],
      amount: '25000',
      status: '0000',
      message: 'SUCCESS',
      channelCode: 'QRIS',
      wayCode: 'QRIS',
    });
    expect(payload['successTime']).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(payload['timestamp']).toMatch(/^\d{13}$/);
    for (const value of Object.values(payload)) expect(typeof value).toBe('string');
  });

  it('counts only a body of exactly OK as delivered', async () => {
    const sim = await simulator(0.001);
    const merchant = await receiver(['ok', 'OK\n', ' OK', '"OK"', 'OK']);
    const fields = payInFields(merchant.url);
    await call(sim, 'payIn', fields);
    sim.settle(String(fields['tradeNo']), 'paid');
    await waitFor(() => (sim.notifications().some((attempt) => attempt.delivered) ? true : undefined));
    expect(sim.notifications().map((attempt) => attempt.delivered)).toEqual([false, false, false, false, true]);
  });

  it('reports a partial payment with the paid amount, and a failure without successTime', async () => {
    const sim = await simulator(0.001);
    const merchant = await receiver([]);
    const partial = payInFields(merchant.url, { channelCode: 'VA' });
    const expired = payInFields(merchant.url, { channelCode: 'EWALLET', wayCode: 'DANA' });
    await call(sim, 'payIn', partial);
    await call(sim, 'payIn', expired);
    sim.settle(String(partial['tradeNo']), 'partial', { payAmount: 7_000 });
    sim.settle(String(expired['tradeNo']), 'expired');
    await waitFor(() => (merchant.bodies.length === 2 ? true : undefined));
    const byTradeNo = new Map(merchant.bodies.map((body) => [body['tradeNo'], body]));
    expect(byTradeNo.get(String(partial['tradeNo']))).toMatchObject({ amount: '7000', status: '0001', channelCode: 'VA' });
    expect(byTradeNo.get(String(partial['tradeNo']))).not.toHaveProperty('wayCode');
    const failure = byTradeNo.get(String(expired['tradeNo']));
    expect(failure).toMatchObject({ amount: '0', status: '00029', message: 'Collection order timed out without payment', wayCode: 'DANA' });
    expect(failure).not.toHaveProperty('successTime');
    for (const body of merchant.bodies) expect(verifySignedFields(body, sim.secret)).toBe(true);
  });

  it('gives up after the eight retries of the ladder', async () => {
    expect(RETRY_LADDER_MS).toEqual([2_000, 5_000, 10_000, 30_000, 3_600_000, 10_800_000, 10_800_000, 10_800_000]);
    // 0.00001 turns the 24-hour ladder into about 0.4 s.
    const sim = await simulator(0.00001);
    const merchant = await receiver([], 'FAIL');
    const fields = payInFields(merchant.url);
    await call(sim, 'payIn', fields);
    sim.settle(String(fields['tradeNo']), 'failed');
    await waitFor(() => (sim.notifications().length >= 9 ? true : undefined), 5_000);
    await sleep(200);
    expect(sim.notifications().map((attempt) => attempt.attempt)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(sim.notifications().every((attempt) => !attempt.delivered)).toBe(true);
    expect(merchant.bodies).toHaveLength(9);
  });

  it('records an unreachable merchant as a failed attempt and retries', async () => {
    const sim = await simulator(0.001);
    const merchant = await startReceiver([]);
    const url = merchant.url;
    await merchant.close();
    const fields = payInFields(url);
    await call(sim, 'payIn', fields);
    sim.settle(String(fields['tradeNo']), 'paid');
    const failures = await waitFor(() => (sim.notifications().length >= 2 ? sim.notifications() : undefined));
    expect(failures[0]).toMatchObject({ delivered: false, attempt: 1, error: expect.stringMatching(/ECONNREFUSED/) });
  });

  it.each([
    ['a public host', 'http://example.com/paypro/notify'],
    ['a private address', 'http://192.168.1.10:8080/notify'],
    ['https', 'https://127.0.0.1:9/notify'],
  ])('never contacts %s: the callback is recorded as skipped', async (_name, notifyUrl) => {
    const sim = await simulator(0.001);
    const fields = payInFields(notifyUrl);
    dataOf(await call(sim, 'payIn', fields));
    sim.settle(String(fields['tradeNo']), 'paid');
    await sleep(50);
    const attempts = sim.notifications();
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ tradeNo: fields['tradeNo'], url: notifyUrl, attempt: 1, delivered: false, skipped: expect.any(String) });
    expect(verifySignedFields(attempts[0]?.payload ?? {}, sim.secret)).toBe(true);
  });

  it('stops retrying when the simulator closes', async () => {
    // First retry due 500 ms after the first attempt; close() comes long before that.
    const sim = await startSimulator({ timeScale: 0.25 });
    const merchant = await receiver([], 'busy');
    const fields = payInFields(merchant.url);
    await call(sim, 'payIn', fields);
    sim.settle(String(fields['tradeNo']), 'paid');
    await waitFor(() => (merchant.bodies.length === 1 ? true : undefined));
    await sim.close();
    await sleep(700);
    expect(merchant.bodies).toHaveLength(1);
  });

  it('is also exposed through GET /__sim/notifications', async () => {
    const sim = await simulator(0.001);
    const fields = payInFields(`${sim.controlUrl}/notify-sink`);
    await call(sim, 'payIn', fields);
    sim.settle(String(fields['tradeNo']), 'paid');
    await waitFor(() => (sim.notifications().length === 1 ? true : undefined));
    const listed: unknown = await (await fetch(`${sim.controlUrl}/notifications`)).json();
    expect(listed).toEqual([expect.objectContaining({ tradeNo: fields['tradeNo'], delivered: true, responseBody: 'OK', httpStatus: 200 })]);
  });
});
