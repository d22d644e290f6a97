import type { Page } from '@playwright/test';
import type { HistoryRequest } from '../../shared/ipc/history.ts';
import type { PaymentView } from '../../shared/ipc/contract.ts';
import { expect, test } from './support/fixtures.ts';
import { readable, startedPayment } from './support/helpers.ts';
import {
  cancelThroughUi, detailDialog, historyRow, historyRows, historyScreen, makePaidPayments, openHistory, payThroughUi, renderedRows, rowText,
} from './support/history.ts';
import { invocations } from './support/manager.ts';
import type { TrafficEntry } from './support/transport.ts';

/** The first-page requests the screen sent (not the one-row ask for where today began). */
const listRequests = (traffic: readonly TrafficEntry[]) =>
  invocations(traffic, 'listHistory').map((entry) => entry.request as HistoryRequest).filter((request) => request.limit !== 1 && request.before === undefined);
const lastListRequest = (traffic: readonly TrafficEntry[]) => listRequests(traffic).at(-1);
const tradeNosOnScreen = async (page: Page) => historyRows(page).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-trade-no')));

test('rows say time, amount, method, state in words and the reference; status, method and search narrow them', async ({ page, core, traffic }) => {
  const qris = await payThroughUi(page, traffic, '25000');
  const va = await payThroughUi(page, traffic, '30000', 'va');
  const cancelled = await cancelThroughUi(page, traffic, '15000');

  await openHistory(page);
  await expect(historyRows(page)).toHaveCount(3);
  expect(await tradeNosOnScreen(page), 'newest first').toEqual([cancelled, va, qris]);
  expect(await rowText(historyRow(page, cancelled))).toEqual({ time: expect.stringMatching(/^\d{2}:\d{2}$/), amount: 'Rp 15.000', method: 'QRIS', state: 'Dibatalkan', ref: cancelled });
  expect(await rowText(historyRow(page, va))).toMatchObject({ amount: 'Rp 30.000', method: 'VA BCA', state: 'Lunas', ref: va });
  expect(await rowText(historyRow(page, qris))).toMatchObject({ amount: 'Rp 25.000', method: 'QRIS', state: 'Lunas', ref: qris });
  expect(lastListRequest(traffic), 'today: from the business day main reported').toMatchObject({ from: expect.any(Number) });

  // Status chips: groups of states, as people name them.
  await page.getByTestId('history-status-cancelled').click();
  await expect(historyRows(page)).toHaveCount(1);
  await expect(historyRow(page, cancelled)).toBeVisible();
  await expect(page.getByTestId('history-status-cancelled')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('history-status-cancelled').click();
  await page.getByTestId('history-status-waiting').click();
  await expect(page.getByTestId('history-empty')).toHaveText('Tidak ada pembayaran yang cocok dengan pilihan ini');
  expect(lastListRequest(traffic)?.states).toEqual(['creating', 'awaiting', 'checking']);
  await page.getByTestId('history-status-waiting').click();
  await page.getByTestId('history-status-paid').click();
  await expect(historyRows(page)).toHaveCount(2);
  expect(await tradeNosOnScreen(page)).toEqual([va, qris]);

  // Method chips, combined with the status.
  await page.getByTestId('history-method-VA').click();
  await expect(historyRows(page)).toHaveCount(1);
  await expect(historyRow(page, va)).toBeVisible();
  expect(lastListRequest(traffic)).toMatchObject({ states: ['paid'], methods: ['VA'] });
  await page.getByTestId('history-method-VA').click();
  await page.getByTestId('history-status-paid').click();
  await page.getByTestId('history-method-QRIS').click();
  await expect(historyRows(page)).toHaveCount(2);
  expect(await tradeNosOnScreen(page)).toEqual([cancelled, qris]);
  await page.getByTestId('history-method-QRIS').click();
  await expect(historyRows(page)).toHaveCount(3);

  // Search: an amount as a person writes it, a Kasir reference's start, Paypro's reference.
  const search = page.getByTestId('history-search');
  await expect(search).toHaveAttribute('placeholder', 'Nominal, ref. Kasir atau Paypro');
  await search.fill('Rp 30.000');
  await expect(historyRows(page)).toHaveCount(1);
  await expect(historyRow(page, va)).toBeVisible();
  expect(lastListRequest(traffic)?.search).toBe('30000');
  await search.fill('25000');
  await expect(historyRows(page)).toHaveCount(1);
  await expect(historyRow(page, qris)).toBeVisible();
  await search.fill(cancelled.slice(0, 18));
  await expect(historyRows(page)).toHaveCount(1);
  await expect(historyRow(page, cancelled)).toBeVisible();
  const paypro = ((await core.invoke('getPayment', { tradeNo: va })) as { value: PaymentView }).value.platFormTradeNo ?? '';
  await search.fill(paypro.toUpperCase());
  await expect(historyRows(page)).toHaveCount(1);
  await expect(historyRow(page, va)).toBeVisible();
  await search.fill('');
  await expect(historyRows(page)).toHaveCount(3);
});

test('search waits for typing to pause, and an answer to an older search never replaces a newer one', async ({ page, core, traffic }) => {
  const first = await payThroughUi(page, traffic, '25000');
  const second = await payThroughUi(page, traffic, '30000');
  await openHistory(page);
  await expect(historyRows(page)).toHaveCount(2);
  const before = listRequests(traffic).length;
  await page.getByTestId('history-search').pressSequentially('30000', { delay: 40 });
  await expect(historyRows(page)).toHaveCount(1);
  await expect(historyRow(page, second)).toBeVisible();
  expect(listRequests(traffic).slice(before).map((request) => request.search), 'one request after the pause, not one per key').toEqual(['30000']);

  // Main answers slowly. An older search's answer must never be shown instead of a newer one's: not when it arrives
  // while the newer one is still on its way, and not when it arrives after it.
  const invoke = core.invoke.bind(core);
  const asked: (string | undefined)[] = [];
  // How long main takes over each search, in the order they come: first the older one is faster, then the newer one.
  const delays: Record<string, number[]> = { '25000': [600, 1_500], '30000': [1_500, 100] };
  core.invoke = async (name, payload, role) => {
    const search = name === 'listHistory' ? (payload as HistoryRequest).search : undefined;
    if (name === 'listHistory') asked.push(search);
    const answer = await invoke(name, payload, role);
    await new Promise((resolve) => setTimeout(resolve, delays[search ?? '']?.shift() ?? 0));
    return answer;
  };
  const answered = (search: string) => invocations(traffic, 'listHistory').filter((entry) => (entry.request as HistoryRequest).search === search).length;
  await page.getByTestId('history-search').fill('25000');
  await expect.poll(() => asked, { message: 'the first search was sent' }).toContain('25000');
  await page.getByTestId('history-search').fill('Rp 30.000');
  await expect.poll(() => answered('25000'), { message: 'the older answer arrived first' }).toBe(1);
  await expect.poll(() => answered('30000'), { timeout: 5_000 }).toBe(2);
  await expect(historyRows(page)).toHaveCount(1);
  await expect(historyRow(page, second)).toBeVisible();

  await page.getByTestId('history-search').fill('25000');
  await expect.poll(() => asked.filter((search) => search === '25000').length).toBe(2);
  await page.getByTestId('history-search').fill('Rp 30.000');
  await expect.poll(() => answered('25000'), { message: 'the older answer arrived last' }).toBe(2);
  await page.waitForTimeout(200);
  await expect(historyRows(page)).toHaveCount(1);
  await expect(historyRow(page, second)).toBeVisible();
  await expect(historyRow(page, first)).toHaveCount(0);
});

test('the detail shows both references, times and the event log; check again on a cancelled one says what Paypro said; a late payment shows up in it; Esc returns to its row', async ({ page, core, traffic }) => {
  const cancelled = await cancelThroughUi(page, traffic, '15000');
  await openHistory(page);
  await historyRow(page, cancelled).focus();
  await page.keyboard.press('Enter');
  const dialog = detailDialog(page);
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('detail-events')).toBeVisible();
  expect(readable(await page.getByTestId('detail-amount').textContent())).toBe('Rp 15.000');
  await expect(page.getByTestId('detail-state')).toHaveText('Dibatalkan');
  await expect(page.getByTestId('detail-method')).toHaveText('QRIS');
  await expect(page.getByTestId('detail-trade-no')).toHaveText(cancelled);
  const view = ((await core.invoke('getPayment', { tradeNo: cancelled })) as { value: PaymentView }).value;
  await expect(page.getByTestId('detail-paypro-ref')).toHaveText(view.platFormTradeNo ?? 'missing');
  await expect(page.getByTestId('detail-created')).toHaveText(/^\d{2}:\d{2}$/);
  const events = page.getByTestId('detail-event');
  await expect(events.first()).toHaveAttribute('data-type', 'begun');
  await expect(events.first()).toContainText('Dicatat di jurnal Kasir');
  await expect(events.filter({ hasText: 'Tagihan dibuat di Paypro' })).toHaveCount(1);
  await expect(events.filter({ hasText: 'Dibatalkan di kasir' })).toHaveCount(1);
  await expect(page.getByTestId('detail-reprint'), 'nothing was paid: no receipt').toHaveCount(0);

  await page.getByTestId('detail-check').click();
  await expect(page.getByTestId('detail-notice')).toHaveText('Sudah diperiksa dengan Paypro: Dibatalkan.');
  await page.getByTestId('detail-check').click();
  await expect(page.getByTestId('detail-notice')).toHaveText('Baru saja diperiksa. Tunggu beberapa detik, lalu periksa lagi.');
  await expect(page.getByTestId('detail-notice')).toHaveAttribute('data-kind', 'refused');

  // Paid after all: main, still watching, sees it, and the open detail, its log and its row follow.
  core.simulator?.settle(cancelled, 'paid');
  await expect(page.getByTestId('detail-state')).toHaveText('Lunas');
  await expect(events.filter({ hasText: 'Paypro: dibayar lunas' })).toHaveCount(1);
  await expect(dialog).toContainText('Dibayar setelah dibatalkan.');
  await expect(page.getByTestId('detail-paid-amount')).toHaveText(/Rp\s15\.000/);
  await expect(page.getByTestId('detail-check'), 'paid: nothing left to check').toHaveCount(0);
  await expect(page.getByTestId('detail-reprint')).toBeVisible();
  expect((await rowText(historyRow(page, cancelled))).state).toBe('Lunas');

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(historyRow(page, cancelled)).toBeFocused();
  await expect(historyScreen(page), 'Esc closed the detail only').toBeVisible();
});

