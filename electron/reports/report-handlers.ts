import type { ErrorCode } from '../../shared/ipc/contract.ts';
import type { AuditRequest, AuditView, DayReport, ReconcileReport, ReportExport } from '../../shared/ipc/report.ts';
import type { Result } from '../../shared/result.ts';
import { ok } from '../../shared/result.ts';
import type { AuditEntry } from '../payments/journal.ts';
import type { ReportLocale } from './day-csv.ts';
import { writeDayCsv } from './day-csv.ts';
import type { ReportContext } from './day-report.ts';
import { buildDayReport, paymentsOfDay } from './day-report.ts';
import { reconcileDay as reconcile } from './reconcile.ts';

/** Closing the day, for the manager (main checks the session before these run: shared/ipc/roles.ts MANAGER_ONLY). */
export interface ClosingContext extends ReportContext {
  readonly now: () => number;
  /** Where exported reports go: `reports` in the till's data folder. */
  readonly reportsDir: string;
  readonly audit: (action: string, detail: AuditEntry['detail']) => Promise<void>;
}

export const AUDIT_DEFAULT_PAGE = 50;

export async function getDayReport(day: number | undefined, context: ClosingContext): Promise<Result<DayReport, ErrorCode>> {
  return ok(await buildDayReport(day ?? context.now(), context));
}

export async function exportDayReport(day: number | undefined, locale: ReportLocale, context: ClosingContext): Promise<Result<ReportExport, ErrorCode>> {
  const report = await buildDayReport(day ?? context.now(), context);
  const { from, to } = report;
  const payments = await paymentsOfDay(context.payments, from, to);
  const file = await writeDayCsv(context.reportsDir, report, payments, locale);
  await context.audit('report.exported', { from, rows: payments.length });
  return ok({ file, rows: payments.length });
}

export async function listAuditLog(request: AuditRequest, context: Pick<ClosingContext, 'payments'>): Promise<Result<AuditView[], ErrorCode>> {
  const records = await context.payments.auditLog({ limit: request.limit ?? AUDIT_DEFAULT_PAGE, before: request.before });
  return ok(records.map(({ id, at, actor, action, detail }) => ({ id, at, actor, action, detail })));
}

export async function reconcileDay(day: number | undefined, context: ClosingContext): Promise<Result<ReconcileReport, ErrorCode>> {
  const report = await reconcile(day ?? context.now(), context);
  const count = (finding: string): number => report.rows.filter((row) => row.finding === finding).length;
  await context.audit('day.reconciled', { from: report.from, checked: report.rows.length, changed: count('changed'), paidAtGateway: count('paidAtGateway') });
  return ok(report);
}
