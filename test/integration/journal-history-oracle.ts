import { DatabaseSync } from 'node:sqlite';
import { paymentParameters, eventParameters } from '../../electron/journal/rows.ts';
import { JOURNAL_SQL } from '../../electron/journal/statements.ts';
import type { HistoryQuery, PaymentJournal } from '../../electron/payments/journal.ts';
import { newPayment } from '../../electron/payments/payment.ts';
import type { Payment } from '../../electron/payments/payment.ts';
import type { PaymentMethod, PaymentState } from '../../shared/payments.ts';

/**
 * For the history tests: payments made to order, and what history() must answer for them, worked out here the
 * plain way (filter everything, sort everything) from HistoryQuery's own documentation.
 */
const HOUR_MS = 3_600_000;

/** A tradeNo as the till makes it: yyyyMMddHHmmss in Jakarta time, then 8 digits. */
export function kasirTradeNo(createdAt: number, digits: number): string {
  const stamp = new Date(createdAt + 7 * HOUR_MS).toISOString().slice(0, 19).replace(/[^0-9]/g, '');
  return stamp + String(digits % 100_000_000).padStart(8, '0');
}

export interface Made {
  readonly tradeNo: string;
  readonly createdAt: number;
  readonly method?: PaymentMethod | undefined;
  readonly state?: PaymentState | undefined;
  readonly amount?: number | undefined;
  readonly platFormTradeNo?: string | undefined;
}

/** A payment as it stands after a few transitions: revision 2, in `state`. */
export function made({ tradeNo, createdAt, method = 'QRIS', state = 'paid', amount = 25_000, platFormTradeNo }: Made): Payment {
  const begun = newPayment({
    tradeNo, amount, method, kind: method === 'VA' ? 'va' : method === 'QRIS' ? 'qris' : 'ewallet', channelCode: undefined, wayCode: undefined,
    bank: method === 'VA' ? 'BANK' : undefined, methodLabel: method, parentTradeNo: undefined,
  }, createdAt);
  return { ...begun, state, platFormTradeNo, paidAmount: state === 'paid' ? amount : undefined, revision: 2, updatedAt: createdAt + 1_000 };
}

/** Stores each payment through the journal itself: begun, then its current revision. */
export async function store(journal: PaymentJournal, payments: readonly Payment[]): Promise<void> {
  for (const payment of payments) {
    await journal.begin({ ...payment, revision: 1, state: 'creating', updatedAt: payment.createdAt });
    await journal.record(payment, { type: 'recovered' });
  }
}

/** Stores many payments fast, through the journal's own row code and statements, on a closed journal's file. */
export function storeInBulk(file: string, payments: readonly Payment[]): void {
  const db = new DatabaseSync(file);
  try {
    const insertPayment = db.prepare(JOURNAL_SQL.insertPayment);
    const insertEvent = db.prepare(JOURNAL_SQL.insertEvent);
    db.exec('BEGIN');
    for (const payment of payments) {
      insertPayment.run(paymentParameters(payment));
      insertEvent.run(eventParameters(payment, { type: 'recovered' }));
    }
    db.exec('COMMIT');
  } finally {
    db.close();
  }
}

/** ASCII letters folded, as SQLite's NOCASE folds them. */
const folded = (text: string): string => text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());

/** A history query without its paging. */
export type Filters = Omit<HistoryQuery, 'limit' | 'before'>;

/** HistoryQuery's filters, read straight from its documentation. */
export function passes(payment: Payment, query: Filters): boolean {
  if (query.from !== undefined && payment.createdAt < query.from) return false;
  if (query.to !== undefined && payment.createdAt >= query.to) return false;
  if (query.states?.length && !query.states.includes(payment.state)) return false;
  if (query.methods?.length && !query.methods.includes(payment.method)) return false;
  const search = query.search?.trim() ?? '';
  if (search === '') return true;
  if (/^[0-9]+$/.test(search)) return payment.amount === Number(search) || payment.tradeNo.startsWith(search);
  const reference = payment.platFormTradeNo;
  return folded(payment.tradeNo).startsWith(folded(search)) || (reference !== undefined && folded(reference).startsWith(folded(search)));
}

/** Newest first: createdAt, then tradeNo, both descending (the tradeNos here are ASCII, so `<` is SQLite's order). */
export const byNewest = (a: Payment, b: Payment): number => b.createdAt - a.createdAt || (a.tradeNo < b.tradeNo ? 1 : a.tradeNo > b.tradeNo ? -1 : 0);

export function expected(payments: readonly Payment[], query: Filters): string[] {
  return payments.filter((payment) => passes(payment, query)).sort(byNewest).map((payment) => payment.tradeNo);
}

/** Every page of a query, `limit` at a time, each after the last row of the one before; checks each page's size. */
export async function allPages(journal: PaymentJournal, query: Omit<HistoryQuery, 'before'>): Promise<string[]> {
  const seen: string[] = [];
  let before: HistoryQuery['before'];
  for (let pages = 0; pages < 10_000; pages++) {
    const page = await journal.history(before ? { ...query, before } : query);
    if (page.length > query.limit) throw new Error(`a page of ${page.length} rows for a limit of ${query.limit}`);
    seen.push(...page.map((payment) => payment.tradeNo));
    const last = page.at(-1);
    if (!last) return seen;
    before = { createdAt: last.createdAt, tradeNo: last.tradeNo };
  }
  throw new Error('history never ran out of pages');
}
