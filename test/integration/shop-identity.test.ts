import { afterEach, describe, expect, it } from 'vitest';
import type { PaymentView } from '../../shared/ipc/contract.ts';
import type { SandboxTill } from '../support/sandbox-till.ts';
import { openSandboxTill, value } from '../support/sandbox-till.ts';
import { waitFor } from '../support/simulator-client.ts';

/**
 * The shop's own settings at work on real orders (the real core, the simulator on loopback): the returnUrl goes to
 * Paypro, and the shop's NMID keeps a QR for another merchant off the counter.
 */
let till: SandboxTill | undefined;
afterEach(async () => {
  await till?.close();
  till = undefined;
});

async function charge(open: SandboxTill, method: string): Promise<string> {
  const { tradeNo } = await value<PaymentView>(open.core.invoke('startPayment', { amount: 25_000, method }));
  await value(open.core.invoke('cancelPayment', { tradeNo }));
  return tradeNo;
}

describe('returnUrl from the settings', () => {
  it('goes with payIn and with the hosted cashier\'s payment link', async () => {
    till = await openSandboxTill({ settings: { returnUrl: 'https://shop.example/terima-kasih' } });
    for (const method of ['DANA', 'CASHIER']) {
      const tradeNo = await charge(till, method);
      expect(till.sim.order(tradeNo)?.returnUrl, method).toBe('https://shop.example/terima-kasih');
    }
  });

  it('is not sent at all when the manager left it empty', async () => {
    till = await openSandboxTill();
    const tradeNo = await charge(till, 'DANA');
    expect(till.sim.order(tradeNo)).toBeDefined();
    expect(till.sim.order(tradeNo)?.returnUrl).toBeUndefined();
  });
});

describe('the shop\'s NMID', () => {
  it('a QR naming the shop\'s NMID is shown; one naming another merchant never is, and the order is still followed', async () => {
    till = await openSandboxTill();
    const first = await value<PaymentView>(till.core.invoke('startPayment', { amount: 25_000, method: 'QRIS' }));
    const nmid = first.qrisMerchant?.nmid;
    expect(nmid).toMatch(/^ID\d{10,15}$/);
    await value(till.core.invoke('cancelPayment', { tradeNo: first.tradeNo }));
    await till.close();

    till = await openSandboxTill({ settings: { nmid } });
    const same = await value<PaymentView>(till.core.invoke('startPayment', { amount: 25_000, method: 'QRIS' }));
    expect(same).toMatchObject({ state: 'awaiting', qrisMerchant: { nmid } });
    expect(same.qr).toBeDefined();
    await value(till.core.invoke('cancelPayment', { tradeNo: same.tradeNo }));
    await till.close();

    till = await openSandboxTill({ settings: { nmid: 'ID1020029999999' } });
    const other = await value<PaymentView>(till.core.invoke('startPayment', { amount: 25_000, method: 'QRIS' }));
    expect(other).toMatchObject({ state: 'stranded', qr: undefined, failure: { code: 'QR_OTHER_MERCHANT' } });
    // The order exists at Paypro: the till keeps asking about it, so a payment made anyway is not lost.
    expect(till.sim.order(other.tradeNo)).toBeDefined();
    const open = till;
    await waitFor(() => open.sim.requests().find((entry) => entry.endpoint === 'queryPayInResult' && entry.tradeNo === other.tradeNo));
  });
});
