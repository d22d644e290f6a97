import type { ErrorCode, PaymentFailure, PaymentView } from '../../shared/ipc/contract.ts';
import type { QueryPayInResponse } from '../../shared/paypro/types.ts';
import { STATUS, classifyStatus } from '../../shared/paypro/status.ts';

/** Pure transitions of a PaymentView; the service decides when, these decide what the view becomes. */
export function failed(view: PaymentView, code: ErrorCode, detail: string, gatewayCode?: string, now = Date.now()): PaymentView {
  const failure: PaymentFailure = { code, detail, gatewayCode };
  return { ...view, state: 'failed', failure, updatedAt: now };
}

/** Applies a queryPayInResult answer. Returns the same object when nothing changed. */
export function applyQuery(view: PaymentView, answer: QueryPayInResponse, now = Date.now()): PaymentView {
  switch (classifyStatus(answer.status)) {
    case 'pending':
      return view;
    case 'paid':
      return { ...view, state: 'paid', paidAmount: answer.payAmount ?? view.amount, updatedAt: now };
    case 'partial':
      return { ...view, state: 'partial', paidAmount: answer.payAmount ?? 0, updatedAt: now };
    case 'failed': {
      const expired = answer.status.trim() === STATUS.expired;
      return failed(view, expired ? 'PAYMENT_EXPIRED' : 'PAYMENT_FAILED', answer.message ?? '', answer.status, now);
    }
  }
}
