import type { KeyboardEvent } from 'react';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { PaymentView } from '../../shared/ipc/contract.ts';
import { useKasirApi } from '../api-context.ts';
import { explainError } from '../i18n/errors.ts';
import { useT } from '../i18n/useT.ts';
import { useKasir } from '../store/index.ts';
import { selectAppInfo, selectHistoryDayStart, selectHistoryFilters, selectHistoryList, selectLocale } from '../store/selectors.ts';
import { loadHistory, loadMoreHistory, openDetail } from './history-actions.ts';
import { nearEnd, rowWindow } from './history-rules.ts';
import { HistoryRow, ROW_HEIGHT } from './HistoryRow.tsx';

/** Rows drawn beyond each edge of the view, so a short scroll never shows a gap. */
const OVERSCAN = 4;
/** The next page is asked for when fewer rows than this are left below the view. */
const LOAD_AHEAD = 12;

interface Viewport {
  readonly top: number;
  readonly height: number;
}

/** The arrow keys' target: one row, a page of rows, or either end. */
function targetOf(key: string, index: number, pageRows: number, count: number): number | undefined {
  const target = { ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + pageRows, PageUp: index - pageRows, Home: 0, End: count - 1 }[key];
  return target === undefined ? undefined : Math.max(0, Math.min(count - 1, target));
}

function ListMessage({ text, testId, onRetry }: { readonly text: string; readonly testId: string; readonly onRetry?: (() => void) | undefined }) {
  const t = useT();
  return (
    <div className="history-list__message" role={onRetry ? 'alert' : 'status'} data-testid={testId}>
      <p>{text}</p>
      {onRetry && (
        <button type="button" className="history-list__retry" data-testid="history-retry" onClick={onRetry}>
          {t('history.retry')}
        </button>
      )}
    </div>
  );
}

/**
 * The payments as a virtualised list: only the rows in view and a few beyond are in the page, at a fixed height,
 * so a year of payments scrolls as lightly as a day's. The next page is asked for as the view nears the end.
 * Keyboard: Tab reaches one row; the arrow keys, Page Up/Down, Home and End move between rows; Enter opens one.
 */
export function HistoryList() {
  const t = useT();
  const api = useKasirApi();
  const list = useKasir(selectHistoryList);
  const filters = useKasir(selectHistoryFilters);
  const dayStart = useKasir(selectHistoryDayStart);
  const locale = useKasir(selectLocale);
  const info = useKasir(selectAppInfo);
  const scroller = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState<Viewport>({ top: 0, height: 0 });
  const [active, setActive] = useState(0);
  const focusActive = useRef(false);
  const { rows, generation } = list;

  const measure = useCallback(() => {
    const element = scroller.current;
    if (element) setViewport({ top: element.scrollTop, height: element.clientHeight });
  }, []);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [measure, list.phase]);

  // A new query starts at its top.
  useLayoutEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setActive(0);
    setViewport((current) => ({ ...current, top: 0 }));
  }, [generation]);

  // Near the end (or a first page too short to fill the view): the next page. Not after a refusal: it waits for Retry.
  const wantsMore = list.phase === 'ready' && list.next !== undefined && !list.loadingMore && list.error === undefined && viewport.height > 0;
  const close = wantsMore && nearEnd(viewport.top, viewport.height, ROW_HEIGHT, rows.length, LOAD_AHEAD);
  useEffect(() => {
    if (close) void loadMoreHistory(api);
  }, [api, close, rows.length]);

  useLayoutEffect(() => {
    if (!focusActive.current) return;
    focusActive.current = false;
    scroller.current?.querySelector<HTMLElement>(`[data-index="${active}"]`)?.focus();
  });

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
      const element = scroller.current;
      const pageRows = Math.max(1, Math.floor(viewport.height / ROW_HEIGHT) - 1);
      const target = targetOf(event.key, index, pageRows, rows.length);
      if (!element || target === undefined) return;
      event.preventDefault();
      // Scrolled so the row is in view before it is drawn and focused.
      const top = Math.min(target * ROW_HEIGHT, Math.max(element.scrollTop, (target + 1) * ROW_HEIGHT - element.clientHeight));
      element.scrollTop = top;
      setViewport({ top: element.scrollTop, height: element.clientHeight });
      setActive(target);
      focusActive.current = true;
    },
    [rows.length, viewport.height],
  );
  const onOpen = useCallback((payment: PaymentView) => void openDetail(api, payment), [api]);

  if (list.phase === 'idle' || list.phase === 'loading') return <ListMessage text={t('history.loading')} testId="history-loading" />;
  if (list.phase === 'failed') {
    const reason = explainError(list.error ?? 'INTERNAL', t, info);
    return <ListMessage text={t('history.loadFailed', { reason })} testId="history-failed" onRetry={() => void loadHistory(api)} />;
  }
  if (rows.length === 0) {
    const unfiltered = filters.period === 'today' && filters.statuses.length === 0 && filters.methods.length === 0 && filters.search.trim() === '';
    return <ListMessage text={t(unfiltered ? 'history.emptyToday' : 'history.emptyFiltered')} testId="history-empty" />;
  }

  const { start, end } = rowWindow(viewport.top, viewport.height, ROW_HEIGHT, rows.length, OVERSCAN);
  const firstInView = Math.min(rows.length - 1, Math.floor(viewport.top / ROW_HEIGHT));
  const tabbable = active >= start && active < end ? active : firstInView;
  const setSize = list.next === undefined ? rows.length : -1;
  return (
    <div className="history-list" ref={scroller} onScroll={measure} data-testid="history-list" data-rows={rows.length} data-complete={list.next === undefined}>
      <ul className="history-list__rows" aria-label={t('history.listLabel')} style={{ height: rows.length * ROW_HEIGHT }}>
        {rows.slice(start, end).map((payment, offset) => (
          <HistoryRow
            key={payment.tradeNo}
            payment={payment}
            index={start + offset}
            setSize={setSize}
            dayStart={dayStart}
            locale={locale}
            tabbable={start + offset === tabbable}
            onOpen={onOpen}
            onFocusRow={setActive}
            onKeyDown={onKeyDown}
          />
        ))}
      </ul>
      {list.loadingMore && <ListMessage text={t('history.loadingMore')} testId="history-loading-more" />}
      {list.error !== undefined && (
        <ListMessage text={t('history.moreFailed', { reason: explainError(list.error, t, info) })} testId="history-more-failed" onRetry={() => void loadMoreHistory(api)} />
      )}
    </div>
  );
}
