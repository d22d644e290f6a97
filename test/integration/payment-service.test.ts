import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteJournal } from '../../electron/journal/index.ts';
import type { Harness } from '../support/payment-harness.ts';
import { startHarness, started } from '../support/payment-harness.ts';

/** The payment core driving the real client against the real simulator, journalled in real SQLite. */
let h: Harness;

beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
  expect(h.bugs, 'the core reported bugs').toEqual([]);
});

const statesOf = (tradeNo: string) => h.seen.filter((payment) => payment.tradeNo === tradeNo).map((payment) => payment.state);
const queries = (tradeNo: string) => h.sim.requests().filter((entry) => entry.endpoint === 'queryPayInResult' && entry.tradeNo === tradeNo);

describe('payment core: keypad amount → gateway → final state', () => {
  it('QRIS: creating → awaiting (the gateway\'s QR) → paid, every state journalled before it was announced', async () => {
    const payment = started(await h.service.start(25_000, 'QRIS'));
    expect(payment).toMatchObject({ state: 'awaiting', amount: 25_000, method: 'QRIS', revision: 2 });
    expect(payment.tradeNo).toMatch(/^\d{22}$/);
    expect(payment.qrString).toBe(h.sim.order(payment.tradeNo)?.qrString);
    expect(payment.updatedAt + 15 * 60_000 - (payment.expiresAt ?? 0), 'QRIS is offered for 15 minutes').toBeLessThan(100);
    expect(h.service.counter()?.tradeNo).toBe(payment.tradeNo);
    h.sim.settle(payment.tradeNo, 'paid');
    expect(await h.until(payment.tradeNo, (p) => p.state === 'paid')).toMatchObject({ paidAmount: 25_000, lateAfter: undefined });
    expect(statesOf(payment.tradeNo)).toEqual(['creating', 'awaiting', 'paid']);

    // The journal belongs to one process at a time: read it with the service closed.
    await h.service.close();
    const journal = await SqliteJournal.open(h.journalFile);
    try {
      const events = await journal.events(payment.tradeNo);
      expect(events.map((event) => [event.revision, event.type, event.state])).toEqual([[1, 'begun', 'creating'], [2, 'created', 'awaiting'], [3, 'paid', 'paid']]);
      expect(await journal.get(payment.tradeNo)).toMatchObject({ state: 'paid', revision: 3, paidAmount: 25_000 });
    } finally {
      await journal.close();
    }
    await h.restart();
  });

  it('VA: the gateway\'s VA number and the configured bank', async () => {
    const payment = started(await h.service.start(100_000, 'VA'));
    expect(payment.vaNumber).toBe(h.sim.order(payment.tradeNo)?.vaNumber);
    expect(payment).toMatchObject({ methodLabel: 'Bank Demo', channelCode: 'VA' });
    expect(payment.updatedAt + 30 * 60_000 - (payment.expiresAt ?? 0), 'a VA is offered for 30 minutes').toBeLessThan(100);
  });

  it('refuses invalid amounts before anything reaches the journal or the gateway', async () => {
    expect(await h.service.start(9_999, 'QRIS')).toMatchObject({ ok: false, code: 'AMOUNT_TOO_SMALL' });
    expect(await h.service.start(10_000_001, 'QRIS')).toMatchObject({ ok: false, code: 'AMOUNT_TOO_LARGE' });
    expect(await h.service.start(25_000.5, 'VA')).toMatchObject({ ok: false, code: 'AMOUNT_NOT_INTEGER' });
    expect(h.sim.ledger()).toHaveLength(0);
    expect(h.seen).toHaveLength(0);
  });

  it('never charges twice: a second Charge while one is open is refused, even at the same instant', async () => {
    const [first, second] = await Promise.all([h.service.start(25_000, 'QRIS'), h.service.start(25_000, 'QRIS')]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    expect(first.ok ? second : first).toMatchObject({ code: 'PAYMENT_IN_PROGRESS' });
    expect(h.sim.ledger()).toHaveLength(1);
    const open = started(first.ok ? first : second);
    h.sim.settle(open.tradeNo, 'paid');
    await h.until(open.tradeNo, (p) => p.state === 'paid');
    // A new charge leaves the LUNAS screen behind it.
    const next = started(await h.service.start(30_000, 'VA'));
    expect(h.sim.ledger()).toHaveLength(2);
    expect((await h.service.find(open.tradeNo))?.dismissedAt).toBeDefined();
    expect(h.service.counter()?.tradeNo).toBe(next.tradeNo);
  });

  it('a refusal by the gateway: nothing was created, safe to retry', async () => {
    await h.close();
    h = await startHarness({ client: { secret: 'wrong-secret' } });
    expect(started(await h.service.start(25_000, 'QRIS'))).toMatchObject({ state: 'notCreated', failure: { code: 'GATEWAY_REJECTED', gatewayCode: '8000' } });
  });

  it('an unreachable gateway: nothing was sent, so nothing can be charged', async () => {
    await h.close();
    h = await startHarness({ client: { baseUrl: 'http://127.0.0.1:9/indonesia-pay' } });
    expect(started(await h.service.start(25_000, 'QRIS'))).toMatchObject({ state: 'notCreated', failure: { code: 'GATEWAY_UNREACHABLE' } });
  });

  it('a gateway expiry (00029) fails the payment with its code, and the payment stays watched', async () => {
    const payment = started(await h.service.start(25_000, 'QRIS'));
    h.sim.settle(payment.tradeNo, 'expired');
    const declined = await h.until(payment.tradeNo, (p) => p.state === 'declined');
    expect(declined).toMatchObject({ failure: { code: 'PAYMENT_EXPIRED', gatewayCode: '00029' }, watchUntil: declined.updatedAt + 2 * 3_600_000 });
    const before = queries(payment.tradeNo).length;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(queries(payment.tradeNo).length, 'a watched payment is still asked about').toBeGreaterThan(before);
  });
});

describe('an unknown payIn outcome is settled by asking, never by a second order', () => {
  it('answer lost, order found → followed to paid', async () => {
    h.sim.setFaults({ blackhole: true, endpoints: ['payIn'], remaining: 1 });
    const payment = started(await h.service.start(25_000, 'QRIS'));
    expect(payment.state).toBe('checking');
    expect(h.sim.requests().find((entry) => entry.endpoint === 'payIn')?.faults).toEqual(['blackhole']);
    h.sim.settle(payment.tradeNo, 'paid');
    expect((await h.until(payment.tradeNo, (p) => p.state === 'paid')).paidAmount).toBe(25_000);
    expect(h.sim.ledger()).toHaveLength(1);
    expect(h.sim.requests().filter((entry) => entry.endpoint === 'payIn')).toHaveLength(1);
  });

  it('answer lost for an unpaid order → stranded (its QR cannot be recovered): safe to charge again, still watched', async () => {
    h.sim.setFaults({ malformedJson: true, endpoints: ['payIn'], remaining: 1 });
    const payment = started(await h.service.start(25_000, 'QRIS'));
    expect(payment.state).toBe('checking');
    expect(h.sim.requests().find((entry) => entry.endpoint === 'payIn')?.faults).toEqual(['malformedJson']);
    expect(await h.until(payment.tradeNo, (p) => p.state === 'stranded')).toMatchObject({ failure: { code: 'PAYMENT_DETAILS_LOST', gatewayCode: '0015' } });
    expect(started(await h.service.start(25_000, 'QRIS')).state).toBe('awaiting');
  });

  it('no order → notCreated only after the gateway says so several times, spread over time', async () => {
    h.sim.setFaults({ http5xx: true, endpoints: ['payIn'], remaining: 1 });
    const payment = started(await h.service.start(25_000, 'QRIS'));
    expect(payment.state).toBe('checking');
    await h.until(payment.tradeNo, (p) => p.absentAnswers >= 4, 'four "no such order" answers');
    expect(h.service.counter()?.state, 'a few quick refusals prove nothing').toBe('checking');
    h.clock.advance(5_000);
    expect(await h.until(payment.tradeNo, (p) => p.state === 'notCreated')).toMatchObject({ failure: { code: 'ORDER_NOT_CREATED', gatewayCode: '8000' } });
    expect(h.sim.ledger()).toHaveLength(0);
  });

  it('refused status checks (429, "not found" for an order that exists) never end it: the order is found and paid', async () => {
    h.sim.setFaults({ blackhole: true, endpoints: ['payIn'], remaining: 1 });
    const payment = started(await h.service.start(25_000, 'QRIS'));
    h.sim.setFaults({ tooManyRequests: true, endpoints: ['queryPayInResult'], remaining: 2 });
    await h.until(payment.tradeNo, (p) => p.failedChecks >= 2, 'two refused checks');
    h.sim.setFaults({ notFound: true, endpoints: ['queryPayInResult'], remaining: 2 });
    await h.until(payment.tradeNo, (p) => p.absentAnswers >= 2, 'two "not found" answers');
    h.clock.advance(60_000);
    h.sim.settle(payment.tradeNo, 'paid');
    await h.until(payment.tradeNo, (p) => p.state === 'paid');
    const faults = h.sim.requests().flatMap((entry) => entry.faults ?? []);
    expect(faults.filter((fault) => fault === 'tooManyRequests')).toHaveLength(2);
    expect(faults.filter((fault) => fault === 'notFound')).toHaveLength(2);
  });

  it('keeps following an order through failed status checks (dropped, 5xx, malformed), and says so after two', async () => {
    const payment = started(await h.service.start(25_000, 'QRIS'));
    h.sim.setFaults({ drop: true, endpoints: ['queryPayInResult'], remaining: 1 });
    await h.until(payment.tradeNo, (p) => p.failedChecks === 1);
    h.sim.setFaults({ http5xx: true, endpoints: ['queryPayInResult'], remaining: 1 });
    await h.until(payment.tradeNo, (p) => p.failedChecks === 2 && p.lastCheckProblem === 'connection');
    h.sim.setFaults({ malformedJson: true, endpoints: ['queryPayInResult'], remaining: 1 });
    await h.until(payment.tradeNo, (p) => p.failedChecks === 3);
    h.sim.settle(payment.tradeNo, 'paid');
    expect(await h.until(payment.tradeNo, (p) => p.state === 'paid')).toMatchObject({ failedChecks: 0 });
    const faults = h.sim.requests().filter((entry) => entry.endpoint === 'queryPayInResult').flatMap((entry) => entry.faults ?? []);
    expect(faults).toEqual(['drop', 'http5xx', 'malformedJson']);
  });
});
