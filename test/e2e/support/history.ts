import type { Locator, Page } from '@playwright/test';
import type { KasirCore } from '../../../electron/app/core.ts';
import type { PaymentView } from '../../../shared/ipc/contract.ts';
import { expect } from './fixtures.ts';
import { chargeVa, readable, startedPayment, typeOnKeypad } from './helpers.ts';
import type { TrafficEntry } from './transport.ts';

export const historyScreen = (page: Page) => page.getByTestId('history-screen');
export const historyRows = (page: Page) => page.getByTestId('history-row');
export const historyRow = (page: Page, tradeNo: string) => page.locator(`[data-testid="history-row"][data-trade-no="${tradeNo}"]`);
export const detailDialog = (page: Page) => page.getByTestId('history-detail');

/** What a row says, as a person reads it: time, amount, method, state and the reference, in order. */
export async function rowText(row: Locator): Promise<{ time: string; amount: string; method: string; state: string; ref: string }> {
  const text = async (testId: string) => readable(await row.getByTestId(testId).textContent());
  return { time: await text('history-row-time'), amount: await text('history-row-amount'), method: await text('history-row-method'), state: await text('history-row-state'), ref: await text('history-row-ref') };
}

/** Menu → Riwayat in the top bar, and the first page shown (or the empty list). */
export async function openHistory(page: Page): Promise<void> {
  await page.getByTestId('menu-open').click();
  await page.getByTestId('history-open').click();
  await expect(historyScreen(page)).toBeVisible();
  await expect(page.getByTestId('history-loading')).toHaveCount(0);
}

/** A payment through the UI: the amount on the keypad, the method, then how it ends. Answers its tradeNo. */
async function charge(page: Page, traffic: readonly TrafficEntry[], amount: string, method: 'qris' | 'va'): Promise<string> {
  await page.getByTestId('key-clear').click();
  await typeOnKeypad(page, amount);
  if (method === 'va') await chargeVa(page);
  else await page.getByTestId('charge-qris').click();
  await expect(page.getByTestId('cancel-payment')).toBeVisible();
  return startedPayment(traffic).tradeNo;
}

/** Charged, then paid by the demo's "simulate customer payment", then a new sale. */
export async function payThroughUi(page: Page, traffic: readonly TrafficEntry[], amount: string, method: 'qris' | 'va' = 'qris'): Promise<string> {
  const tradeNo = await charge(page, traffic, amount, method);
  await page.getByTestId('simulate-payment').click();
  await expect(page.getByTestId('paid-screen')).toBeVisible();
  await page.getByTestId('new-sale').click();
  await expect(page.getByTestId('amount-display')).toBeVisible();
  return tradeNo;
}

/** Charged, then cancelled by the cashier (confirmed): back on the keypad, the order still watched. */
export async function cancelThroughUi(page: Page, traffic: readonly TrafficEntry[], amount: string, method: 'qris' | 'va' = 'qris'): Promise<string> {
  const tradeNo = await charge(page, traffic, amount, method);
  await page.getByTestId('cancel-payment').click();
  await page.getByTestId('cancel-confirm').click();
  await expect(page.getByTestId('amount-display')).toBeVisible();
  return tradeNo;
}

/**
 * Many payments, fast, straight through main (one at a time, as the counter allows): each is charged, paid at the
 * simulator and cancelled, which checks once more and finds it paid, so none stays watched. Answers their
 * tradeNos, oldest first; amounts are `firstAmount`, `firstAmount + 1`, …
 */
export async function makePaidPayments(core: KasirCore, count: number, firstAmount = 10_000): Promise<string[]> {
  const made: string[] = [];
  for (let at = 0; at < count; at++) {
    const started = await core.invoke('startPayment', { amount: firstAmount + at, method: 'QRIS' });
    if (!started.ok) throw new Error(`startPayment ${at}: ${started.code}`);
    const { tradeNo } = started.value as PaymentView;
    core.simulator?.settle(tradeNo, 'paid');
    const cancelled = await core.invoke('cancelPayment', { tradeNo });
    if (!cancelled.ok || (cancelled.value as PaymentView).state !== 'paid') throw new Error(`payment ${at} did not end paid: ${JSON.stringify(cancelled)}`);
    made.push(tradeNo);
  }
  return made;
}

/** Every row element the list has in the page right now (a virtualised list has only those near the view). */
export const renderedRows = (page: Page) => page.getByTestId('history-row').count();
