import type { SQLInputValue, SQLOutputValue } from 'node:sqlite';
import { METHOD_ID, PAYMENT_STATES } from '../../shared/payments.ts';
import type { PaymentMethod, PaymentState } from '../../shared/payments.ts';
import { JournalError } from '../payments/journal.ts';
import type { JournalEvent, TotalsRow } from '../payments/journal.ts';
import { isOver, needsAcknowledgement } from '../payments/lifecycle.ts';
import type { Payment, PaymentEvent } from '../payments/payment.ts';

/**
 * Payments and events to table rows and back. The whole Payment is kept as JSON in `record` (so a new field needs
 * no migration); the other columns copy what queries filter, sort or sum on. Undefined fields are left out of the
 * JSON, which is what the version-2 and -3 migrations' json_extract(...) relies on.
 */
export type Row = Record<string, SQLOutputValue>;
export type RowValues = Record<string, SQLInputValue>;

export function paymentParameters(payment: Payment): RowValues {
  return {
    trade_no: payment.tradeNo,
    revision: payment.revision,
    state: payment.state,
    method: payment.method,
    amount: payment.amount,
    paid_amount: payment.paidAmount ?? null,
    created_at: payment.createdAt,
    updated_at: payment.updatedAt,
    unfinished: isOver(payment) ? 0 : 1,
    on_counter: payment.dismissedAt === undefined ? 1 : 0,
    needs_ack: needsAcknowledgement(payment) ? 1 : 0,
    parent_trade_no: payment.parentTradeNo ?? null,
    platform_trade_no: payment.platFormTradeNo ?? null,
    record: JSON.stringify(payment),
  };
}

/** The row for the event that produced `payment`'s current revision ('begun' for revision 1). */
export function eventParameters(payment: Payment, event: PaymentEvent | { readonly type: 'begun' }): RowValues {
  const { type, ...detail } = event;
  return {
    trade_no: payment.tradeNo,
    revision: payment.revision,
    at: payment.updatedAt,
    type,
    state: payment.state,
    detail: JSON.stringify(detail),
  };
}

export function damaged(location: string, detail: string): JournalError {
  return new JournalError('damaged', location, detail);
}

export function parseObject(text: SQLOutputValue | undefined): Record<string, unknown> | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A `trade_no, revision, record` row back to the Payment, refusing a record that is not the row's own. */
export function paymentFromRow(row: Row, location: string): Payment {
  const record = parseObject(row['record']);
  if (!record || typeof row['trade_no'] !== 'string' || record['tradeNo'] !== row['trade_no'] || record['revision'] !== row['revision']) {
    throw damaged(location, `the stored record of payment ${String(row['trade_no'])} is unreadable or does not match its row`);
  }
  // Checked only as far as identity: the record was written from a Payment by this journal.
  return upgradeRecord(record) as unknown as Payment;
}

const KIND_OF_CHANNEL: Readonly<Record<string, string>> = { QRIS: 'qris', VA: 'va', EWALLET: 'ewallet' };

/**
 * Records are JSON, so a record written by an older Kasir lacks the fields added since: each gets the value it
 * stood for then (before the method catalogue, a payment's kind followed from its channel, and no VA had a
 * bank choice). A field added to Payment that older records can lack gets its default here.
 */
function upgradeRecord(record: Record<string, unknown>): Record<string, unknown> {
  const channel = typeof record['channelCode'] === 'string' ? record['channelCode'] : undefined;
  return { kind: channel === undefined ? 'cashier' : KIND_OF_CHANNEL[channel], ...record };
}

export function eventFromRow(row: Row, location: string): JournalEvent {
  const { trade_no: tradeNo, revision, at, type, state } = row;
  const detail = parseObject(row['detail']);
  if (typeof tradeNo !== 'string' || typeof revision !== 'number' || typeof at !== 'number' || typeof type !== 'string' || !isState(state) || !detail) {
    throw damaged(location, `an event of payment ${String(tradeNo)} is unreadable`);
  }
  return { tradeNo, revision, at, type: type as JournalEvent['type'], state, detail };
}

export function totalsFromRow(row: Row, location: string): TotalsRow {
  const { method, state, count, amount, paid_amount: paidAmount } = row;
  if (!isMethod(method) || !isState(state) || typeof count !== 'number' || typeof amount !== 'number' || typeof paidAmount !== 'number') {
    throw damaged(location, `the totals for ${String(method)} / ${String(state)} are unreadable`);
  }
  return { method, state, count, amount, paidAmount };
}

function isMethod(value: SQLOutputValue | undefined): value is PaymentMethod {
  return typeof value === 'string' && METHOD_ID.test(value);
}

function isState(value: SQLOutputValue | undefined): value is PaymentState {
  return typeof value === 'string' && (PAYMENT_STATES as readonly string[]).includes(value);
}
