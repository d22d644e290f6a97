import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PaymentState, PaymentView } from '../../shared/ipc/contract.ts';
import { PayproClient } from '../../electron/paypro/client.ts';
import type { MethodCatalogue, PaymentRecorder } from '../../electron/payments/payment-service.ts';
import { PaymentService } from '../../electron/payments/payment-service.ts';
import type { Simulator } from '../../electron/simulator/index.ts';
import { startSimulator } from '../../electron/simulator/index.ts';

/** The payment service driving the real client against the real simulator. */
const methods: MethodCatalogue = {
  QRIS: { channelCode: 'QRIS', wayCode: undefined, label: 'QRIS' },
  VA: { channelCode: 'VA', wayCode: undefined, label: 'Bank Demo' },
};
const payer = { username: 'Pelanggan', mobile: '081234567890', email: 'pelanggan@example.com' };

let sim: Simulator;
let service: PaymentService;
let seen: PaymentView[];

function makeService(overrides: { secret?: string; baseUrl?: string; recorder?: PaymentRecorder } = {}): PaymentService {
  const client = new PayproClient({
    baseUrl: overrides.baseUrl ?? sim.baseUrl, merchantNo: sim.merchantNo, secret: overrides.secret ?? sim.secret,
    totalTimeoutMs: 800, connectTimeoutMs: 500,
  });
  const made = new PaymentService({
    gateway: client, notifyUrl: `${sim.controlUrl}/notify-sink`, payer, methods, pollIntervalMs: 30, maxPollIntervalMs: 120,
    ...(overrides.recorder ? { recorder: overrides.recorder } : {}),
  });
  made.onUpdate((view) => seen.push(view));
  return made;
}

function settled(tradeNo: string, state: PaymentState): Promise<PaymentView> {
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error(`${tradeNo} never became ${state}; last: ${service.get(tradeNo)?.state}`)), 8_000);
    const check = (view: PaymentView): void => {
      if (view.tradeNo === tradeNo && view.state === state) {
        clearTimeout(timeout);
        resolve(view);
      }
    };
    const current = service.get(tradeNo);
    if (current) check(current);
    service.onUpdate(check);
  });
}

beforeEach(async () => {
  sim = await startSimulator({ timeScale: 0.001 });
  seen = [];
  service = makeService();
});
afterEach(async () => {
  service.close();
  await sim.close();
});

