import type { Page } from '@playwright/test';
import type { KasirCore } from '../../../electron/app/core.ts';
import type { ManagerState, PaymentView } from '../../../shared/ipc/contract.ts';
import { expect } from './fixtures.ts';
import { startedPayment, typeOnKeypad } from './helpers.ts';
import type { TrafficEntry } from './transport.ts';

/** The manager PIN used across the suites: eight digits, so it cannot turn up by chance inside a tradeNo or a time. */
export const MANAGER_PIN = '73915208';

export const pinDialog = (page: Page) => page.getByTestId('manager-pin-dialog');

/** Taps a PIN on the dialog's pad, then its OK key (Lanjut / Simpan / Buka). */
export async function tapPin(page: Page, pin: string): Promise<void> {
  for (const digit of pin) await page.getByTestId(`pin-key-${digit}`).click();
  await expect(page.getByTestId('pin-dots')).toHaveAttribute('data-count', String(pin.length));
  await page.getByTestId('pin-submit').click();
}

/** First run: the dialog asks for a new PIN, typed twice; the session it opens lets the pending action through. */
export async function setFirstPin(page: Page, pin = MANAGER_PIN): Promise<void> {
  await expect(pinDialog(page)).toHaveAttribute('data-mode', 'set');
  await tapPin(page, pin);
  await expect(pinDialog(page)).toHaveAttribute('data-step', 'confirm');
  await tapPin(page, pin);
  await expect(pinDialog(page)).toHaveCount(0);
}

/** A field of the settings form, by its path in settings.json ("merchantNo", "methods.0.key"). */
export const settingsField = (page: Page, path: string) => page.getByTestId(`field-${path}`);
export const settingsNotice = (page: Page) => page.getByTestId('settings-notice');

/** Menu → Pengaturan, setting the first manager PIN on the way (`firstTime`), and the form shown. */
export async function openSettings(page: Page, firstTime = true): Promise<void> {
  await page.getByTestId('menu-open').click();
  await page.getByTestId('settings-open').click();
  if (firstTime) await setFirstPin(page);
  await expect(page.getByTestId('settings-save')).toBeVisible();
}

/**
 * A payment let go (cancelled at the till) and paid afterwards: the keypad shows a late-payment alert for it.
 * Returns its tradeNo.
 */
export async function raiseLatePayment(page: Page, core: KasirCore, traffic: readonly TrafficEntry[], amount = '25000'): Promise<string> {
  await page.getByTestId('key-clear').click();
  await typeOnKeypad(page, amount);
  await page.getByTestId('charge-qris').click();
  await expect(page.getByTestId('qris-canvas')).toBeVisible();
  const { tradeNo } = startedPayment(traffic);
  await page.getByTestId('cancel-payment').click();
  await page.getByTestId('cancel-confirm').click();
  await expect(page.getByTestId('amount-display')).toBeVisible();
  core.simulator?.settle(tradeNo, 'paid');
  // The alert shows the oldest late payment; a newer one waits behind it, counted.
  await expect.poll(async () => {
    const found = await core.invoke('getPayment', { tradeNo });
    return found.ok && (found.value as PaymentView).needsAcknowledgement;
  }).toBe(true);
  await expect(page.getByTestId('late-alert')).toBeVisible();
  return tradeNo;
}

/** The last state main sent the window about the manager session. */
export function lastManagerEvent(traffic: readonly TrafficEntry[]): ManagerState | undefined {
  const entry = traffic.findLast((item) => item.kind === 'event' && item.name === 'managerChanged');
  return entry?.kind === 'event' ? (entry.payload as ManagerState) : undefined;
}

export const invocations = (traffic: readonly TrafficEntry[], name: string) =>
  traffic.flatMap((entry) => (entry.kind === 'invoke' && entry.name === name ? [entry] : []));

/**
 * SECURITY: a PIN goes to main in requests and never comes back — in no result and no event — nor stays in the
 * page. The requests are checked to carry it, so the search is known to look at the right traffic.
 */
export async function expectPinNeverReturned(page: Page, traffic: readonly TrafficEntry[], pins: readonly string[]): Promise<void> {
  for (const pin of pins) {
    const sent = traffic.filter((entry) => entry.kind === 'invoke' && String(JSON.stringify(entry.request)).includes(pin));
    expect(sent.length, `the PIN ${pin} was never sent: the check below would prove nothing`).toBeGreaterThan(0);
    const returned = traffic.filter((entry) => String(JSON.stringify(entry.kind === 'invoke' ? entry.result : entry.payload)).includes(pin));
    expect(returned, `SECURITY: the PIN ${pin} came back over IPC`).toEqual([]);
    expect(await page.content(), `SECURITY: the PIN ${pin} stayed in the page`).not.toContain(pin);
  }
}
