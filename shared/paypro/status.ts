/**
 * Transaction status classification (paypro-api.md §4.2). Paypro's own rule: 0000 paid, 0001 partially paid,
 * 0015 still processing, anything else is a failure. The full failure list is never hard-coded.
 */
export type TransactionOutcome = 'paid' | 'partial' | 'pending' | 'failed';

export const STATUS = { paid: '0000', partial: '0001', pending: '0015', expired: '00029' } as const;

export function classifyStatus(status: string): TransactionOutcome {
  switch (status.trim()) {
    case STATUS.paid:
      return 'paid';
    case STATUS.partial:
      return 'partial';
    case STATUS.pending:
      return 'pending';
    default:
      return 'failed';
  }
}

export function isFinalOutcome(outcome: TransactionOutcome): boolean {
  return outcome !== 'pending';
}

/** The outer `code` says whether the request was accepted, never whether money moved (§1.4). */
export function isAccepted(code: string): boolean {
  return code === '0000';
}
