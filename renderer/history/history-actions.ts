import type { ErrorCode, KasirApi, PaymentView } from '../../shared/ipc/contract.ts';
import type { HistoryCursor, HistoryPage } from '../../shared/ipc/history.ts';
import type { Result } from '../../shared/result.ts';
import { asManager } from '../manager/manager-actions.ts';
import { kasirStore } from '../store/index.ts';
import type { ManagerReason } from '../store/manager-slice.ts';
import type { HistoryFilters, Period, StatusGroup } from './history-rules.ts';
import { historyRequest, reachesBeforeToday, toggled } from './history-rules.ts';

/**
 * The history screen's calls to main. Main decides who sees what: today's payments are everyone's, older ones the
 * manager's, so a call reaching before today goes through the manager PIN. A throw across IPC is a bug in main,
 * not an outcome: it shows as INTERNAL. Every answer is checked against what the screen still asks for (the
 * slice drops an answer to an older query).
 */
export type HistoryApi = Pick<KasirApi, 'listHistory' | 'getPaymentDetail' | 'checkPaymentNow' | 'printReceipt' | 'onPaymentUpdated'>;

const store = () => kasirStore.getState();

/** How long the search box waits for the cashier to stop typing before it asks main. */
export const SEARCH_DEBOUNCE_MS = 250;
let searchTimer: ReturnType<typeof setTimeout> | undefined;

/** Main's answer; a throw across IPC is a bug in main, shown as INTERNAL. */
async function guarded<T>(call: () => Promise<Result<T, ErrorCode>>): Promise<Result<T, ErrorCode>> {
  try {
    return await call();
  } catch {
    return { ok: false, code: 'INTERNAL', message: '' };
  }
}

/**
 * A call about a payment, through the manager when it is from before today; undefined when the PIN dialog was closed
 * without a PIN. One the window thought today's may be refused too (midnight passed): then the manager is asked.
 */
async function rightful<T>(olderThanToday: boolean, reason: ManagerReason, call: () => Promise<Result<T, ErrorCode>>): Promise<Result<T, ErrorCode> | undefined> {
  try {
    if (olderThanToday) return await asManager(reason, call);
    const result = await call();
    return !result.ok && result.code === 'MANAGER_ONLY' ? await asManager(reason, call) : result;
  } catch {
    return { ok: false, code: 'INTERNAL', message: '' };
  }
}

const olderThanToday = (moment: number): boolean => moment < (store().historyDayStart ?? 0);

/** When today's business day began, as main says it (asked once per visit: the till's day may start at 04:00). */
async function learnDayStart(api: HistoryApi): Promise<Result<number, ErrorCode>> {
  const probe = await guarded(() => api.listHistory({ limit: 1 }));
  if (!probe.ok) return probe;
  store().historyDayStartLearned(probe.value.dayStart);
  return { ok: true, value: probe.value.dayStart };
}

/** One page of the filtered list; a period reaching before today goes through the manager. */
function askPage(api: HistoryApi, filters: HistoryFilters, dayStart: number, before?: HistoryCursor): Promise<Result<HistoryPage, ErrorCode> | undefined> {
  const call = () => api.listHistory(historyRequest(filters, dayStart, before));
  return reachesBeforeToday(filters.period) ? rightful(true, 'history', call) : guarded(call);
}

/** Main refused today's list: midnight passed since today's start was learned. Today is a new day, still the cashier's. */
const newDay = (filters: HistoryFilters, result: Result<HistoryPage, ErrorCode> | undefined): boolean =>
  !reachesBeforeToday(filters.period) && result?.ok === false && result.code === 'MANAGER_ONLY';

/** The first page for the filters as they are now; whatever was asked before is dropped. */
export async function loadHistory(api: HistoryApi, freshDay = false): Promise<void> {
  const generation = store().historyQueryStarted();
  let dayStart = store().historyDayStart;
  if (freshDay || dayStart === undefined) {
    const learned = await learnDayStart(api);
    if (!learned.ok) return store().historyPageFailed(generation, 'first', learned.code);
    dayStart = learned.value;
  }
  const filters = store().historyFilters;
  let result = await askPage(api, filters, dayStart);
  if (newDay(filters, result)) {
    const learned = await learnDayStart(api);
    result = learned.ok ? await askPage(api, filters, learned.value) : learned;
  }
  if (result === undefined) {
    // No manager came: back to what a cashier may see, unless the cashier has already asked for something else.
    if (store().historyList.generation === generation) await changeFilters(api, { ...filters, period: 'today' });
    return;
  }
  if (result.ok) store().historyPageArrived(generation, 'first', result.value);
  else store().historyPageFailed(generation, 'first', result.code);
}

