import type { StateCreator } from 'zustand/vanilla';
import type { ErrorCode, PaymentView } from '../../shared/ipc/contract.ts';
import type { HistoryCursor, HistoryPage, PaymentDetail } from '../../shared/ipc/history.ts';
import type { HistoryFilters } from '../history/history-rules.ts';
import type { HistoryList, PageKind } from './history-list.ts';
import { emptyHistoryList, listClosed, moreStarted, nextCursor, pageArrived, pageFailed, queryStarted, rowUpdated } from './history-list.ts';
import { newerView } from './payment-merge.ts';
import type { KasirState } from './types.ts';

/** What the detail says after its buttons: main's answer in words, or where the receipt went. */
export type DetailNotice =
  | { readonly kind: 'checked'; readonly view: PaymentView }
  | { readonly kind: 'printed'; readonly printedTo: 'printer' | 'pdf'; readonly file: string | undefined }
  | { readonly kind: 'refused'; readonly code: ErrorCode };

/** One payment opened from the list: what the row knew at once, then main's detail with its event log. */
export interface HistoryDetail {
  readonly payment: PaymentView;
  readonly events: PaymentDetail['events'] | undefined;
  readonly eventsError: ErrorCode | undefined;
  /** A button's call is on its way (one at a time, so one press is one check or one receipt). */
  readonly busy: 'check' | 'print' | undefined;
  readonly notice: DetailNotice | undefined;
}

/**
 * The history screen (shown while `backOffice` is 'history', ./ui-slice.ts): its filters, the list as pages arrive (./history-list.ts) and the
 * payment opened from it. Payments are main's word, kept only while the screen is open.
 */
export interface HistoryData {
  readonly historyFilters: HistoryFilters;
  readonly historyList: HistoryList;
  /** When today's business day began, as main last said: "today" and the manager's periods count from it. */
  readonly historyDayStart: number | undefined;
  readonly historyDetail: HistoryDetail | undefined;
}

export interface HistorySlice extends HistoryData {
  /** From the keypad only: the counter is free (the top bar's button is enabled only then). */
  historyOpened(): void;
  historyClosed(): void;
  historyFiltersChanged(filters: HistoryFilters): void;
  historyDayStartLearned(dayStart: number): void;
  /** A first page is asked for: answers to any earlier query are stale from now on. Answers its generation. */
  historyQueryStarted(): number;
  /** The next page to ask for, marked as on its way; undefined when there is none or one is already asked for. */
  historyMoreStarted(): { readonly generation: number; readonly cursor: HistoryCursor } | undefined;
  historyPageArrived(generation: number, kind: PageKind, page: HistoryPage): void;
  historyPageFailed(generation: number, kind: PageKind, code: ErrorCode): void;
  /** Main's newer word on a payment (an event, "check again", a detail): its row and its detail follow. */
  historyPaymentUpdated(view: PaymentView): void;
  detailOpened(payment: PaymentView): void;
  detailLoaded(detail: PaymentDetail): void;
  detailEventsFailed(tradeNo: string, code: ErrorCode): void;
  detailBusy(tradeNo: string, busy: HistoryDetail['busy']): void;
  detailAnswered(tradeNo: string, notice: DetailNotice): void;
  detailClosed(): void;
}

const firstFilters = (): HistoryFilters => ({ period: 'today', statuses: [], methods: [], search: '' });

export const initialHistoryData = (): HistoryData => ({
  historyFilters: firstFilters(),
  historyList: emptyHistoryList(),
  historyDayStart: undefined,
  historyDetail: undefined,
});

export const createHistorySlice: StateCreator<KasirState, [], [], HistorySlice> = (set, get) => {
  /** Changes the open detail, when it is still the payment `tradeNo` (an answer for one closed since is dropped). */
  const updateDetail = (tradeNo: string, change: (detail: HistoryDetail) => Partial<HistoryDetail>): void => {
    const detail = get().historyDetail;
    if (detail?.payment.tradeNo === tradeNo) set({ historyDetail: { ...detail, ...change(detail) } });
  };
  return {
    ...initialHistoryData(),
    historyOpened() {
      const { historyList } = get();
      if (!get().backOfficeOpened('history')) return;
      // Every visit starts at today's, unfiltered: a manager's view of older days does not linger for the next cashier.
      set({ historyFilters: firstFilters(), historyList: listClosed(historyList), historyDetail: undefined });
    },
    historyClosed() {
      const { backOffice } = get();
      set({ ...(backOffice === 'history' ? { backOffice: undefined } : {}), historyList: listClosed(get().historyList), historyDetail: undefined, historyFilters: firstFilters() });
    },
    historyFiltersChanged(filters) {
      set({ historyFilters: filters });
    },
    historyDayStartLearned(dayStart) {
      set({ historyDayStart: dayStart });
    },
    historyQueryStarted() {
      const historyList = queryStarted(get().historyList);
      set({ historyList });
      return historyList.generation;
    },
    historyMoreStarted() {
      const list = get().historyList;
      const cursor = nextCursor(list);
      if (cursor === undefined) return undefined;
      set({ historyList: moreStarted(list) });
      return { generation: list.generation, cursor };
    },
    historyPageArrived(generation, kind, page) {
      const historyList = pageArrived(get().historyList, generation, kind, page);
      if (historyList !== get().historyList) set({ historyList, historyDayStart: page.dayStart });
    },
    historyPageFailed(generation, kind, code) {
      set({ historyList: pageFailed(get().historyList, generation, kind, code) });
    },
    historyPaymentUpdated(view) {
      const { historyList } = get();
      const updated = rowUpdated(historyList, view);
      if (updated !== historyList) set({ historyList: updated });
      updateDetail(view.tradeNo, (detail) => ({ payment: newerView(detail.payment, view) }));
    },
    detailOpened(payment) {
      set({ historyDetail: { payment, events: undefined, eventsError: undefined, busy: undefined, notice: undefined } });
    },
    detailLoaded({ payment, events }) {
      get().historyPaymentUpdated(payment);
      // Two reads of the log can cross: the one that knows the later change wins.
      const latest = (log: HistoryDetail['events']) => log?.at(-1)?.revision ?? -1;
      updateDetail(payment.tradeNo, (detail) => (latest(events) < latest(detail.events) ? {} : { events, eventsError: undefined }));
    },
    detailEventsFailed(tradeNo, code) {
      updateDetail(tradeNo, () => ({ eventsError: code }));
    },
    detailBusy(tradeNo, busy) {
      updateDetail(tradeNo, () => (busy === undefined ? { busy } : { busy, notice: undefined }));
    },
    detailAnswered(tradeNo, notice) {
      updateDetail(tradeNo, () => ({ notice, busy: undefined }));
    },
    detailClosed() {
      set({ historyDetail: undefined });
    },
  };
};
