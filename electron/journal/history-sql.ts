import type { SQLInputValue } from 'node:sqlite';
import type { HistoryPlan, PageKey, Source } from './history-plan.ts';

/**
 * The SQL behind a history plan, one statement per source. Each names its index (INDEXED BY), so a filter that
 * SQLite would rather use as the entry point (a state list, say) stays a check on the rows and the plan stays the
 * one measured: a seek into an index ordered (…, created_at, trade_no), then a walk newest first that stops after
 * `limit` rows. Only the prefix ranges are not in time order: they are sorted, and the reader keeps them small.
 * The integration tests hold every shape to its query plan.
 */
export interface Query {
  readonly sql: string;
  readonly params: Record<string, SQLInputValue>;
}

const KEYS = 'SELECT created_at, trade_no FROM payments';
/** What paymentFromRow needs. */
const RECORDS = 'SELECT trade_no, revision, record FROM payments';
const NEWEST_FIRST = 'ORDER BY created_at DESC, trade_no DESC';

/** Each source's index and the condition that selects its rows in it. */
function entry(source: Source): Query & { readonly index: string } {
  switch (source.by) {
    case 'time':
      return { index: 'payments_created_at', sql: '', params: {} };
    case 'state':
      return { index: 'payments_state', sql: 'state = :state', params: { state: source.state } };
    case 'method':
      return { index: 'payments_method', sql: 'method = :method', params: { method: source.method } };
    case 'amount':
      return { index: 'payments_amount', sql: 'amount = :amount', params: { amount: source.amount } };
    case 'tradeNoPrefix':
      return { index: 'payments_trade_no_prefix', sql: prefixCondition('trade_no'), params: { ...source.range } };
    case 'platformPrefix':
      return { index: 'payments_platform_trade_no', sql: prefixCondition('platform_trade_no'), params: { ...source.range } };
  }
}

function prefixCondition(column: string): string {
  return `${column} >= :low COLLATE NOCASE AND ${column} < :high COLLATE NOCASE`;
}

/** The time window and the page boundary: on every index above, as created_at and trade_no end each of them. */
function windowConditions(plan: HistoryPlan): Query[] {
  const conditions: Query[] = [];
  if (plan.from !== undefined) conditions.push({ sql: 'created_at >= :from', params: { from: plan.from } });
  if (plan.to !== undefined) conditions.push({ sql: 'created_at < :to', params: { to: plan.to } });
  if (plan.before) {
    conditions.push({ sql: '(created_at, trade_no) < (:before_created_at, :before_trade_no)', params: beforeParams(plan.before) });
  }
  return conditions;
}

function beforeParams(before: PageKey): Record<string, SQLInputValue> {
  return { before_created_at: before.createdAt, before_trade_no: before.tradeNo };
}

/** The state and method lists, except the one the source itself walks. A list is one JSON parameter, so the SQL text is the same whatever its length. */
function listConditions(plan: HistoryPlan, source: Source): Query[] {
  const conditions: Query[] = [];
  if (plan.states.length > 0 && source.by !== 'state') {
    conditions.push({ sql: 'state IN (SELECT value FROM json_each(:states))', params: { states: JSON.stringify(plan.states) } });
  }
  if (plan.methods.length > 0 && source.by !== 'method') {
    conditions.push({ sql: 'method IN (SELECT value FROM json_each(:methods))', params: { methods: JSON.stringify(plan.methods) } });
  }
  return conditions;
}

/** `head WHERE conditions… tail`, with the parameters of all of them. */
function select(head: string, conditions: readonly Query[], tail: Query): Query {
  const where = conditions.map((condition) => condition.sql).filter((sql) => sql !== '');
  const params: Record<string, SQLInputValue> = {};
  for (const part of [...conditions, tail]) Object.assign(params, part.params);
  return { sql: `${head}${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''}${tail.sql === '' ? '' : ` ${tail.sql}`}`, params };
}

function newestFirst(limit: number): Query {
  return { sql: `${NEWEST_FIRST} LIMIT :limit`, params: { limit } };
}

/**
 * The source's newest `limit` rows that pass every filter: their keys (created_at, trade_no), to merge with other
 * sources' rows, or, for a plan with one source, the records themselves.
 */
export function sourcePage(plan: HistoryPlan, source: Source, what: 'keys' | 'records' = 'keys'): Query {
  const { index, ...condition } = entry(source);
  return select(`${what === 'keys' ? KEYS : RECORDS} INDEXED BY ${index}`, [condition, ...windowConditions(plan), ...listConditions(plan, source)], newestFirst(plan.limit));
}

/** How many rows a prefix range holds, counting no further than `cap`: what sorting it would cost. */
export function rangeSize(source: Source, cap: number): Query {
  const { index, ...condition } = entry(source);
  const inner = select(`SELECT 1 FROM payments INDEXED BY ${index}`, [condition], { sql: 'LIMIT :cap', params: { cap } });
  return { sql: `SELECT count(*) AS size FROM (${inner.sql})`, params: inner.params };
}

/** Where a walk along time starts (rows at or before `ceiling`) and ends (rows after `floor`). */
export interface Stretch {
  readonly ceiling?: number | undefined;
  readonly floor?: PageKey | undefined;
}

function stretchConditions({ ceiling, floor }: Stretch): Query[] {
  const conditions: Query[] = [];
  if (ceiling !== undefined) conditions.push({ sql: 'created_at <= :ceiling', params: { ceiling } });
  if (floor) conditions.push({ sql: '(created_at, trade_no) > (:floor_created_at, :floor_trade_no)', params: { floor_created_at: floor.createdAt, floor_trade_no: floor.tradeNo } });
  return conditions;
}

/** The newest time among a prefix range's rows in the time window (null when it has none): no match is newer. */
export function newestInRange(plan: HistoryPlan, source: Source): Query {
  const { index, ...condition } = entry(source);
  return select(`SELECT max(created_at) AS newest FROM payments INDEXED BY ${index}`, [condition, ...windowConditions(plan)], { sql: '', params: {} });
}

/** The row `offset` rows into the time window (newest first, from `ceiling` down), if there is one. */
export function windowRowAt(plan: HistoryPlan, offset: number, ceiling: number | undefined): Query {
  return select(`${KEYS} INDEXED BY payments_created_at`, [...windowConditions(plan), ...stretchConditions({ ceiling })],
    { sql: `${NEWEST_FIRST} LIMIT 1 OFFSET :offset`, params: { offset } });
}

/**
 * A prefix source's rows, found by walking a stretch of the time window newest first and testing the prefix on
 * each: cheap where the prefix's rows are many among the stretch, as a large range's are among its newest rows.
 */
export function sourceAlongTime(plan: HistoryPlan, source: Source, stretch: Stretch): Query {
  const { index: _index, ...condition } = entry(source);
  return select(`${KEYS} INDEXED BY payments_created_at`,
    [condition, ...windowConditions(plan), ...stretchConditions(stretch), ...listConditions(plan, source)], newestFirst(plan.limit));
}

/** A payment's row, for the page's records once its keys are known. */
export const PAYMENT_BY_TRADE_NO = `${RECORDS} WHERE trade_no = ?`;
