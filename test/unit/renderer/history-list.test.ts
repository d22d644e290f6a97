import { describe, expect, it } from 'vitest';
import type { PaymentView } from '../../../shared/ipc/contract.ts';
import type { HistoryPage } from '../../../shared/ipc/history.ts';
import {
  emptyHistoryList, listClosed, mergeRows, moreStarted, nextCursor, pageArrived, pageFailed, queryStarted, rowUpdated,
} from '../../../renderer/store/history-list.ts';
import { settledView } from './fixtures.ts';

const row = (n: number, overrides: Partial<PaymentView> = {}) => settledView({ tradeNo: `T${String(n).padStart(4, '0')}`, createdAt: 10_000 - n, revision: 1, state: 'paid', ...overrides });
const page = (payments: readonly PaymentView[], more = true): HistoryPage => {
  const last = payments.at(-1);
  return { payments, next: more && last ? { createdAt: last.createdAt, tradeNo: last.tradeNo } : undefined, dayStart: 0 };
};
const tradeNos = (rows: readonly PaymentView[]) => rows.map((payment) => payment.tradeNo);

describe('merging pages', () => {
  it('adds new payments after the ones shown, each once however the pages overlap', () => {
    const merged = mergeRows([row(1), row(2), row(3)], [row(3), row(4), row(2), row(5)]);
    expect(tradeNos(merged)).toEqual(['T0001', 'T0002', 'T0003', 'T0004', 'T0005']);
  });

  it('a payment seen again keeps its place and takes the newer revision, never an older one', () => {
    const shown = [row(1), row(2, { revision: 3, state: 'cancelled' })];
    expect(mergeRows(shown, [row(2, { revision: 4, state: 'paid' })])[1]).toMatchObject({ revision: 4, state: 'paid' });
    expect(mergeRows(shown, [row(2, { revision: 2, state: 'awaiting' })])[1]).toMatchObject({ revision: 3, state: 'cancelled' });
  });

  it('a page with a payment twice shows it once', () => {
    expect(tradeNos(mergeRows([], [row(1), row(1), row(2)]))).toEqual(['T0001', 'T0002']);
  });
});

describe('pages arriving', () => {
  it('the first page replaces everything; a next page is added after it; the last page has no cursor', () => {
    let list = queryStarted(emptyHistoryList());
    expect(list).toMatchObject({ phase: 'loading', rows: [] });
    list = pageArrived(list, list.generation, 'first', page([row(1), row(2)]));
    expect(list).toMatchObject({ phase: 'ready', next: { tradeNo: 'T0002' } });
    expect(nextCursor(list)).toEqual({ createdAt: 10_000 - 2, tradeNo: 'T0002' });
    list = moreStarted(list);
    expect(list.loadingMore).toBe(true);
    expect(nextCursor(list), 'one next page at a time').toBeUndefined();
    list = pageArrived(list, list.generation, 'more', page([row(3)], false));
    expect(tradeNos(list.rows)).toEqual(['T0001', 'T0002', 'T0003']);
    expect(list).toMatchObject({ next: undefined, loadingMore: false });
    expect(nextCursor(list)).toBeUndefined();
    expect(moreStarted(list)).toBe(list);
  });

  it('an answer to an older query is dropped, whenever it arrives', () => {
    const first = queryStarted(emptyHistoryList());
    const second = queryStarted(first);
    const shown = pageArrived(second, second.generation, 'first', page([row(9)]));
    expect(pageArrived(shown, first.generation, 'first', page([row(1), row(2)]))).toBe(shown);
    expect(pageArrived(second, first.generation, 'first', page([row(1)])), 'before the newer one too').toBe(second);
    expect(pageFailed(shown, first.generation, 'first', 'INTERNAL')).toBe(shown);
  });

  it('a next page asked for before the filters changed does not join the new list', () => {
    let list = queryStarted(emptyHistoryList());
    list = moreStarted(pageArrived(list, list.generation, 'first', page([row(1)])));
    const old = list.generation;
    list = queryStarted(list);
    list = pageArrived(list, list.generation, 'first', page([row(5)]));
    expect(pageArrived(list, old, 'more', page([row(2)]))).toBe(list);
    expect(pageArrived(list, list.generation, 'more', page([row(6)])), 'a next page nobody asked for').toBe(list);
  });

  it('a first page answered twice is taken once', () => {
    let list = queryStarted(emptyHistoryList());
    list = pageArrived(list, list.generation, 'first', page([row(1)]));
    expect(pageArrived(list, list.generation, 'first', page([row(2)]))).toBe(list);
  });

  it('a refused first page fails the list; a refused next page keeps the rows and says why', () => {
    const loading = queryStarted(emptyHistoryList());
    expect(pageFailed(loading, loading.generation, 'first', 'MANAGER_ONLY')).toMatchObject({ phase: 'failed', error: 'MANAGER_ONLY' });
    let list = moreStarted(pageArrived(loading, loading.generation, 'first', page([row(1)])));
    list = pageFailed(list, list.generation, 'more', 'GATEWAY_UNREACHABLE');
    expect(list).toMatchObject({ phase: 'ready', loadingMore: false, error: 'GATEWAY_UNREACHABLE' });
    expect(tradeNos(list.rows)).toEqual(['T0001']);
    expect(moreStarted(list)).toMatchObject({ loadingMore: true, error: undefined });
  });

  it('closing drops the rows and makes every answer on its way stale', () => {
    const list = queryStarted(emptyHistoryList());
    const closed = listClosed(list);
    expect(closed).toMatchObject({ phase: 'idle', rows: [] });
    expect(pageArrived(closed, list.generation, 'first', page([row(1)]))).toBe(closed);
  });
});

describe('a payment changing', () => {
  it('replaces its row when newer; adds nothing when it is not in the list', () => {
    let list = queryStarted(emptyHistoryList());
    list = pageArrived(list, list.generation, 'first', page([row(1, { state: 'cancelled' }), row(2)]));
    const updated = rowUpdated(list, row(1, { revision: 2, state: 'paid' }));
    expect(updated.rows[0]).toMatchObject({ tradeNo: 'T0001', state: 'paid' });
    expect(rowUpdated(updated, row(1, { revision: 1, state: 'cancelled' })), 'an older word').toBe(updated);
    expect(rowUpdated(updated, row(7, { revision: 9 }))).toBe(updated);
  });
});
