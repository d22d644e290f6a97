import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../../electron/simulator/index.ts';
import type { SettleOutcome, Simulator } from '../../electron/simulator/index.ts';
import { call, dataOf, payInFields, waitFor } from '../support/simulator-client.ts';

let sim: Simulator;
let sink: string;

beforeAll(async () => {
  sim = await startSimulator();
  sink = `${sim.controlUrl}/notify-sink`;
});
afterAll(() => sim.close());

async function createOrder(target: Simulator = sim, overrides: Record<string, string | number> = {}): Promise<string> {
  const fields = payInFields(`${target.controlUrl}/notify-sink`, overrides);
  dataOf(await call(target, 'payIn', fields));
  return String(fields['tradeNo']);
}

async function query(tradeNo: string, target: Simulator = sim): Promise<Record<string, unknown>> {
  return dataOf(await call(target, 'queryPayInResult', { tradeNo }));
}

async function control(path: string, init: RequestInit = {}): Promise<{ status: number; json: unknown; text: string }> {
  const response = await fetch(`${sim.controlUrl}${path}`, { redirect: 'manual', ...init });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text };
}

describe('settle()', () => {
  const expectations: [SettleOutcome, string, number, string][] = [
    ['paid', '0000', 25_000, 'SUCCESS'],
    ['partial', '0001', 12_500, 'Partial payment'],
    ['expired', '00029', 0, 'Collection order timed out without payment'],
    ['failed', '00032', 0, 'UNKNOWN_ERROR'],
  ];

  it.each(expectations)('%s → queryPayInResult shows status %s and payAmount %d', async (outcome, status, payAmount, message) => {
    const tradeNo = await createOrder();
    const settled = sim.settle(tradeNo, outcome);
    expect(settled).toMatchObject({ status, payAmount, message });
    expect(settled.settledAt).toBeTypeOf('number');
    expect(await query(tradeNo)).toMatchObject({ status, payAmount, orderAmount: 25_000, message });
  });

  it('rounds a default partial payment down to whole rupiah and accepts an explicit payAmount', async () => {
    const odd = await createOrder(sim, { amount: 25_001 });
    expect(sim.settle(odd, 'partial').payAmount).toBe(12_500);
    const explicit = await createOrder();
    expect(sim.settle(explicit, 'partial', { payAmount: 24_000 }).payAmount).toBe(24_000);
  });

  it('throws on an unknown order, a final order and a nonsensical payAmount', async () => {
    expect(() => sim.settle('no-such-order', 'paid')).toThrow(/not found/);
    const tradeNo = await createOrder();
    expect(() => sim.settle(tradeNo, 'partial', { payAmount: 25_000 })).toThrow(/payAmount/);
    expect(() => sim.settle(tradeNo, 'failed', { payAmount: 1 })).toThrow(/payAmount/);
    expect(sim.order(tradeNo)?.status).toBe('0015');
    sim.settle(tradeNo, 'paid');
    expect(() => sim.settle(tradeNo, 'failed')).toThrow(/already final/);
    expect(sim.order(tradeNo)?.status).toBe('0000');
  });

  it('hands out copies, so callers cannot change the ledger', async () => {
    const tradeNo = await createOrder();
    const copy = sim.order(tradeNo);
    if (!copy) throw new Error('order missing');
    copy.status = '0000';
    const fromLedger = sim.ledger().find((order) => order.tradeNo === tradeNo);
    if (fromLedger) fromLedger.amount = 1;
    expect(sim.order(tradeNo)).toMatchObject({ status: '0015', amount: 25_000 });
  });
});

