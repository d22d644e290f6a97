import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ErrorCode, IpcResult, KasirApi, ManagerState, PaymentView } from '../../../shared/ipc/contract.ts';
import type { HistoryPage, HistoryRequest, PaymentDetail } from '../../../shared/ipc/history.ts';
import { err, ok } from '../../../shared/result.ts';
import type { Result } from '../../../shared/result.ts';
import { KasirApiContext } from '../../../renderer/api-context.ts';
import type { HistoryApi } from '../../../renderer/history/history-actions.ts';
import {
  SEARCH_DEBOUNCE_MS, checkAgain, choosePeriod, closeHistory, loadHistory, loadMoreHistory, openDetail, reprintReceipt, startHistory, toggleStatus, typeSearch,
} from '../../../renderer/history/history-actions.ts';
import { closeManagerPrompt } from '../../../renderer/manager/manager-actions.ts';
import { TopBar } from '../../../renderer/shell/TopBar.tsx';
import { kasirStore, resetStore } from '../../../renderer/store/index.ts';
import { demoInfo, settledView, view } from './fixtures.ts';

const state = () => kasirStore.getState();
const DAY_START = 1_800_000_000_000;
const open: ManagerState = { pinSet: true, active: true, retryAt: undefined, locked: false };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const payment = (n: number, overrides: Partial<PaymentView> = {}) =>
  settledView({ tradeNo: `T${n}`, createdAt: DAY_START + 1_000 - n, revision: 1, state: 'paid', onCounter: false, ...overrides });
const pageOf = (payments: readonly PaymentView[], more = false): HistoryPage => {
  const last = payments.at(-1);
  return { payments, next: more && last ? { createdAt: last.createdAt, tradeNo: last.tradeNo } : undefined, dayStart: DAY_START };
};
const shown = () => state().historyList.rows.map((row) => row.tradeNo);

interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
}
function deferred<T>(): Deferred<T> {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

/** A fake main: listHistory answers what `lists` says for each request (in order), the rest as given. */
function fakeApi(overrides: Partial<HistoryApi> = {}): HistoryApi & { readonly requests: HistoryRequest[] } {
  const requests: HistoryRequest[] = [];
  return {
    requests,
    listHistory: vi.fn(async (request: HistoryRequest): Promise<IpcResult<'listHistory'>> => {
      requests.push(request);
      return ok(pageOf([]));
    }),
    getPaymentDetail: vi.fn(async ({ tradeNo }): Promise<IpcResult<'getPaymentDetail'>> => ok({ payment: payment(Number(tradeNo.slice(1))), events: [] })),
    checkPaymentNow: vi.fn(async () => err('PAYMENT_NOT_OPEN', 'closed')),
    printReceipt: vi.fn(async () => ok({ printedTo: 'printer' as const, file: undefined })),
    onPaymentUpdated: vi.fn(() => () => undefined),
    ...overrides,
  };
}

beforeEach(() => {
  resetStore();
  state().appInfoLoaded(demoInfo);
  state().historyOpened();
});
afterEach(() => {
  closeHistory();
  vi.useRealTimers();
});

describe('loading', () => {
  it('asks main where today began, then today\'s first page from there', async () => {
    const api = fakeApi({
      listHistory: vi.fn(async (request: HistoryRequest) => ok(request.limit === 1 ? pageOf([payment(1)]) : pageOf([payment(1), payment(2)]))),
    });
    await loadHistory(api, true);
    expect(vi.mocked(api.listHistory).mock.calls.map(([request]) => request)).toEqual([{ limit: 1 }, { limit: 50, from: DAY_START }]);
    expect(shown()).toEqual(['T1', 'T2']);
    expect(state().historyDayStart).toBe(DAY_START);
  });

  it('a slow answer to an older filter never replaces the newer one', async () => {
    state().historyDayStartLearned(DAY_START);
    const slow = deferred<IpcResult<'listHistory'>>();
    const api = fakeApi({
      listHistory: vi.fn(async (request: HistoryRequest) => (request.states?.includes('paid') ? ok(pageOf([payment(7)])) : slow.promise)),
    });
    const first = loadHistory(api);
    const second = toggleStatus(api, 'paid');
    await second;
    expect(shown()).toEqual(['T7']);
    slow.resolve(ok(pageOf([payment(1), payment(2)])));
    await first;
    expect(shown()).toEqual(['T7']);
    expect(state().historyFilters.statuses).toEqual(['paid']);
  });

  it('nor does one that arrives while the newer one is still on its way', async () => {
    state().historyDayStartLearned(DAY_START);
    const older = deferred<IpcResult<'listHistory'>>();
    const newer = deferred<IpcResult<'listHistory'>>();
    const api = fakeApi({ listHistory: vi.fn((request: HistoryRequest) => (request.states ? newer.promise : older.promise)) });
    const first = loadHistory(api);
    const second = toggleStatus(api, 'cancelled');
    older.resolve(ok(pageOf([payment(1)])));
    await first;
    expect(state().historyList).toMatchObject({ phase: 'loading', rows: [] });
    newer.resolve(ok(pageOf([payment(4, { state: 'cancelled' })])));
    await second;
    expect(shown()).toEqual(['T4']);
  });

  it('more pages follow the cursor, one at a time, each payment once', async () => {
    state().historyDayStartLearned(DAY_START);
    const pages = [pageOf([payment(1), payment(2)], true), pageOf([payment(2), payment(3)], true), pageOf([payment(4)])];
    const api = fakeApi({ listHistory: vi.fn(async () => ok(pages.shift() ?? pageOf([]))) });
    await loadHistory(api);
    const twice = [loadMoreHistory(api), loadMoreHistory(api)];
    await Promise.all(twice);
    expect(api.listHistory).toHaveBeenCalledTimes(2);
    expect(vi.mocked(api.listHistory).mock.calls[1]?.[0]).toMatchObject({ before: { tradeNo: 'T2' } });
    await loadMoreHistory(api);
    expect(shown()).toEqual(['T1', 'T2', 'T3', 'T4']);
    await loadMoreHistory(api);
    expect(api.listHistory, 'the last page has no next').toHaveBeenCalledTimes(3);
  });

  it('search waits for typing to pause, and sends the amount\'s digits once', async () => {
    vi.useFakeTimers();
    state().historyDayStartLearned(DAY_START);
    const api = fakeApi();
    for (const text of ['R', 'Rp', 'Rp 2', 'Rp 25', 'Rp 25.000']) {
      typeSearch(api, text);
      await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS - 50);
    }
    expect(api.listHistory).not.toHaveBeenCalled();
    expect(state().historyFilters.search).toBe('Rp 25.000');
    await vi.advanceTimersByTimeAsync(50);
    expect(api.requests).toEqual([{ limit: 50, from: DAY_START, search: '25000' }]);
  });
});

describe('the manager\'s periods', () => {
  it('an older period is asked for only after a manager opened a session', async () => {
    state().historyDayStartLearned(DAY_START);
    state().managerStateLoaded({ ...open, active: false });
    const api = fakeApi();
    const choosing = choosePeriod(api, 'all');
    await settle();
    expect(state().managerPrompt).toBe('history');
    expect(api.listHistory).not.toHaveBeenCalled();
    state().managerPromptClosed(open);
    await choosing;
    expect(api.requests).toEqual([{ limit: 50, from: 946_684_800_000 }]);
  });

  it('the PIN dialog closed without a PIN: back to today\'s list', async () => {
    state().historyDayStartLearned(DAY_START);
    state().managerStateLoaded({ ...open, active: false });
    const api = fakeApi();
    const choosing = choosePeriod(api, 'yesterday');
    await settle();
    closeManagerPrompt();
    await choosing;
    expect(state().historyFilters.period).toBe('today');
    expect(api.requests).toEqual([{ limit: 50, from: DAY_START }]);
  });

  it('today\'s refused after midnight (MANAGER_ONLY): today is a new day, asked for afresh, still without the manager', async () => {
    state().historyDayStartLearned(DAY_START);
    const tomorrow = DAY_START + 86_400_000;
    const api = fakeApi({
      listHistory: vi.fn(async (request: HistoryRequest) => {
        if (request.limit === 1) return ok({ ...pageOf([]), dayStart: tomorrow });
        return request.from === tomorrow ? ok({ ...pageOf([payment(3)]), dayStart: tomorrow }) : err('MANAGER_ONLY', 'before today');
      }),
    });
    await loadHistory(api);
    expect(vi.mocked(api.listHistory).mock.calls.map(([request]) => request)).toEqual([{ limit: 50, from: DAY_START }, { limit: 1 }, { limit: 50, from: tomorrow }]);
    expect(state().managerPrompt).toBeUndefined();
    expect(shown()).toEqual(['T3']);
    expect(state().historyDayStart).toBe(tomorrow);
  });

  it('a detail the window thought today\'s but main calls older (midnight passed) is asked for through the manager', async () => {
    state().historyDayStartLearned(DAY_START);
    const answers: Result<PaymentDetail, ErrorCode>[] = [err('MANAGER_ONLY', 'before today'), ok({ payment: payment(3), events: [] })];
    const api = fakeApi({ getPaymentDetail: vi.fn(async () => answers.shift() ?? err('INTERNAL', '')) });
    const opening = openDetail(api, payment(3));
    await settle();
    expect(state().managerPrompt).toBe('history');
    state().managerPromptClosed(open);
    await opening;
    expect(state().historyDetail?.events).toEqual([]);
  });
});

