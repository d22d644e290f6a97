import type { ErrorCode, PaymentView } from '../../shared/ipc/contract.ts';
import type { HistoryCursor, HistoryPage } from '../../shared/ipc/history.ts';
import { isNewer } from './payment-merge.ts';

/**
 * The history list as pages arrive, as pure functions (the history slice applies them). Every query — the first
 * page after a filter changed — gets a new generation; an answer carries the generation it was asked for, and one
 * for an older generation is dropped, so a slow answer never overwrites a newer one. Pages are merged by tradeNo,
 * so a payment shows once however the pages overlap.
 */
export interface HistoryList {
  /** Which query the rows answer; answers to any other are stale. */
  readonly generation: number;
  /** Newest first, each payment once. */
  readonly rows: readonly PaymentView[];
  /** Where the next page starts; undefined on the last page (or before the first arrived). */
  readonly next: HistoryCursor | undefined;
  readonly phase: 'idle' | 'loading' | 'ready' | 'failed';
  /** A next page is on its way (one at a time: two asks for the same cursor would bring the same rows). */
  readonly loadingMore: boolean;
  /** Why the last page was refused: the first (phase 'failed') or a next one (the rows stay). */
  readonly error: ErrorCode | undefined;
}

export type PageKind = 'first' | 'more';

export const emptyHistoryList = (generation = 0): HistoryList => ({
  generation, rows: [], next: undefined, phase: 'idle', loadingMore: false, error: undefined,
});

/** A new query: everything shown so far belongs to the old one. */
export function queryStarted(list: HistoryList): HistoryList {
  return { ...emptyHistoryList(list.generation + 1), phase: 'loading' };
}

/** Closed: nothing is shown, and answers still on their way are stale. */
export function listClosed(list: HistoryList): HistoryList {
  return emptyHistoryList(list.generation + 1);
}

/** The cursor to ask for next, or undefined when there is no next page or one is already on its way. */
export function nextCursor(list: HistoryList): HistoryCursor | undefined {
  return list.phase === 'ready' && !list.loadingMore ? list.next : undefined;
}

export function moreStarted(list: HistoryList): HistoryList {
  return nextCursor(list) === undefined ? list : { ...list, loadingMore: true, error: undefined };
}

/** Rows with a page added after them: payments already there are kept in place (the newer revision wins). */
export function mergeRows(rows: readonly PaymentView[], incoming: readonly PaymentView[]): readonly PaymentView[] {
  const index = new Map(rows.map((row, at) => [row.tradeNo, at]));
  const merged = [...rows];
  for (const view of incoming) {
    const at = index.get(view.tradeNo);
    if (at === undefined) {
      index.set(view.tradeNo, merged.length);
      merged.push(view);
    } else if (isNewer(merged[at] as PaymentView, view)) merged[at] = view;
  }
  return merged;
}

export function pageArrived(list: HistoryList, generation: number, kind: PageKind, page: HistoryPage): HistoryList {
  if (generation !== list.generation) return list;
  if (kind === 'more' && !list.loadingMore) return list;
  if (kind === 'first' && list.phase !== 'loading') return list;
  const rows = mergeRows(kind === 'first' ? [] : list.rows, page.payments);
  return { generation, rows, next: page.next, phase: 'ready', loadingMore: false, error: undefined };
}

export function pageFailed(list: HistoryList, generation: number, kind: PageKind, code: ErrorCode): HistoryList {
  if (generation !== list.generation) return list;
  if (kind === 'more') return list.loadingMore ? { ...list, loadingMore: false, error: code } : list;
  return list.phase === 'loading' ? { ...list, phase: 'failed', error: code } : list;
}

/** Main's newer word on one payment (an event, "check again"): its row changes in place, no row is added. */
export function rowUpdated(list: HistoryList, view: PaymentView): HistoryList {
  const at = list.rows.findIndex((row) => row.tradeNo === view.tradeNo);
  const row = list.rows[at];
  if (!row || !isNewer(row, view)) return list;
  const rows = [...list.rows];
  rows[at] = view;
  return { ...list, rows };
}