describe('scripted outcomes', () => {
  it('settles every new order after autoSettle.afterMs', async () => {
    const auto = await startSimulator({ autoSettle: { afterMs: 50, outcome: 'partial' } });
    try {
      const tradeNo = await createOrder(auto);
      expect((await query(tradeNo, auto))['status']).toBe('0015');
      const settled = await waitFor(() => (auto.order(tradeNo)?.status === '0001' ? auto.order(tradeNo) : undefined));
      expect(settled.payAmount).toBe(12_500);
    } finally {
      await auto.close();
    }
  });

  it('expires pending orders after orderTtlMs, by timer and on read', async () => {
    const short = await startSimulator({ orderTtlMs: 80 });
    try {
      const tradeNo = await createOrder(short);
      expect((await query(tradeNo, short))['status']).toBe('0015');
      // The expiry notify proves the timer fired on its own, before anything read the order again.
      const notice = await waitFor(() => short.notifications().find((attempt) => attempt.tradeNo === tradeNo && attempt.delivered));
      expect(notice.payload['status']).toBe('00029');
      expect(await query(tradeNo, short)).toMatchObject({ status: '00029', payAmount: 0, message: 'Collection order timed out without payment' });
      expect(() => short.settle(tradeNo, 'paid')).toThrow(/already final/);
    } finally {
      await short.close();
    }
  });
});

describe('control API', () => {
  it('lists the ledger and one order', async () => {
    const tradeNo = await createOrder();
    const ledger = await control('/ledger');
    expect(ledger.status).toBe(200);
    expect(ledger.json).toEqual(expect.arrayContaining([expect.objectContaining({ tradeNo, status: '0015' })]));
    expect((await control(`/orders/${tradeNo}`)).json).toMatchObject({ tradeNo, amount: 25_000, kind: 'payIn' });
    expect((await control('/orders/nope')).status).toBe(404);
  });

  it('settles by JSON and answers bad input with 400, unknown with 404, final with 409', async () => {
    const tradeNo = await createOrder();
    const post = (body: string, id = tradeNo) =>
      control(`/orders/${id}/settle`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    for (const bad of ['{"outcome":"refunded"}', 'nope', '{"outcome":"partial","payAmount":"lots"}', '[]']) {
      const answer = await post(bad);
      expect(answer.status).toBe(400);
      expect(answer.json).toMatchObject({ error: expect.any(String) });
    }
    expect((await post('{"outcome":"partial","payAmount":30000}')).status).toBe(400);
    expect((await post('{"outcome":"paid"}', 'unknown-order')).status).toBe(404);
    const settled = await post('{"outcome":"partial","payAmount":5000}');
    expect(settled.status).toBe(200);
    expect(settled.json).toMatchObject({ status: '0001', payAmount: 5_000 });
    expect((await post('{"outcome":"paid"}')).status).toBe(409);
  });

  it('settles from the cashier page form and redirects back to it', async () => {
    const tradeNo = await createOrder();
    const platFormTradeNo = sim.order(tradeNo)?.platFormTradeNo ?? '';
    const answer = await control(`/orders/${tradeNo}/settle`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'outcome=paid',
    });
    expect(answer.status).toBe(303);
    expect(sim.order(tradeNo)?.status).toBe('0000');
    const page = await control(`/pay/${platFormTradeNo}`);
    expect(page.text).toContain('This order is final');
    expect(page.text).not.toContain('<button');
    expect((await control('/pay/0000000000000000')).status).toBe(404);
  });

  it('sets and clears faults, refusing bad settings with 400', async () => {
    const put = (body: string) => control('/faults', { method: 'PUT', headers: { 'content-type': 'application/json' }, body });
    for (const bad of ['{"drop":"yes"}', '{"endpoints":["payOut"]}', '{"latencyMs":-1}', '{"remaining":0}', '{"teleport":true}', 'x']) {
      const answer = await put(bad);
      expect(answer.status, bad).toBe(400);
      expect(answer.json).toMatchObject({ error: expect.any(String) });
    }
    expect((await put('{"http5xx":true,"endpoints":["queryBalance"]}')).json).toEqual({ faults: { http5xx: true, endpoints: ['queryBalance'] } });
    expect((await call(sim, 'queryBalance', {})).status).toBe(502);
    expect((await put('{}')).json).toEqual({ faults: {} });
    expect((await call(sim, 'queryBalance', {})).status).toBe(200);
  });

  it('offers a notify sink that answers OK, and reports 404/405 for wrong routes', async () => {
    const sinkAnswer = await fetch(sink, { method: 'POST', body: '{"status":"0000"}' });
    expect(await sinkAnswer.text()).toBe('OK');
    expect((await control('/notify-sink')).status).toBe(405);
    expect((await control('/nothing-here')).status).toBe(404);
    expect((await control('/ledger', { method: 'DELETE' })).status).toBe(405);
  });
});
