import type { Page } from '@playwright/test';
import type { KasirCore } from '../../../electron/app/core.ts';
import type { PaymentView } from '../../../shared/ipc/contract.ts';
import type { PaymentState } from '../../../shared/payments.ts';
import { expect } from './fixtures.ts';
import { setFirstPin } from './manager.ts';

export const closingScreen = (page: Page) => page.getByTestId('closing-screen');

/** Menu → Tutup hari, setting the first manager PIN on the way, and the report shown. */
export async function openClosing(page: Page): Promise<void> {
  await page.getByTestId('menu-open').click();
  await page.getByTestId('closing-open').click();
  await setFirstPin(page);
  await expect(page.getByTestId('closing-report')).toBeVisible();
}

export async function paymentOf(core: KasirCore, tradeNo: string): Promise<PaymentView> {
  const found = await core.invoke('getPayment', { tradeNo });
  if (!found.ok) throw new Error(`getPayment ${tradeNo}: ${found.code}`);
  return found.value as PaymentView;
}

/**
 * One payment through main, to its end (one at a time: a payment holds the counter): paid, partly paid or
 * expired at the simulator, or cancelled at the till; then let go of, so the counter is free again.
 */
export async function makePayment(core: KasirCore, amount: number, outcome: 'paid' | 'partial' | 'expired' | 'cancelled'): Promise<PaymentView> {
  const started = await core.invoke('startPayment', { amount, method: 'QRIS' });
  if (!started.ok) throw new Error(`startPayment: ${started.code}`);
  const { tradeNo } = started.value as PaymentView;
  if (outcome === 'cancelled') await core.invoke('cancelPayment', { tradeNo });
  else core.simulator?.settle(tradeNo, outcome);
  // Paypro's "expired" answer for an order is a decline at the till (nothing was paid).
  const final: PaymentState = outcome === 'expired' ? 'declined' : outcome;
  await expect.poll(async () => (await paymentOf(core, tradeNo)).state, { timeout: 15_000 }).toBe(final);
  await core.invoke('dismissPayment', { tradeNo });
  await expect.poll(async () => (await paymentOf(core, tradeNo)).holdsCounter).toBe(false);
  return paymentOf(core, tradeNo);
}

/** Two paid, one partial, one expired at Paypro: received = both paid and what the partial brought. */
export async function makeDay(core: KasirCore): Promise<{ readonly received: number; readonly partial: PaymentView }> {
  await makePayment(core, 25_000, 'paid');
  await makePayment(core, 10_000, 'paid');
  const partial = await makePayment(core, 40_000, 'partial');
  await makePayment(core, 15_000, 'expired');
  return { received: 35_000 + (partial.paidAmount ?? 0), partial };
}
