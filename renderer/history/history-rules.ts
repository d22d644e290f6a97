import type { PaymentMethod, PaymentState } from '../../shared/payments.ts';
import { PAYMENT_STATES } from '../../shared/payments.ts';
import type { HistoryCursor, HistoryRequest } from '../../shared/ipc/history.ts';
import { HISTORY_DEFAULT_PAGE } from '../../shared/ipc/history.ts';
import { parsePastedRupiah } from '../../shared/money.ts';

/**
 * What the history screen's filters mean, as pure functions: the status chips as payment states, the period chips
 * as a time window from the business day's start, the search box as the term main searches, and which rows of a
 * long list are drawn.
 */

/** The status chips, grouped as people think of a payment rather than as the lifecycle names its states. */
export const STATUS_GROUPS = ['paid', 'partial', 'waiting', 'cancelled', 'timedOut', 'failed'] as const;
export type StatusGroup = (typeof STATUS_GROUPS)[number];

const GROUP_STATES: { readonly [G in StatusGroup]: readonly PaymentState[] } = {
  paid: ['paid'],
  partial: ['partial'],
  waiting: ['creating', 'awaiting', 'checking'],
  cancelled: ['cancelled'],
  timedOut: ['expired', 'unpaid'],
  failed: ['declined', 'notCreated', 'stranded'],
};

/** The states the chosen groups cover, in the lifecycle's order; none chosen is every state (no filter). */
export function statesOf(groups: readonly StatusGroup[]): PaymentState[] {
  const chosen = new Set(groups.flatMap((group) => GROUP_STATES[group]));
  return PAYMENT_STATES.filter((state) => chosen.has(state));
}

/** The chip a state belongs to (each state is in exactly one). */
export function groupOf(state: PaymentState): StatusGroup {
  return STATUS_GROUPS.find((group) => GROUP_STATES[group].includes(state)) ?? 'failed';
}

export const PERIODS = ['today', 'yesterday', 'week', 'all'] as const;
export type Period = (typeof PERIODS)[number];

/** Periods that reach before today's business day: the manager's (main refuses them to a cashier). */
export function reachesBeforeToday(period: Period): boolean {
  return period !== 'today';
}

/**
 * The earliest moment the contract accepts (shared/ipc/schemas.ts). "Semua" sends it rather than no `from`: a
 * cashier's request without `from` quietly means today, so a manager session that ran out would list today's
 * payments under "all"; with it main refuses (MANAGER_ONLY) and the PIN is asked for again.
 */
export const ALL_TIME = 946_684_800_000;

/** The same hour `days` calendar days earlier, on the till's clock (a day is not always 24 hours long). */
function daysBefore(moment: number, days: number): number {
  const date = new Date(moment);
  date.setDate(date.getDate() - days);
  return date.getTime();
}

export interface TimeWindow {
  readonly from: number;
  readonly to: number | undefined;
}

/**
 * The window a period asks for, from the business day's start as main reports it (a shop may close its day at
 * 04:00): today since it began, yesterday's whole business day, the last seven including today, or everything.
 */
export function periodWindow(period: Period, dayStart: number): TimeWindow {
  switch (period) {
    case 'today':
      return { from: dayStart, to: undefined };
    case 'yesterday':
      return { from: daysBefore(dayStart, 1), to: dayStart };
    case 'week':
      return { from: daysBefore(dayStart, 6), to: undefined };
    case 'all':
      return { from: ALL_TIME, to: undefined };
  }
}

/** The longest search main takes. */
export const SEARCH_MAX = 64;

/**
 * What main searches for: "Rp 25.000" or "25.000" as the amount's digits (main matches digits against amounts
 * and tradeNos); any other text as typed (the start of a Kasir or Paypro reference). Blank is no search.
 */
export function searchTerm(text: string): string | undefined {
  const trimmed = text.trim().slice(0, SEARCH_MAX);
  if (trimmed === '') return undefined;
  if (/^\d+$/.test(trimmed)) return trimmed;
  const amount = parsePastedRupiah(trimmed);
  return amount === undefined ? trimmed : String(amount);
}

export interface HistoryFilters {
  readonly period: Period;
  /** None chosen: every state. */
  readonly statuses: readonly StatusGroup[];
  /** None chosen: every method. */
  readonly methods: readonly PaymentMethod[];
  /** As typed in the search box. */
  readonly search: string;
}

export const defaultFilters = (): HistoryFilters => ({ period: 'today', statuses: [], methods: [], search: '' });

export const HISTORY_PAGE = HISTORY_DEFAULT_PAGE;

/** The request for one page of the filtered list: after `before`, or the first page. */
export function historyRequest(filters: HistoryFilters, dayStart: number, before?: HistoryCursor): HistoryRequest {
  const { from, to } = periodWindow(filters.period, dayStart);
  const states = statesOf(filters.statuses);
  const search = searchTerm(filters.search);
  return {
    limit: HISTORY_PAGE,
    from,
    ...(to === undefined ? {} : { to }),
    ...(states.length > 0 ? { states } : {}),
    ...(filters.methods.length > 0 ? { methods: [...filters.methods] } : {}),
    ...(search === undefined ? {} : { search }),
    ...(before ? { before } : {}),
  };
}

/** Adds an item to a chosen set, or takes it out. */
export function toggled<T>(items: readonly T[], item: T): T[] {
  return items.includes(item) ? items.filter((other) => other !== item) : [...items, item];
}

export interface RowWindow {
  /** The first row drawn. */
  readonly start: number;
  /** One past the last row drawn. */
  readonly end: number;
}

/** The rows in view of a list scrolled to `scrollTop`, and `overscan` more on each side, of `count` rows. */
export function rowWindow(scrollTop: number, height: number, rowHeight: number, count: number, overscan: number): RowWindow {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const last = Math.ceil((Math.max(0, scrollTop) + Math.max(0, height)) / rowHeight);
  return { start: Math.min(count, Math.max(0, first - overscan)), end: Math.min(count, last + overscan) };
}

/** Whether fewer than `rows` rows are left below the view: time to ask for the next page. */
export function nearEnd(scrollTop: number, height: number, rowHeight: number, count: number, rows: number): boolean {
  return count * rowHeight - (scrollTop + height) < rows * rowHeight;
}
