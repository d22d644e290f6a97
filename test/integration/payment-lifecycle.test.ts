import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Harness } from '../support/payment-harness.ts';
import { startHarness, started } from '../support/payment-harness.ts';

/** Cancel, expiry, late payments, partial payments and "check now", against the real simulator and journal. */
let h: Harness;

beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
  expect(h.bugs, 'the core reported bugs').toEqual([]);
});

const queriesFor = (tradeNo: string) => h.sim.requests().filter((entry) => entry.endpoint === 'queryPayInResult' && entry.tradeNo === tradeNo).length;

describe('cancel', () => {
  it('asks the gateway once more, lets the payment go, and keeps watching it: a late payment is flagged', async () => {
    const payment = started(await h.service.start(25_000, 'QRIS'));
    const before = queriesFor(payment.tradeNo);
    const cancelled = await h.service.cancel(payment.tradeNo);
    expect(cancelled).toMatchObject({ ok: true, value: { state: 'cancelled', cancelledAt: expect.any(Number), dismissedAt: expect.any(Number) } });
    expect(queriesFor(payment.tradeNo), 'one immediate status check before the cancel').toBeGreaterThan(before);
    expect(h.service.counter()).toBeUndefined();
    expect(started(await h.service.start(30_000, 'VA')).state, 'the counter is free again').toBe('awaiting');

    h.sim.settle(payment.tradeNo, 'paid');
    const late = await h.until(payment.tradeNo, (p) => p.state === 'paid');
    expect(late).toMatchObject({ lateAfter: 'cancelled', paidAmount: 25_000 });
    expect(h.service.late().map((p) => p.tradeNo)).toEqual([payment.tradeNo]);
    expect(await h.service.acknowledge(payment.tradeNo)).toMatchObject({ ok: true, value: { acknowledgedAt: expect.any(Number) } });
    expect(h.service.late()).toEqual([]);
    expect(await h.service.acknowledge(payment.tradeNo)).toMatchObject({ ok: false, code: 'NOT_LATE' });
  });

  it('the immediate check finds the customer already paid: no cancel, LUNAS', async () => {
    const payment = started(await h.service.start(25_000, 'QRIS'));
    h.sim.setFaults({ latencyMs: 150, endpoints: ['queryPayInResult'] });
    h.sim.settle(payment.tradeNo, 'paid');
    expect(await h.service.cancel(payment.tradeNo)).toMatchObject({ ok: true, value: { state: 'paid', lateAfter: undefined, cancelledAt: undefined } });
  });

  it('when the immediate check gets no answer, the cancelled payment stays on screen as "not sure yet"', async () => {
    const payment = started(await h.service.start(25_000, 'QRIS'));
    h.sim.setFaults({ http5xx: true, endpoints: ['queryPayInResult'] });
    const cancelled = await h.service.cancel(payment.tradeNo);
    expect(cancelled).toMatchObject({ ok: true, value: { state: 'cancelled', dismissedAt: undefined } });
    expect(h.service.counter()?.tradeNo).toBe(payment.tradeNo);
    expect(await h.service.start(25_000, 'QRIS'), 'it no longer holds the counter').toMatchObject({ ok: true });
  });

  it('while the order is still being created: at once, and the late payIn answer is kept', async () => {
    h.sim.setFaults({ latencyMs: 300, endpoints: ['payIn'] });
    const starting = h.service.start(25_000, 'QRIS');
    const tradeNo = await waitForFirst();
    expect(h.service.counter()).toMatchObject({ tradeNo, state: 'creating' });
    expect(await h.service.cancel(tradeNo)).toMatchObject({ ok: true, value: { state: 'cancelled', dismissedAt: expect.any(Number) } });
    const answered = started(await starting);
    expect(answered).toMatchObject({ state: 'cancelled', platFormTradeNo: h.sim.order(tradeNo)?.platFormTradeNo });
  });

  it('refuses a payment that no longer holds the counter', async () => {
    const payment = started(await h.service.start(25_000, 'QRIS'));
    h.sim.settle(payment.tradeNo, 'paid');
    await h.until(payment.tradeNo, (p) => p.state === 'paid');
    expect(await h.service.cancel(payment.tradeNo)).toMatchObject({ ok: false, code: 'PAYMENT_NOT_OPEN' });
    expect(await h.service.cancel('unknown_trade_no')).toMatchObject({ ok: false, code: 'PAYMENT_NOT_OPEN' });
  });
});