test('reprint from the detail asks main for a copy in the screen\'s language and says where it went, in words', async ({ page, traffic }) => {
  const paid = await payThroughUi(page, traffic, '25000');
  await openHistory(page);
  await historyRow(page, paid).click();
  await expect(page.getByTestId('detail-check'), 'paid is over: nothing to check').toHaveCount(0);
  await page.getByTestId('detail-reprint').click();
  // No printer in this suite: main says so, and the detail says it in words.
  await expect(page.getByTestId('detail-notice')).toHaveText('Belum ada printer struk di kasir ini. Minta manajer memasangnya di Pengaturan.');
  expect(invocations(traffic, 'printReceipt').at(-1)?.request).toEqual({ tradeNo: paid, reprint: true, locale: 'id' });
  await page.getByTestId('detail-close').click();
  await expect(detailDialog(page)).toHaveCount(0);
  await expect(historyRow(page, paid)).toBeFocused();
});

test('Menu → Riwayat opens only from the keypad; the menu works by keyboard; Back and Esc return with the amount kept', async ({ page, traffic }) => {
  const button = page.getByTestId('menu-open');
  const box = await button.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(56);
  await page.keyboard.type('12345');

  // Keyboard: Tab reaches Menu (after the language switch), with a focus ring; Enter opens it on its first item.
  for (const next of ['language-id', 'language-en', 'menu-open']) {
    await page.keyboard.press('Tab');
    await expect(page.getByTestId(next)).toBeFocused();
  }
  expect(await button.evaluate((element) => parseFloat(getComputedStyle(element).outlineWidth))).toBeGreaterThanOrEqual(3);
  await page.keyboard.press('Enter');
  const history = page.getByTestId('history-open');
  const settings = page.getByTestId('settings-open');
  const closing = page.getByTestId('closing-open');
  const diagnostics = page.getByTestId('diagnostics-export');
  const updates = page.getByTestId('updates-open');
  // The menu as it is now, in its order: the last item is where Tab wraps from.
  const items = [history, settings, closing, updates, diagnostics];
  await expect(page.getByRole('menuitem')).toHaveCount(items.length);
  await expect(history).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  for (const item of items) expect((await item.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(56);
  for (const item of items.slice(1)) await expect(item).toContainText('Manajer');
  for (const item of items.slice(1)) {
    await page.keyboard.press('ArrowDown');
    await expect(item).toBeFocused();
  }
  await page.keyboard.press('Tab');
  await expect(history, 'Tab wraps inside the menu').toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(diagnostics, 'and back the other way').toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(updates).toBeFocused();
  await page.keyboard.press('Home');
  await expect(history).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(settings).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(history).toBeFocused();
  // Esc closes the menu only, with focus back on Menu; the amount is untouched.
  await page.keyboard.press('Escape');
  await expect(history).toHaveCount(0);
  await expect(button).toBeFocused();
  await expect(page.getByTestId('amount-display')).toHaveText(/Rp\s12\.345$/);
  await page.keyboard.press('Enter');
  await expect(history).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(historyScreen(page)).toBeVisible();
  await expect(button).toHaveAttribute('data-back-office', 'true');
  await expect(page.getByTestId('history-empty')).toHaveText('Belum ada pembayaran hari ini');
  await page.keyboard.press('5');
  await page.keyboard.press('Escape');
  await expect(historyScreen(page)).toHaveCount(0);
  await expect(page.getByTestId('amount-display')).toHaveText(/Rp\s12\.345$/);

  await openHistory(page);
  await page.getByTestId('history-back').click();
  await expect(page.getByTestId('amount-display')).toHaveText(/Rp\s12\.345$/);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('cancel-payment'), 'Enter on the keypad still charges').toBeVisible();
  startedPayment(traffic);
  await expect(button, 'a payment holds the counter').toBeDisabled();
});

test('virtualised: 300 payments put only the rows in view in the page, and scrolling to the end brings each one exactly once', async ({ page, core, traffic }) => {
  test.setTimeout(60_000);
  const made = await makePaidPayments(core, 300);
  await openHistory(page);
  const list = page.getByTestId('history-list');
  await expect(historyRows(page).first()).toHaveAttribute('data-trade-no', made.at(-1) ?? '');
  expect(await renderedRows(page)).toBeLessThan(30);

  for (let round = 0; round < 40 && (await list.getAttribute('data-complete')) !== 'true'; round++) {
    await list.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    await page.waitForTimeout(50);
  }
  await expect(list).toHaveAttribute('data-complete', 'true');
  await list.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  await expect(list).toHaveAttribute('data-rows', '300');
  await expect(historyRow(page, made[0] ?? '')).toBeVisible();
  expect(await renderedRows(page), 'at the end too, only the rows near the view').toBeLessThan(30);

  // What main sent, page after page: every payment once, none twice.
  const pages = invocations(traffic, 'listHistory').filter((entry) => (entry.request as HistoryRequest).limit !== 1);
  const sent = pages.flatMap((entry) => (entry.result as { value: { payments: PaymentView[] } }).value.payments.map((payment) => payment.tradeNo));
  expect(sent.length).toBe(300);
  expect(new Set(sent).size).toBe(300);
  expect([...sent].sort()).toEqual([...made].sort());

  // The keyboard walks the same list: End goes to the last (oldest) row, Home back to the newest.
  await historyRow(page, made[0] ?? '').focus();
  await page.keyboard.press('Home');
  await expect(historyRow(page, made.at(-1) ?? '')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(historyRow(page, made.at(-2) ?? '')).toBeFocused();
  await page.keyboard.press('End');
  await expect(historyRow(page, made[0] ?? '')).toBeFocused();
  expect(await renderedRows(page)).toBeLessThan(30);
});

test('the history screen is its own chunk: the counter starts without it and fetches it the first time Riwayat is pressed', async ({ page }) => {
  const scripts = () => page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.endsWith('.js')));
  const code = (urls: readonly string[]) => page.evaluate(async (list) => (await Promise.all(list.map(async (url) => (await fetch(url)).text()))).join('\n'), urls);
  await expect(page.getByTestId('amount-display')).toBeVisible();
  const atStart = await scripts();
  expect(atStart.length).toBeGreaterThan(0);
  expect(await code(atStart), 'the counter\'s start-up code has no history screen').not.toContain('history-screen');

  await openHistory(page);
  const fetched = (await scripts()).filter((url) => !atStart.includes(url));
  // The screen's own chunk, and the state and time words it shares with the closing screen (also on demand).
  expect(fetched.filter((url) => /\/HistoryScreen-[\w-]+\.js$/.test(url)), 'its own chunk, fetched on demand').toHaveLength(1);
  expect(fetched.filter((url) => !/\/(HistoryScreen|history-words)-[\w-]+\.js$/.test(url)), 'nothing else').toEqual([]);
  expect(await code(fetched)).toContain('history-screen');
});