describe('payment service: keypad amount → gateway → final state', () => {
  it('QRIS: creating → awaiting (with the QR) → paid', async () => {
    const started = await service.start(25_000, 'QRIS');
    expect(started).toMatchObject({ ok: true, value: { state: 'awaiting', amount: 25_000, method: 'QRIS' } });
    if (!started.ok) return;
    const { tradeNo } = started.value;
    expect(tradeNo).toMatch(/^\d{22}$/);
    expect(started.value.qrString).toBe(sim.order(tradeNo)?.qrString);
    expect(service.open()?.tradeNo).toBe(tradeNo);
    sim.settle(tradeNo, 'paid');
    expect(await settled(tradeNo, 'paid')).toMatchObject({ paidAmount: 25_000 });
    expect(seen.filter((v) => v.tradeNo === tradeNo).map((v) => v.state)).toEqual(['creating', 'awaiting', 'paid']);
    expect(service.open()).toBeUndefined();
  });

  it('VA: shows the gateway VA number and the configured bank; partial payments keep the paid amount', async () => {
    const started = await service.start(100_000, 'VA');
    if (!started.ok) throw new Error(started.message);
    expect(started.value.vaNumber).toBe(sim.order(started.value.tradeNo)?.vaNumber);
    expect(started.value.vaBankName).toBe('Bank Demo');
    sim.settle(started.value.tradeNo, 'partial', { payAmount: 60_000 });
    expect(await settled(started.value.tradeNo, 'partial')).toMatchObject({ paidAmount: 60_000, amount: 100_000 });
  });

  it('an expired order fails with PAYMENT_EXPIRED and the gateway status', async () => {
    const started = await service.start(25_000, 'QRIS');
    if (!started.ok) throw new Error(started.message);
    sim.settle(started.value.tradeNo, 'expired');
    expect(await settled(started.value.tradeNo, 'failed')).toMatchObject({ failure: { code: 'PAYMENT_EXPIRED', gatewayCode: '00029' } });
  });

  it('refuses invalid amounts before anything reaches the gateway', async () => {
    expect(await service.start(9_999, 'QRIS')).toMatchObject({ ok: false, code: 'AMOUNT_TOO_SMALL' });
    expect(await service.start(10_000_001, 'QRIS')).toMatchObject({ ok: false, code: 'AMOUNT_TOO_LARGE' });
    expect(await service.start(25_000.5, 'VA')).toMatchObject({ ok: false, code: 'AMOUNT_NOT_INTEGER' });
    expect(sim.ledger()).toHaveLength(0);
  });

  it('never charges twice: a second Charge while one is open is refused, even when pressed at the same instant', async () => {
    const [first, second] = await Promise.all([service.start(25_000, 'QRIS'), service.start(25_000, 'QRIS')]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    expect(first.ok ? second : first).toMatchObject({ code: 'PAYMENT_IN_PROGRESS' });
    expect(sim.ledger()).toHaveLength(1);
    const open = first.ok ? first.value : second.ok ? second.value : undefined;
    sim.settle(open?.tradeNo ?? '', 'paid');
    await settled(open?.tradeNo ?? '', 'paid');
    expect((await service.start(30_000, 'VA')).ok).toBe(true);
    expect(sim.ledger()).toHaveLength(2);
  });

  it('a refusal by the gateway fails with its code and message', async () => {
    service.close();
    service = makeService({ secret: 'wrong-secret' });
    const started = await service.start(25_000, 'QRIS');
    expect(started).toMatchObject({ ok: true, value: { state: 'failed', failure: { code: 'GATEWAY_REJECTED', gatewayCode: '8000' } } });
  });

  it('an unreachable gateway fails at once: nothing was sent, so nothing can be charged', async () => {
    service.close();
    service = makeService({ baseUrl: 'http://127.0.0.1:9/indonesia-pay' });
    expect(await service.start(25_000, 'QRIS')).toMatchObject({ ok: true, value: { state: 'failed', failure: { code: 'GATEWAY_UNREACHABLE' } } });
  });

  it('a lost payIn answer is resolved by query: order found → follows it to paid, without a second order', async () => {
    sim.setFaults({ blackhole: true, endpoints: ['payIn'], remaining: 1 });
    const started = await service.start(25_000, 'QRIS');
    expect(started).toMatchObject({ ok: true, value: { state: 'checking' } });
    if (!started.ok) return;
    sim.settle(started.value.tradeNo, 'paid');
    expect((await settled(started.value.tradeNo, 'paid')).paidAmount).toBe(25_000);
    expect(sim.ledger()).toHaveLength(1);
    expect(sim.requests().filter((r) => r.endpoint === 'payIn')).toHaveLength(1);
  });

  it('a lost payIn answer for an unpaid order → PAYMENT_DETAILS_LOST: the QR cannot be recovered, so charge again', async () => {
    sim.setFaults({ malformedJson: true, endpoints: ['payIn'], remaining: 1 });
    const started = await service.start(25_000, 'QRIS');
    expect(started).toMatchObject({ ok: true, value: { state: 'checking' } });
    if (!started.ok) return;
    expect(await settled(started.value.tradeNo, 'failed')).toMatchObject({ failure: { code: 'PAYMENT_DETAILS_LOST', gatewayCode: '0015' } });
    expect((await service.start(25_000, 'QRIS')).ok).toBe(true);
  });

  it('a lost payIn answer is resolved by query: no order → ORDER_NOT_CREATED, safe to charge again', async () => {
    sim.setFaults({ http5xx: true, endpoints: ['payIn'], remaining: 1 });
    const started = await service.start(25_000, 'QRIS');
    expect(started).toMatchObject({ ok: true, value: { state: 'checking' } });
    if (!started.ok) return;
    expect(await settled(started.value.tradeNo, 'failed')).toMatchObject({ failure: { code: 'ORDER_NOT_CREATED' } });
    expect(sim.ledger()).toHaveLength(0);
  });

  it('keeps following the order through failed queries (dropped, 5xx, malformed)', async () => {
    const started = await service.start(25_000, 'QRIS');
    if (!started.ok) throw new Error(started.message);
    sim.setFaults({ drop: true, endpoints: ['queryPayInResult'], remaining: 2 });
    sim.settle(started.value.tradeNo, 'paid');
    await settled(started.value.tradeNo, 'paid');
    sim.setFaults({ malformedJson: true, endpoints: ['queryPayInResult'], remaining: 1 });
    const second = await service.start(20_000, 'VA');
    if (!second.ok) throw new Error(second.message);
    sim.settle(second.value.tradeNo, 'paid');
    await settled(second.value.tradeNo, 'paid');
  });

  it('records every state before it is shown, and sends nothing when the record fails', async () => {
    const recorded: PaymentState[] = [];
    service.close();
    service = makeService({ recorder: { record: async (view) => { recorded.push(view.state); } } });
    const started = await service.start(25_000, 'QRIS');
    expect(recorded).toEqual(['creating', 'awaiting']);
    service.close();
    service = makeService({ recorder: { record: async () => { throw new Error('disk full'); } } });
    expect(await service.start(25_000, 'QRIS')).toMatchObject({ ok: false, code: 'INTERNAL' });
    expect(sim.ledger()).toHaveLength(1);
    expect(started.ok).toBe(true);
  });
});
