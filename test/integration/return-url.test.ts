import { afterEach, describe, expect, it } from 'vitest';
import type { PaymentView } from '../../shared/ipc/contract.ts';
import type { SandboxTill } from '../support/sandbox-till.ts';
import { openSandboxTill, value } from '../support/sandbox-till.ts';

/** The returnUrl of the settings reaches Paypro with every order, as the simulator records it; none is sent when unset. */
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
