import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Harness } from '../support/payment-harness.ts';
import { startHarness, started } from '../support/payment-harness.ts';

/** Every kind of method in the catalogue, charged through the real client against the simulator. */
let h: Harness;

beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
  expect(h.bugs, 'the core reported bugs').toEqual([]);
});

describe('methods from the catalogue', () => {
  it('an e-wallet asks the customer\'s mobile number first, then shows its payment page as the credential', async () => {
    expect(await h.service.start(25_000, 'DANA')).toMatchObject({ ok: false, code: 'MOBILE_INVALID' });
    expect(await h.service.start(25_000, 'DANA', { mobile: '0712345678' })).toMatchObject({ ok: false, code: 'MOBILE_INVALID' });
    expect(h.sim.ledger(), 'nothing was sent while the number was missing').toHaveLength(0);

    const payment = started(await h.service.start(25_000, 'DANA', { mobile: '081234567890' }));
    const order = h.sim.order(payment.tradeNo);
    expect(order).toMatchObject({ kind: 'payIn', channelCode: 'EWALLET', wayCode: 'DANA', mobile: '081234567890' });
    expect(payment).toMatchObject({ state: 'awaiting', kind: 'ewallet', methodLabel: 'DANA', paymentUrl: order?.paymentUrl, qrString: undefined });
    h.sim.settle(payment.tradeNo, 'paid');
    await h.until(payment.tradeNo, (p) => p.state === 'paid');
  });

  it('"customer chooses" creates a payment link at Paypro\'s hosted cashier, with no channel, and follows it to paid', async () => {
    const payment = started(await h.service.start(40_000, 'CASHIER'));
    const order = h.sim.order(payment.tradeNo);
    expect(order).toMatchObject({ kind: 'paymentLink', channelCode: '', amount: 40_000 });
    expect(h.sim.requests().map((entry) => entry.endpoint)).toContain('paymentLink');
    expect(payment).toMatchObject({ state: 'awaiting', kind: 'cashier', channelCode: undefined, paymentUrl: order?.paymentUrl });
    h.sim.settle(payment.tradeNo, 'paid');
    expect(await h.until(payment.tradeNo, (p) => p.state === 'paid')).toMatchObject({ paidAmount: 40_000 });
  });

  it('a VA with several banks needs the customer\'s bank, and sends that bank\'s wayCode', async () => {
    expect(await h.service.start(50_000, 'BANKS')).toMatchObject({ ok: false, code: 'BANK_REQUIRED' });
    expect(await h.service.start(50_000, 'BANKS', { bank: 'MANDIRI' })).toMatchObject({ ok: false, code: 'BANK_REQUIRED' });
    const payment = started(await h.service.start(50_000, 'BANKS', { bank: 'BNI' }));
    expect(payment).toMatchObject({ kind: 'va', bank: 'BNI', methodLabel: 'BNI', vaNumber: h.sim.order(payment.tradeNo)?.vaNumber });
    expect(h.sim.order(payment.tradeNo)).toMatchObject({ channelCode: 'VA', wayCode: 'BNI' });
  });

  it('the rest of a partial VA payment is collected from the same bank', async () => {
    const payment = started(await h.service.start(50_000, 'BANKS', { bank: 'BCA' }));
    h.sim.settle(payment.tradeNo, 'partial', { payAmount: 20_000 });
    await h.until(payment.tradeNo, (p) => p.state === 'partial');
    const rest = started(await h.service.collectRest(payment.tradeNo));
    expect(h.sim.order(rest.tradeNo)).toMatchObject({ amount: 30_000, wayCode: 'BCA' });
  });

  it('refuses a method the till does not offer, before anything is sent', async () => {
    expect(await h.service.start(25_000, 'OVO')).toMatchObject({ ok: false, code: 'METHOD_UNAVAILABLE' });
    expect(h.sim.ledger()).toHaveLength(0);
  });
});