async function waitForFirst(): Promise<string> {
  for (let i = 0; i < 100 && h.seen.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 5));
  return h.seen[0]?.tradeNo ?? 'none';
}

describe('expiry on the till', () => {
  it('after the method\'s time (QRIS 15 min) one last check, then "expired" on screen, watched for the grace period', async () => {
    const payment = started(await h.service.start(25_000, 'QRIS'));
    h.clock.advance(14 * 60_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(h.service.counter()?.state).toBe('awaiting');
    const before = queriesFor(payment.tradeNo);
    h.clock.advance(60_000);
    const expired = await h.until(payment.tradeNo, (p) => p.state === 'expired');
    expect(queriesFor(payment.tradeNo)).toBeGreaterThan(before);
    expect(expired).toMatchObject({ dismissedAt: undefined, watchUntil: expect.any(Number) });
    expect(h.service.counter()?.tradeNo, '"time is up" stays on screen until the cashier leaves it').toBe(payment.tradeNo);
    expect(h.sim.order(payment.tradeNo)?.status, 'the gateway has not expired it yet').toBe('0015');

    expect(await h.service.dismiss(payment.tradeNo)).toMatchObject({ ok: true, value: { state: 'expired' } });
    h.clock.advance(2 * 3_600_000);
    expect(await h.until(payment.tradeNo, (p) => p.state === 'unpaid')).toMatchObject({ lateAfter: undefined });
  });

  it('a payment that arrives just before the expiry check is paid, not expired', async () => {
    const payment = started(await h.service.start(100_000, 'VA'));
    h.sim.setFaults({ latencyMs: 200, endpoints: ['queryPayInResult'] });
    h.clock.advance(29 * 60_000);
    h.sim.settle(payment.tradeNo, 'paid');
    h.clock.advance(60_000);
    expect(await h.until(payment.tradeNo, (p) => p.state === 'paid')).toMatchObject({ lateAfter: undefined });
    expect(h.seen.some((p) => p.tradeNo === payment.tradeNo && p.state === 'expired')).toBe(false);
  });
});

describe('partial payments: collect the rest', () => {
  it('charges the shortfall as a new order linked to the first', async () => {
    const payment = started(await h.service.start(100_000, 'VA'));
    h.sim.settle(payment.tradeNo, 'partial', { payAmount: 60_000 });
    await h.until(payment.tradeNo, (p) => p.state === 'partial');
    const rest = started(await h.service.collectRest(payment.tradeNo));
    expect(rest).toMatchObject({ amount: 40_000, method: 'VA', parentTradeNo: payment.tradeNo, state: 'awaiting' });
    expect(h.sim.order(rest.tradeNo)).toMatchObject({ amount: 40_000, channelCode: 'VA' });
    expect(h.sim.ledger()).toHaveLength(2);
    expect((await h.service.find(payment.tradeNo))?.dismissedAt, 'the partial screen was left').toBeDefined();
    expect(await h.service.collectRest(payment.tradeNo), 'a second tap collects nothing more').toMatchObject({ ok: false, code: 'REST_UNAVAILABLE' });
  });

  it('a rest below the minimum cannot be charged through Paypro', async () => {
    const payment = started(await h.service.start(15_000, 'QRIS'));
    h.sim.settle(payment.tradeNo, 'partial', { payAmount: 10_000 });
    await h.until(payment.tradeNo, (p) => p.state === 'partial');
    expect(await h.service.collectRest(payment.tradeNo)).toMatchObject({ ok: false, code: 'AMOUNT_TOO_SMALL' });
    expect(h.sim.ledger()).toHaveLength(1);
  });
});

describe('check now, and the pace of checks', () => {
  it('answers at once, but not twice within a few seconds', async () => {
    const payment = started(await h.service.start(25_000, 'QRIS'));
    expect(await h.service.checkNow(payment.tradeNo)).toMatchObject({ ok: true, value: { state: 'awaiting' } });
    expect(await h.service.checkNow(payment.tradeNo)).toMatchObject({ ok: false, code: 'TOO_SOON' });
    h.clock.advance(1_000);
    expect(await h.service.checkNow(payment.tradeNo)).toMatchObject({ ok: true });
  });

  it('asks nothing once no payment is open', async () => {
    const payment = started(await h.service.start(25_000, 'QRIS'));
    h.sim.settle(payment.tradeNo, 'paid');
    await h.until(payment.tradeNo, (p) => p.state === 'paid');
    const asked = h.sim.requests().length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(h.sim.requests().length).toBe(asked);
  });
});
