import { METHOD_ID, PAYMENT_STATES } from '../../shared/payments.ts';
import type { PaymentMethod, PaymentState } from '../../shared/payments.ts';
import type { HistoryQuery } from '../payments/journal.ts';

/**
 * A history query checked and turned into a plan: the filters every row must pass, and the sources whose union
 * holds the page. Each source is one index walked newest first (or, for a prefix search, one index range), so the
 * reader can take the newest `limit` rows of each and merge them. A query no caller should make (an unknown
 * state, a `from` that is not a number) is a bug and throws a plain Error; a search that matches nothing is not.
 */

/** history() never returns more than this in one page, whatever it is asked for. */
export const MAX_HISTORY_PAGE = 500;

/** A page boundary: the page holds rows strictly older than it, in (createdAt, tradeNo) order. */
export interface PageKey {
  readonly createdAt: number;
  readonly tradeNo: string;
}

/** A case-insensitive prefix as an index range (see prefixRange). */
export interface PrefixRange {
  readonly low: string;
  readonly high: string;
}

export type Source =
  | { readonly by: 'time' }
  | { readonly by: 'state'; readonly state: PaymentState }
  | { readonly by: 'method'; readonly method: PaymentMethod }
  | { readonly by: 'amount'; readonly amount: number }
  | { readonly by: 'tradeNoPrefix'; readonly range: PrefixRange }
  | { readonly by: 'platformPrefix'; readonly range: PrefixRange };

export interface HistoryPlan {
  readonly limit: number;
  readonly before: PageKey | undefined;
  readonly from: number | undefined;
  readonly to: number | undefined;
  /** Every row's state is one of these (empty: any). */
  readonly states: readonly PaymentState[];
  /** Every row's method is one of these (empty: any). */
  readonly methods: readonly PaymentMethod[];
  /** The page is the newest `limit` rows of their union that pass the filters above. */
  readonly sources: readonly Source[];
}

/**
 * The highest code point, put after a prefix as the range's upper bound: under NOCASE (which folds ASCII letters
 * only, on both sides) `low <= text < low + U+10FFFF` holds exactly for the texts that start with `low`, whatever
 * their case, and nothing in a LIKE pattern is involved, so '%', '_' and '\' match themselves. (A text that goes on
 * with U+10FFFF itself, a noncharacter no tradeNo or Paypro reference holds, would be missed.)
 */
const LAST_CODE_POINT = '\u{10FFFF}';

export function prefixRange(prefix: string): PrefixRange {
  return { low: prefix, high: prefix + LAST_CODE_POINT };
}

const DIGITS = /^[0-9]+$/;

/** A page size as asked for, kept within 1…max (a caller's 0, negative or NaN gets one row). */
export function pageLimit(asked: number, max: number): number {
  return Math.min(max, Math.max(1, Math.floor(asked) || 1));
}

function bug(why: string): never {
  throw new Error(`history: ${why}`);
}

function optionalInstant(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) bug(`${name} is epoch milliseconds, not ${String(value)}`);
  return value;
}

function distinct<T>(values: readonly T[] | undefined, name: string, valid: (value: unknown) => value is T): T[] {
  if (values === undefined) return [];
  if (!Array.isArray(values)) bug(`${name} is a list`);
  for (const value of values) if (!valid(value)) bug(`${name} holds ${JSON.stringify(value)}, which is not one`);
  return [...new Set(values)];
}

const isState = (value: unknown): value is PaymentState => (PAYMENT_STATES as readonly unknown[]).includes(value);
const isMethod = (value: unknown): value is PaymentMethod => typeof value === 'string' && METHOD_ID.test(value);

function pageKey(before: HistoryQuery['before']): PageKey | undefined {
  if (before === undefined) return undefined;
  if (typeof before.createdAt !== 'number' || !Number.isFinite(before.createdAt) || typeof before.tradeNo !== 'string') {
    bug('before is the last row of the previous page ({ createdAt, tradeNo })');
  }
  return { createdAt: before.createdAt, tradeNo: before.tradeNo };
}

/** What a search looks in: see HistoryQuery.search. */
function searchSources(search: string): Source[] {
  const range = prefixRange(search);
  if (!DIGITS.test(search)) return [{ by: 'tradeNoPrefix', range }, { by: 'platformPrefix', range }];
  const amount = Number(search);
  return Number.isSafeInteger(amount) ? [{ by: 'amount', amount }, { by: 'tradeNoPrefix', range }] : [{ by: 'tradeNoPrefix', range }];
}

export function planHistory(query: HistoryQuery): HistoryPlan {
  const limit = pageLimit(query.limit, MAX_HISTORY_PAGE);
  const states = distinct(query.states, 'states', isState);
  const methods = distinct(query.methods, 'methods', isMethod);
  if (query.search !== undefined && typeof query.search !== 'string') bug('search is text');
  const search = query.search?.trim() ?? '';
  // A search is the narrowest filter, so its sources lead; otherwise the shorter of the two lists does (fewer
  // index walks), and its other list, like the time window, is checked on each row it hands out.
  const sources: Source[] = search !== '' ? searchSources(search)
    : states.length > 0 && (methods.length === 0 || states.length <= methods.length) ? states.map((state) => ({ by: 'state', state }))
    : methods.length > 0 ? methods.map((method) => ({ by: 'method', method }))
    : [{ by: 'time' }];
  return {
    limit, before: pageKey(query.before), from: optionalInstant(query.from, 'from'), to: optionalInstant(query.to, 'to'),
    states, methods, sources,
  };
}
