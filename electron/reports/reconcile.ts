import type { ReconcileFinding, ReconcileReport, ReconcileRow } from '../../shared/ipc/report.ts';
import type { PaymentState } from '../../shared/payments.ts';
import { COUNTER_STATES, WATCHED_STATES } from '../../shared/payments.ts';
import type { PaymentService } from '../payments/payment-service.ts';
import { toView } from '../payments/view.ts';
import type { ReportContext } from './day-report.ts';
import { businessDayOf, paymentsOfDay } from './day-report.ts';

/**
 * Reconciliation: one action that asks the gateway again about every payment of the day that is not settled for
 * sure — still open, let go but watched, unpaid when its watch ended, or never created — and says what changed.
 * A payment the till still watches moves as the answer says (the same rules as every status check); one it is done
 * with is only compared, so an order paid at Paypro after the till gave up is shown to the manager, never hidden.
 */
const DOUBTFUL: readonly PaymentState[] = [...COUNTER_STATES, ...WATCHED_STATES, 'unpaid', 'notCreated'];

/** Asked one after another: a day has few doubtful payments, and the gateway is not hammered. */
async function recheckOne(payments: PaymentService, tradeNo: string, before: PaymentState): Promise<ReconcileRow | undefined> {
  let found;
  try {
    found = await payments.recheck(tradeNo);
  } catch {
    const payment = await payments.find(tradeNo);
    return payment && { payment: toView(payment), before, finding: 'noAnswer' };
  }
  if (!found) return undefined;
  const { payment, compared } = found;
  let finding: ReconcileFinding;
  if (compared) {
    finding = compared.type === 'paid' || compared.type === 'partial' ? 'paidAtGateway' : compared.type === 'checkFailed' ? 'noAnswer' : 'unchanged';
  } else {
    finding = payment.state !== before ? 'changed' : payment.lastCheckProblem !== undefined ? 'noAnswer' : 'unchanged';
  }
  return { payment: toView(payment), before, finding };
}

export async function reconcileDay(day: number, context: Pick<ReportContext, 'payments' | 'dayStartOf'>): Promise<ReconcileReport> {
  const { from, to } = businessDayOf(day, context.dayStartOf);
  const doubtful = await paymentsOfDay(context.payments, from, to, DOUBTFUL);
  const rows: ReconcileRow[] = [];
  for (const payment of doubtful) {
    const row = await recheckOne(context.payments, payment.tradeNo, payment.state);
    if (row) rows.push(row);
  }
  return { from, to, rows };
}
