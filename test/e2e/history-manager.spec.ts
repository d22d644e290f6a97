import type { Page } from '@playwright/test';
import type { HistoryRequest } from '../../shared/ipc/history.ts';
import { expect, test } from './support/fixtures.ts';
import { detailDialog, historyRow, historyRows, openHistory, payThroughUi } from './support/history.ts';
import { MANAGER_PIN, invocations, pinDialog, setFirstPin, tapPin } from './support/manager.ts';
import type { TrafficEntry } from './support/transport.ts';

const DAY = 86_400_000;
/** The earliest moment the contract takes: what "Semua" asks from. */
const ALL_TIME = 946_684_800_000;
const lastListRequest = (traffic: readonly TrafficEntry[]) =>
  invocations(traffic, 'listHistory').map((entry) => entry.request as HistoryRequest).filter((request) => request.limit !== 1 && request.before === undefined).at(-1);
const period = (page: Page, name: string) => page.getByTestId(`history-period-${name}`);

test('older payments are the manager\'s: Semua asks for the PIN (set here the first time) and then lists them with their date; Batal keeps the cashier on today', async ({ page, clock, traffic }) => {
  const older = await payThroughUi(page, traffic, '25000');
  // A day later on main's clock: that payment now belongs to yesterday's business day.
  clock.advance(DAY);
  const today = await payThroughUi(page, traffic, '30000');

  await openHistory(page);
  await expect(historyRows(page)).toHaveCount(1);
  await expect(historyRow(page, today)).toBeVisible();
  await expect(period(page, 'today')).toHaveAttribute('aria-pressed', 'true');
  await expect(period(page, 'today').getByTestId('manager-mark')).toHaveCount(0);
  for (const name of ['yesterday', 'week', 'all']) await expect(period(page, name).getByTestId('manager-mark')).toHaveText('Manajer');

  await period(page, 'all').click();
  await expect(pinDialog(page)).toBeVisible();
  await expect(page.getByTestId('pin-reason')).toHaveText('Riwayat sebelum hari ini hanya untuk manajer.');
  await setFirstPin(page);
  await expect(historyRows(page)).toHaveCount(2);
  expect(lastListRequest(traffic), '"all" asks from the start of time, so main refuses it to a cashier').toMatchObject({ from: ALL_TIME });
  await expect(historyRow(page, older).locator('.history-row__date'), 'not today: its date is shown').toHaveText(/\d{4}$/);
  await expect(historyRow(page, today).locator('.history-row__date')).toHaveCount(0);

  // In the session: yesterday, without asking again.
  await period(page, 'yesterday').click();
  await expect(historyRows(page)).toHaveCount(1);
  await expect(historyRow(page, older)).toBeVisible();
  const yesterday = lastListRequest(traffic);
  expect((yesterday?.to ?? 0) - (yesterday?.from ?? 0)).toBe(DAY);

  // Locked: the next older period asks again; Batal leaves the cashier on today's list.
  await page.getByTestId('manager-lock').click();
  await expect(page.getByTestId('manager-mode')).toHaveCount(0);
  await period(page, 'week').click();
  await expect(pinDialog(page)).toHaveAttribute('data-mode', 'unlock');
  await page.getByTestId('pin-cancel').click();
  await expect(pinDialog(page)).toHaveCount(0);
  await expect(period(page, 'today')).toHaveAttribute('aria-pressed', 'true');
  await expect(historyRows(page)).toHaveCount(1);
  await expect(historyRow(page, today)).toBeVisible();

  await period(page, 'yesterday').click();
  await tapPin(page, MANAGER_PIN);
  await expect(historyRow(page, older)).toBeVisible();
  await expect(historyRows(page)).toHaveCount(1);
});

test('an older payment\'s detail and its reprint go through the manager PIN; closing the PIN dialog prints nothing', async ({ page, core, clock, traffic }) => {
  const older = await payThroughUi(page, traffic, '25000');
  clock.advance(DAY);
  expect(await core.invoke('setManagerPin', { pin: MANAGER_PIN })).toMatchObject({ ok: true });
  await openHistory(page);
  await period(page, 'yesterday').click();
  await expect(historyRow(page, older)).toBeVisible();
  await core.invoke('lockManager', undefined);
  await expect(page.getByTestId('manager-mode')).toHaveCount(0);

  await historyRow(page, older).click();
  await expect(detailDialog(page)).toBeVisible();
  await expect(pinDialog(page)).toHaveAttribute('data-mode', 'unlock');
  await tapPin(page, MANAGER_PIN);
  await expect(page.getByTestId('detail-events')).toBeVisible();
  await expect(page.getByTestId('detail-created')).toHaveText(/\d{4} \d{2}:\d{2}$/);

  await core.invoke('lockManager', undefined);
  await expect(page.getByTestId('manager-mode')).toHaveCount(0);
  const printsBefore = invocations(traffic, 'printReceipt').length;
  await page.getByTestId('detail-reprint').click();
  await expect(pinDialog(page)).toBeVisible();
  await expect(page.getByTestId('pin-reason')).toHaveText('Mencetak ulang struk dari hari sebelumnya perlu manajer.');
  await page.keyboard.press('Escape');
  await expect(pinDialog(page)).toHaveCount(0);
  await expect(detailDialog(page), 'Esc closed the PIN dialog only').toBeVisible();
  await expect(page.getByTestId('detail-reprint')).toBeEnabled();
  expect(invocations(traffic, 'printReceipt').length, 'nothing printed without the manager').toBe(printsBefore);

  await page.getByTestId('detail-reprint').click();
  await tapPin(page, MANAGER_PIN);
  await expect(page.getByTestId('detail-notice')).toHaveText('Belum ada printer struk di kasir ini. Minta manajer memasangnya di Pengaturan.');
  expect(invocations(traffic, 'printReceipt').at(-1)?.request).toEqual({ tradeNo: older, reprint: true, locale: 'id' });
});
