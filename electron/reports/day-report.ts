import type { DayReport, MethodTotal, ReportLine } from '../../shared/ipc/report.ts';
import type { PaymentMethod, PaymentState } from '../../shared/payments.ts';
import { COUNTER_STATES, WATCHED_STATES } from '../../shared/payments.ts';
import { DAY_MS } from '../history/business-day.ts';
import type { Payment } from '../payments/payment.ts';
import type { PaymentService } from '../payments/payment-service.ts';
import { toView } from '../payments/view.ts';

/**
 * The end-of-day report of one business day, from the journal: its totals by method and state (one indexed
 * query), the partial payments, and the late payments still awaiting a decision. Built in main, so the report,
 * its print and its CSV say the same.
 */
export interface ReportContext {
  readonly payments: PaymentService;
  /** The business day holding an instant begins at (../history/business-day.ts with the settings' hour). */
  readonly dayStartOf: (instant: number) => number;
  /** The method's name as the till shows it (a method since removed from the settings keeps its id). */
  readonly labelOf: (method: PaymentMethod) => string;
}

/** The business day holding `instant`, as [from, to): 23 or 25 hours long where clocks change. */
export function businessDayOf(instant: number, dayStartOf: (instant: number) => number): { from: number; to: number } {
  const from = dayStartOf(instant);
  return { from, to: dayStartOf(from + DAY_MS + 2 * 3_600_000) };
}

const BROUGHT_MONEY: ReadonlySet<PaymentState> = new Set(['paid', 'partial']);
const NOT_SETTLED: ReadonlySet<PaymentState> = new Set([...COUNTER_STATES, ...WATCHED_STATES]);

/** Every payment of [from, to) matching `states` (all when empty), newest first, read a page at a time. */
export async function paymentsOfDay(payments: PaymentService, from: number, to: number, states: readonly PaymentState[] = []): Promise<Payment[]> {
  const all: Payment[] = [];
  let before: { createdAt: number; tradeNo: string } | undefined;
  for (;;) {
    const page = await payments.history({ limit: 500, from, to, states, before });
    all.push(...page);
    const last = page.at(-1);
    if (page.length < 500 || !last) return all;
    before = { createdAt: last.createdAt, tradeNo: last.tradeNo };
  }
}

export async function buildDayReport(day: number, context: ReportContext): Promise<DayReport> {
  const { from, to } = businessDayOf(day, context.dayStartOf);
  const rows = await context.payments.totals(from, to);
  const lines: ReportLine[] = rows.map((row) => ({ ...row, methodLabel: context.labelOf(row.method) }));
  const byMethod = new Map<PaymentMethod, MethodTotal>();
  for (const line of lines) {
    if (!BROUGHT_MONEY.has(line.state)) continue;
    const total = byMethod.get(line.method) ?? { method: line.method, methodLabel: line.methodLabel, count: 0, received: 0 };
    byMethod.set(line.method, { ...total, count: total.count + line.count, received: total.received + line.paidAmount });
  }
  const sum = (pick: (line: ReportLine) => number, where: (line: ReportLine) => boolean): number =>
    lines.filter(where).reduce((total, line) => total + pick(line), 0);
  const partials = await paymentsOfDay(context.payments, from, to, ['partial']);
  return {
    from,
    to,
    lines,
    byMethod: [...byMethod.values()],
    received: sum((line) => line.paidAmount, (line) => BROUGHT_MONEY.has(line.state)),
    paidCount: sum((line) => line.count, (line) => line.state === 'paid'),
    partialCount: sum((line) => line.count, (line) => line.state === 'partial'),
    partialShortfall: sum((line) => line.amount - line.paidAmount, (line) => line.state === 'partial'),
    unpaidCount: sum((line) => line.count, (line) => !BROUGHT_MONEY.has(line.state) && !(COUNTER_STATES as readonly PaymentState[]).includes(line.state)),
    openCount: sum((line) => line.count, (line) => NOT_SETTLED.has(line.state)),
    partials: partials.map(toView),
    lateAwaiting: context.payments.late().map(toView),
  };
}