/** The next page, when the list has one and none is on its way; the rows stay if it fails. */
export async function loadMoreHistory(api: HistoryApi): Promise<void> {
  const { historyDayStart: dayStart, historyFilters: filters } = store();
  if (dayStart === undefined) return;
  const started = store().historyMoreStarted();
  if (!started) return;
  const result = await askPage(api, filters, dayStart, started.cursor);
  if (result?.ok) return store().historyPageArrived(started.generation, 'more', result.value);
  store().historyPageFailed(started.generation, 'more', result?.code ?? 'MANAGER_ONLY');
  // A new day began under the list: today's list starts again from its top.
  if (newDay(filters, result) && store().historyList.generation === started.generation) await loadHistory(api, true);
}

async function changeFilters(api: HistoryApi, filters: HistoryFilters): Promise<void> {
  clearTimeout(searchTimer);
  store().historyFiltersChanged(filters);
  await loadHistory(api);
}

/** Opens the screen's data: today's first page, with today's start asked afresh. */
export function startHistory(api: HistoryApi): () => void {
  const stopUpdates = api.onPaymentUpdated((view) => {
    const shown = store().historyDetail?.payment;
    store().historyPaymentUpdated(view);
    // The open detail's log gains the change too (a late payment, the watch ending).
    if (shown?.tradeNo === view.tradeNo && view.revision > shown.revision) void refreshDetail(api, view.tradeNo, view.createdAt);
  });
  void loadHistory(api, true);
  return () => {
    clearTimeout(searchTimer);
    stopUpdates();
  };
}

export function closeHistory(): void {
  clearTimeout(searchTimer);
  store().historyClosed();
}

export function choosePeriod(api: HistoryApi, period: Period): Promise<void> {
  const filters = store().historyFilters;
  return period === filters.period ? Promise.resolve() : changeFilters(api, { ...filters, period });
}

export function toggleStatus(api: HistoryApi, group: StatusGroup): Promise<void> {
  const filters = store().historyFilters;
  return changeFilters(api, { ...filters, statuses: toggled(filters.statuses, group) });
}

export function toggleMethod(api: HistoryApi, method: string): Promise<void> {
  const filters = store().historyFilters;
  return changeFilters(api, { ...filters, methods: toggled(filters.methods, method) });
}

/** The box shows every key at once; main is asked once the cashier stops typing for a moment. */
export function typeSearch(api: HistoryApi, text: string): void {
  clearTimeout(searchTimer);
  store().historyFiltersChanged({ ...store().historyFilters, search: text });
  searchTimer = setTimeout(() => void loadHistory(api), SEARCH_DEBOUNCE_MS);
}

/** The detail: what the row knows at once, then main's view and event log. */
export async function openDetail(api: HistoryApi, payment: PaymentView): Promise<void> {
  const { tradeNo } = payment;
  store().detailOpened(payment);
  await refreshDetail(api, tradeNo, payment.createdAt);
}

async function refreshDetail(api: HistoryApi, tradeNo: string, createdAt: number): Promise<void> {
  const result = await rightful(olderThanToday(createdAt), 'history', () => api.getPaymentDetail({ tradeNo }));
  if (result?.ok) store().detailLoaded(result.value);
  else store().detailEventsFailed(tradeNo, result?.code ?? 'MANAGER_ONLY');
}

/** Asks Paypro about the payment now; its refreshed view replaces the row, and the log shows the check. */
export async function checkAgain(api: HistoryApi): Promise<void> {
  const detail = store().historyDetail;
  if (!detail || detail.busy) return;
  const { tradeNo, createdAt } = detail.payment;
  store().detailBusy(tradeNo, 'check');
  const result = await guarded(() => api.checkPaymentNow({ tradeNo }));
  if (!result.ok) return store().detailAnswered(tradeNo, { kind: 'refused', code: result.code });
  store().historyPaymentUpdated(result.value);
  store().detailAnswered(tradeNo, { kind: 'checked', view: result.value });
  await refreshDetail(api, tradeNo, createdAt);
}

/** A copy of the receipt, in the screen's language; one from before today is the manager's. */
export async function reprintReceipt(api: HistoryApi): Promise<void> {
  const detail = store().historyDetail;
  if (!detail || detail.busy) return;
  const { tradeNo, createdAt } = detail.payment;
  const locale = store().locale;
  store().detailBusy(tradeNo, 'print');
  const result = await rightful(olderThanToday(createdAt), 'reprint', () => api.printReceipt({ tradeNo, reprint: true, locale }));
  if (result === undefined) store().detailBusy(tradeNo, undefined);
  else if (result.ok) store().detailAnswered(tradeNo, { kind: 'printed', printedTo: result.value.printedTo, file: result.value.file });
  else store().detailAnswered(tradeNo, { kind: 'refused', code: result.code });
}

export function closeDetail(): void {
  store().detailClosed();
}
