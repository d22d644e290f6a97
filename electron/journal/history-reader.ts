import type { DatabaseSync, SQLOutputValue, StatementSync } from 'node:sqlite';
import type { HistoryQuery } from '../payments/journal.ts';
import { planHistory } from './history-plan.ts';
import type { HistoryPlan, PageKey, Source } from './history-plan.ts';
import { PAYMENT_BY_TRADE_NO, newestInRange, rangeSize, sourceAlongTime, sourcePage, windowRowAt } from './history-sql.ts';
import type { Query } from './history-sql.ts';
import { damaged } from './rows.ts';
import type { Row } from './rows.ts';

/**
 * Reads one history page: the newest `limit` keys of each of the plan's sources, merged newest first, then the
 * records of the page's rows by primary key (a plan with one source in time order reads its records at once).
 * Every source hands out at most `limit` keys, so a page costs a few short index walks whatever the journal's size.
 *
 * A prefix search is the exception: its index is ordered by the text, not by time. A small range (the usual case:
 * a tradeNo typed down to the day or further, a Paypro reference) is sorted outright. A large one ("2025" matches
 * every tradeNo of the year) is looked for along time: among the newest rows, then, for a tradeNo, below the
 * range's own newest row; only when neither finds a page is the whole range sorted. Those last two steps read the
 * whole range, so a short prefix whose many rows are not recent (the first digits of an old month's tradeNos) costs
 * time in proportion to its rows: tens of milliseconds for most of a year's, where other pages cost well under 2.
 */

/** A prefix range of fewer rows than this is sorted outright. */
export const SORTABLE_RANGE = 4_000;
/** How many rows of the time window a walk looks at, for a large prefix range, before giving up. */
export const TIME_WALK = 1_000;

export class HistoryReader {
  readonly #db: DatabaseSync;
  readonly #location: string;
  /** Prepared once per shape of query (which filters it has: a few hundred shapes at most), not per call. */
  readonly #statements = new Map<string, StatementSync>();

  constructor(db: DatabaseSync, location: string) {
    this.#db = db;
    this.#location = location;
  }

  /** The page's rows as `trade_no, revision, record`, newest first. */
  page(query: HistoryQuery): Row[] {
    const plan = planHistory(query);
    const [only, ...others] = plan.sources;
    // One source walked in time order already is the page: no merge, so no second look-up per row.
    if (only && others.length === 0 && !isPrefix(only)) return this.#all(sourcePage(plan, only, 'records'));
    const keys = plan.sources.flatMap((source) => this.#keys(plan, source));
    const byTradeNo = this.#prepare(PAYMENT_BY_TRADE_NO);
    return newestDistinct(keys, plan.limit).map((key) => {
      const row = byTradeNo.get(key.tradeNo);
      if (!row) throw damaged(this.#location, `payment ${key.tradeNo} is in an index but not in its table`);
      return row;
    });
  }

  #keys(plan: HistoryPlan, source: Source): PageKey[] {
    if (!isPrefix(source)) return this.#run(sourcePage(plan, source));
    const size = this.#all(rangeSize(source, SORTABLE_RANGE))[0]?.['size'];
    if (typeof size === 'number' && size < SORTABLE_RANGE) return this.#run(sourcePage(plan, source));
    // A large range: its rows are probably many among the newest ("2025" this year). A Kasir tradeNo starts with
    // its time, so a tradeNo prefix's rows are one stretch of time: below its newest row, if not among the newest.
    const amongNewest = this.#walk(plan, source, undefined);
    if (amongNewest) return amongNewest;
    if (source.by === 'tradeNoPrefix') {
      const newest = this.#all(newestInRange(plan, source))[0]?.['newest'];
      if (typeof newest !== 'number') return [];
      const belowItsNewest = this.#walk(plan, source, newest);
      if (belowItsNewest) return belowItsNewest;
    }
    return this.#run(sourcePage(plan, source));
  }

  /**
   * The source's page, if walking TIME_WALK rows of the time window from `ceiling` down finds it: a full page, or
   * every row that is left. The walk tested each row down to its floor, and every row below is older than any of
   * those; undefined when it found too few to tell.
   */
  #walk(plan: HistoryPlan, source: Source, ceiling: number | undefined): PageKey[] | undefined {
    const floor = this.#run(windowRowAt(plan, TIME_WALK, ceiling))[0];
    const found = this.#run(sourceAlongTime(plan, source, { ceiling, floor }));
    return found.length >= plan.limit || floor === undefined ? found : undefined;
  }

  #run(query: Query): PageKey[] {
    return this.#all(query).map((row) => keyOf(row, this.#location));
  }

  #all(query: Query): Row[] {
    return this.#prepare(query.sql).all(query.params);
  }

  #prepare(sql: string): StatementSync {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.#db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }
}

function isPrefix(source: Source): boolean {
  return source.by === 'tradeNoPrefix' || source.by === 'platformPrefix';
}

function keyOf(row: Row, location: string): PageKey {
  const createdAt: SQLOutputValue | undefined = row['created_at'];
  const tradeNo: SQLOutputValue | undefined = row['trade_no'];
  if (typeof createdAt !== 'number' || typeof tradeNo !== 'string') throw damaged(location, `a payment's time or tradeNo is unreadable (${String(tradeNo)})`);
  return { createdAt, tradeNo };
}

/**
 * SQLite's BINARY order on text, which ORDER BY trade_no uses: UTF-8 bytes, i.e. code points. (JavaScript's `<`
 * compares UTF-16 units, which disagrees once characters beyond U+FFFF meet ones above U+E000.)
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** The newest `limit` distinct keys, newest first, as ORDER BY created_at DESC, trade_no DESC would give them. */
function newestDistinct(keys: readonly PageKey[], limit: number): PageKey[] {
  const sorted = [...keys].sort((a, b) => b.createdAt - a.createdAt || compareText(b.tradeNo, a.tradeNo));
  return sorted.filter((key, index) => index === 0 || sorted[index - 1]?.tradeNo !== key.tradeNo).slice(0, limit);
}
