import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator } from '../../electron/simulator/index.ts';
import type { Simulator } from '../../electron/simulator/index.ts';
import { call, dataOf, payInFields } from '../support/simulator-client.ts';

/** Fault switches, observed the way the app's client would observe them: at the HTTP level. */
let sim: Simulator;
let sink: string;

beforeAll(async () => {
  sim = await startSimulator();
  sink = `${sim.controlUrl}/notify-sink`;
});
beforeEach(() => sim.setFaults(undefined));
afterAll(() => sim.close());

describe('fault switches', () => {
  it('latencyMs delays the answer', async () => {
    sim.setFaults({ latencyMs: 300 });
    const started = performance.now();
    const result = await call(sim, 'queryBalance', {});
    expect(performance.now() - started).toBeGreaterThanOrEqual(250);
    expect(result.envelope?.code).toBe('0000');
    expect(sim.requests().at(-1)?.faults).toEqual(['latency']);
  });

  it('drop creates the order, then cuts the connection without an answer', async () => {
    sim.setFaults({ drop: true });
    const fields = payInFields(sink);
    await expect(call(sim, 'payIn', fields)).rejects.toThrow();
    expect(sim.order(String(fields['tradeNo']))?.status).toBe('0015');
  });

  it('http5xx answers 502 with an HTML page and creates nothing', async () => {
    sim.setFaults({ http5xx: true });
    const fields = payInFields(sink);
    const result = await call(sim, 'payIn', fields);
    expect(result.status).toBe(502);
    expect(result.text).toMatch(/^<html>/);
    expect(result.envelope).toBeUndefined();
    expect(sim.order(String(fields['tradeNo']))).toBeUndefined();
    expect(sim.requests().at(-1)).toMatchObject({ endpoint: 'payIn', outerCode: 'HTTP 502', faults: ['http5xx'] });
  });

  it('malformedJson creates the order and answers 200 with a body that does not parse', async () => {
    sim.setFaults({ malformedJson: true });
    const fields = payInFields(sink);
    const result = await call(sim, 'payIn', fields);
    expect(result.status).toBe(200);
    expect(result.text.length).toBeGreaterThan(0);
    expect(() => JSON.parse(result.text)).toThrow();
    expect(sim.order(String(fields['tradeNo']))?.status).toBe('0015');
  });

  it('blackhole creates the order and never answers', async () => {
    sim.setFaults({ blackhole: true });
    const fields = payInFields(sink);
    await expect(call(sim, 'payIn', fields, { signal: AbortSignal.timeout(300) })).rejects.toThrow(/abort|timeout/i);
    expect(sim.order(String(fields['tradeNo']))?.status).toBe('0015');
    sim.setFaults(undefined);
    // The reconciling query the app would send next is answered normally.
    expect(dataOf(await call(sim, 'queryPayInResult', { tradeNo: fields['tradeNo'] }))['status']).toBe('0015');
  });

  it('systemError creates the order and answers outer code 5000 (outcome unknown)', async () => {
    sim.setFaults({ systemError: true, remaining: 1 });
    const fields = payInFields(sink);
    const result = await call(sim, 'payIn', fields);
    expect(result.status).toBe(200);
    expect(result.envelope).toMatchObject({ code: '5000', success: false });
    expect(sim.order(String(fields['tradeNo']))?.status).toBe('0015');
    expect(sim.requests().at(-1)).toMatchObject({ outerCode: '5000', faults: ['systemError'] });
  });

  it('notFound refuses a query for an existing order with 8000, without looking it up', async () => {
    const fields = payInFields(sink);
    await call(sim, 'payIn', fields);
    sim.setFaults({ notFound: true, endpoints: ['queryPayInResult'], remaining: 1 });
    const refused = await call(sim, 'queryPayInResult', { tradeNo: fields['tradeNo'] });
    expect(refused.envelope).toMatchObject({ code: '8000', msg: 'order not found', success: false });
    expect(sim.requests().at(-1)).toMatchObject({ endpoint: 'queryPayInResult', outerCode: '8000', faults: ['notFound'] });
    expect(dataOf(await call(sim, 'queryPayInResult', { tradeNo: fields['tradeNo'] }))['status']).toBe('0015');
  });

  it('tooManyRequests answers HTTP 429 with no envelope and creates nothing', async () => {
    sim.setFaults({ tooManyRequests: true, remaining: 1 });
    const fields = payInFields(sink);
    const result = await call(sim, 'payIn', fields);
    expect(result.status).toBe(429);
    expect(result.envelope).toBeUndefined();
    expect(sim.order(String(fields['tradeNo']))).toBeUndefined();
    expect(sim.requests().at(-1)).toMatchObject({ endpoint: 'payIn', outerCode: 'HTTP 429', faults: ['tooManyRequests'] });
  });

  it('remaining applies the fault to the next N matching requests, then clears it', async () => {
    sim.setFaults({ http5xx: true, remaining: 2 });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await call(sim, 'queryBalance', {})).status);
    expect(statuses).toEqual([502, 502, 200, 200]);
  });

  it('endpoints restricts the fault, and non-matching requests do not use up remaining', async () => {
    sim.setFaults({ http5xx: true, endpoints: ['payIn'], remaining: 1 });
    expect((await call(sim, 'queryBalance', {})).status).toBe(200);
    const fields = payInFields(sink);
    expect((await call(sim, 'queryPayInResult', { tradeNo: 'x' })).status).toBe(200);
    expect((await call(sim, 'payIn', fields)).status).toBe(502);
    expect((await call(sim, 'payIn', fields)).status).toBe(200);
  });

  it('faults also hit requests the gateway rejects, like a real broken proxy would', async () => {
    sim.setFaults({ http5xx: true, remaining: 1 });
    expect((await call(sim, 'queryBalance', {}, { merchantNo: 'wrong' })).status).toBe(502);
  });

  it('setFaults refuses invalid settings', () => {
    expect(() => sim.setFaults({ latencyMs: -5 })).toThrow(/latencyMs/);
    expect(() => sim.setFaults({ remaining: 0 })).toThrow(/remaining/);
  });
});