describe('the detail', () => {
  const detailOf = (view: PaymentView): PaymentDetail => ({ payment: view, events: [{ revision: view.revision, at: view.updatedAt, type: 'cancel', state: view.state }] });

  it('shows the row at once, then main\'s view and log; an older payment\'s detail asks for the manager', async () => {
    state().historyDayStartLearned(DAY_START);
    const older = payment(5, { createdAt: DAY_START - 10 });
    const getPaymentDetail = vi.fn(async () => ok(detailOf(older)));
    const opening = openDetail(fakeApi({ getPaymentDetail }), older);
    expect(state().historyDetail).toMatchObject({ payment: older, events: undefined });
    await settle();
    expect(state().managerPrompt).toBe('history');
    expect(getPaymentDetail).not.toHaveBeenCalled();
    state().managerPromptClosed(open);
    await opening;
    expect(state().historyDetail?.events).toHaveLength(1);
  });

  it('check again: the refreshed view replaces the row and the detail; a refusal is kept to say in words', async () => {
    state().historyDayStartLearned(DAY_START);
    const cancelled = payment(1, { state: 'cancelled', revision: 3 });
    state().historyPageArrived(state().historyQueryStarted(), 'first', pageOf([cancelled, payment(2)]));
    const paid = { ...cancelled, state: 'paid' as const, revision: 4, lateAfter: 'cancelled' as const };
    const checkPaymentNow = vi.fn().mockResolvedValueOnce(ok(paid)).mockResolvedValueOnce(err('TOO_SOON', 'wait'));
    const log = deferred<IpcResult<'getPaymentDetail'>>();
    const getPaymentDetail = vi.fn().mockResolvedValueOnce(ok(detailOf(cancelled))).mockReturnValueOnce(log.promise);
    const api = fakeApi({ checkPaymentNow, getPaymentDetail });
    await openDetail(api, cancelled);
    const checking = checkAgain(api);
    await settle();
    expect(checkPaymentNow).toHaveBeenCalledWith({ tradeNo: 'T1' });
    // Check's own answer, before the log is read again.
    expect(state().historyList.rows[0]).toMatchObject({ tradeNo: 'T1', state: 'paid', revision: 4 });
    expect(state().historyDetail).toMatchObject({ payment: { state: 'paid' }, notice: { kind: 'checked' }, busy: undefined });
    log.resolve(ok(detailOf(paid)));
    await checking;
    expect(getPaymentDetail).toHaveBeenCalledTimes(2);
    expect(state().historyDetail?.events?.[0]).toMatchObject({ revision: 4 });
    await checkAgain(api);
    expect(state().historyDetail?.notice).toEqual({ kind: 'refused', code: 'TOO_SOON' });
    expect(state().historyList.rows[0]?.revision).toBe(4);
  });

  it('an answer for a detail closed since is dropped', async () => {
    const late = deferred<IpcResult<'getPaymentDetail'>>();
    const api = fakeApi({ getPaymentDetail: vi.fn(() => late.promise) });
    state().historyDayStartLearned(DAY_START);
    const opening = openDetail(api, payment(1));
    state().detailClosed();
    state().detailOpened(payment(2));
    late.resolve(ok(detailOf(payment(1))));
    await opening;
    expect(state().historyDetail).toMatchObject({ payment: { tradeNo: 'T2' }, events: undefined });
  });

  it('two reads of the log that cross: the one that knows the later change stays', async () => {
    state().historyDayStartLearned(DAY_START);
    const first = deferred<IpcResult<'getPaymentDetail'>>();
    const getPaymentDetail = vi.fn().mockReturnValueOnce(first.promise).mockResolvedValueOnce(ok(detailOf(payment(1, { revision: 5, state: 'paid' }))));
    let emit: (view: PaymentView) => void = () => {};
    const api = fakeApi({ getPaymentDetail, onPaymentUpdated: vi.fn((listener) => ((emit = listener), () => undefined)) });
    const stop = startHistory(api);
    const opening = openDetail(api, payment(1, { state: 'cancelled' }));
    emit(payment(1, { revision: 5, state: 'paid' }));
    await settle();
    expect(state().historyDetail?.events?.[0]?.revision).toBe(5);
    first.resolve(ok(detailOf(payment(1, { revision: 1, state: 'cancelled' }))));
    await opening;
    expect(state().historyDetail?.events?.[0]?.revision).toBe(5);
    expect(state().historyDetail?.payment.state).toBe('paid');
    stop();
  });

  it('reprint sends a copy in the screen\'s language; an older one only through the manager', async () => {
    state().historyDayStartLearned(DAY_START);
    state().setLocale('en');
    const printReceipt = vi.fn(async () => ok({ printedTo: 'pdf' as const, file: '/r/receipt.pdf' }));
    const api = fakeApi({ printReceipt });
    state().detailOpened(payment(1));
    await reprintReceipt(api);
    expect(printReceipt).toHaveBeenCalledWith({ tradeNo: 'T1', reprint: true, locale: 'en' });
    expect(state().historyDetail?.notice).toEqual({ kind: 'printed', printedTo: 'pdf', file: '/r/receipt.pdf' });

    state().detailOpened(payment(2, { createdAt: DAY_START - 1 }));
    const printing = reprintReceipt(api);
    await settle();
    expect(state().managerPrompt).toBe('reprint');
    closeManagerPrompt();
    await printing;
    expect(printReceipt).toHaveBeenCalledTimes(1);
    expect(state().historyDetail).toMatchObject({ busy: undefined, notice: undefined });
  });

  it('main\'s events keep the rows and the open detail current, and its log is read again', async () => {
    let emit: (view: PaymentView) => void = () => {};
    const getPaymentDetail = vi.fn(async () => ok(detailOf(payment(1, { revision: 2, state: 'paid' }))));
    const api = fakeApi({ onPaymentUpdated: vi.fn((listener) => ((emit = listener), () => undefined)), getPaymentDetail });
    state().historyDayStartLearned(DAY_START);
    const stop = startHistory(api);
    await settle();
    state().historyPageArrived(state().historyQueryStarted(), 'first', pageOf([payment(1, { state: 'cancelled' })]));
    state().detailOpened(payment(1, { state: 'cancelled' }));
    emit(payment(1, { revision: 2, state: 'paid' }));
    await settle();
    expect(state().historyList.rows[0]?.state).toBe('paid');
    expect(state().historyDetail?.payment.state).toBe('paid');
    expect(getPaymentDetail).toHaveBeenCalledWith({ tradeNo: 'T1' });
    stop();
  });
});

describe('the top bar', () => {
  const api = new Proxy({} as KasirApi, { get: () => () => Promise.resolve(ok(undefined)) });
  const render = () => renderToStaticMarkup(createElement(KasirApiContext, { value: api }, createElement(TopBar)));

  it('Menu is enabled on the keypad and disabled while a payment holds the counter; history keeps the amount', () => {
    closeHistory();
    expect(render()).toMatch(/<button[^>]*data-testid="menu-open"[^>]*data-back-office="false"[^>]*aria-haspopup="menu"[^>]*>Menu<\/button>/);
    state().pressKey('5');
    state().historyOpened();
    expect(render()).toMatch(/data-testid="menu-open"[^>]*data-back-office="true"/);
    state().historyClosed();
    expect(state().amount).toBe(5);
    state().chargeRequested('QRIS');
    state().applyPaymentUpdate(view());
    expect(render()).toMatch(/<button[^>]*data-testid="menu-open"[^>]*disabled=""/);
    state().historyOpened();
    expect(state().backOffice, 'not while a payment holds the counter').toBeUndefined();
  });
});
