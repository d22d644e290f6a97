import type { ErrorCode } from '../../shared/ipc/contract.ts';
import type { HistoryPage, HistoryRequest, PaymentDetail, PaymentEventType } from '../../shared/ipc/history.ts';
import { HISTORY_DEFAULT_PAGE } from '../../shared/ipc/history.ts';
import type { Result } from '../../shared/result.ts';
import { err, ok } from '../../shared/result.ts';
import type { JournalEvent } from '../payments/journal.ts';
import type { Payment } from '../payments/payment.ts';
import type { PaymentService } from '../payments/payment-service.ts';
import { toView } from '../payments/view.ts';

/**
 * History for the two people at the till: the cashier sees today's business day, the manager everything. Main
 * decides it here, per request, from the request's own dates: a window that asks further back without a manager
 * session gets MANAGER_ONLY, whatever its buttons showed.
 */
export interface HistoryContext {
  readonly payments: PaymentService;
  /** When today's business day began (./business-day.ts). */
  readonly dayStart: () => number;
  /** Is a manager session open? Asking counts as the manager's activity (it keeps the session open). */
  readonly isManager: () => boolean;
}

// The window names every kind of event in words: the list it knows must be the journal's, no more and no less.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const eventTypesMatch: Same<PaymentEventType, JournalEvent['type']> = true;
void eventTypesMatch;

const managerOnly = (): Result<never, ErrorCode> => err('MANAGER_ONLY', 'Only the manager may see payments from before today.');

/** May whoever is asking see this payment? Today's are everyone's; older ones are the manager's. */
export function maySee(payment: Payment, context: Pick<HistoryContext, 'dayStart' | 'isManager'>): boolean {
  return payment.createdAt >= context.dayStart() || context.isManager();
}

export async function listHistory(request: HistoryRequest, context: HistoryContext): Promise<Result<HistoryPage, ErrorCode>> {
  const dayStart = context.dayStart();
  const reachesBack = request.from === undefined || request.from < dayStart;
  const manager = reachesBack && context.isManager();
  if (request.from !== undefined && request.from < dayStart && !manager) return managerOnly();
  const limit = request.limit ?? HISTORY_DEFAULT_PAGE;
  // One row more than the page tells whether there is a next page, without a second query.
  const rows = await context.payments.history({
    limit: limit + 1,
    before: request.before,
    from: request.from ?? (manager ? undefined : dayStart),
    to: request.to,
    states: request.states,
    methods: request.methods,
    search: request.search,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return ok({
    payments: page.map(toView),
    next: rows.length > limit && last ? { createdAt: last.createdAt, tradeNo: last.tradeNo } : undefined,
    dayStart,
  });
}

export async function getPaymentDetail(tradeNo: string, context: HistoryContext): Promise<Result<PaymentDetail, ErrorCode>> {
  const payment = await context.payments.find(tradeNo);
  if (!payment) return err('NOT_FOUND', 'No such payment on this till.');
  if (!maySee(payment, context)) return managerOnly();
  const events = await context.payments.events(tradeNo);
  return ok({ payment: toView(payment), events: events.map(({ revision, at, type, state }) => ({ revision, at, type, state })) });
}
