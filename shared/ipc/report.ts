import type { PaymentMethod, PaymentState } from '../payments.ts';
import type { PaymentView } from './views.ts';

/**
 * Closing the day: the end-of-day report of one business day, its CSV export, and the audit log. All three are
 * the manager's (shared/ipc/roles.ts MANAGER_ONLY).
 */
export interface DayReportRequest {
  /** Any moment inside the business day wanted (epoch ms); absent: today's. */
  readonly day?: number | undefined;
}

/** The payments of one method in one state. */
export interface ReportLine {
  readonly method: PaymentMethod;
  readonly methodLabel: string;
  readonly state: PaymentState;
  readonly count: number;
  /** What was charged (the orders' amounts). */
  readonly amount: number;
  /** What arrived. */
  readonly paidAmount: number;
}

export interface MethodTotal {
  readonly method: PaymentMethod;
  readonly methodLabel: string;
  /** Payments that brought money in (paid and partial). */
  readonly count: number;
  readonly received: number;
}

export interface DayReport {
  /** The business day: [from, to). */
  readonly from: number;
  readonly to: number;
  readonly lines: readonly ReportLine[];
  readonly byMethod: readonly MethodTotal[];
  /** Money in: every paid and partial payment's paid amount. */
  readonly received: number;
  readonly paidCount: number;
  readonly partialCount: number;
  /** What the partial payments still lack. */
  readonly partialShortfall: number;
  /** Payments that brought nothing (cancelled, expired, failed, unpaid, not created). */
  readonly unpaidCount: number;
  /** Payments still open or watched: the day is not settled while there are any. */
  readonly openCount: number;
  readonly partials: readonly PaymentView[];
  /** Money that arrived after a payment was let go, still awaiting the manager's decision (any day). */
  readonly lateAwaiting: readonly PaymentView[];
}

export interface ReportExport {
  /** Where the CSV was written (the till's reports folder). */
  readonly file: string;
  readonly rows: number;
}

export interface AuditRequest {
  readonly limit?: number | undefined;
  /** An entry's id: the page holds older ones. */
  readonly before?: number | undefined;
}

export interface AuditView {
  readonly id: number;
  readonly at: number;
  readonly actor: 'manager' | 'cashier' | 'system';
  /** e.g. 'pin.set', 'manager.unlocked', 'late.acknowledged', 'report.exported'. */
  readonly action: string;
  readonly detail: Readonly<Record<string, string | number | boolean | null>>;
}

/**
 * What reconciliation found for one payment: it changed (the gateway's answer moved it, e.g. cancelled → paid),
 * the gateway says it was paid although the till is done with it (a manager must look), it stands as it was, or
 * the gateway gave no usable answer.
 */
export type ReconcileFinding = 'changed' | 'paidAtGateway' | 'unchanged' | 'noAnswer';

export interface ReconcileRow {
  readonly payment: PaymentView;
  readonly before: PaymentState;
  readonly finding: ReconcileFinding;
}

export interface ReconcileReport {
  readonly from: number;
  readonly to: number;
  /** Every doubtful or unfinished payment of the day that was asked about, newest first. */
  readonly rows: readonly ReconcileRow[];
}
