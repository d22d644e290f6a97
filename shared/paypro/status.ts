/**
 * Transaction status classification (paypro-api.md §4.2). 0000 paid, 0001 partially paid, 0015 still
 * processing. Paypro says "anything else is a failure", but a till must not call a payment failed on a code it
 * has never seen (a new code could as well mean "still paying"): only the failure codes the platform documents
 * count as failures, and anything else is `unrecognised` — not final; Kasir keeps asking and shows the code.
 */
export type TransactionOutcome = 'paid' | 'partial' | 'pending' | 'failed' | 'unrecognised';

export const STATUS = { paid: '0000', partial: '0001', pending: '0015', expired: '00029' } as const;

/** Failure statuses documented on the platform's pages (§4.2); the Indonesia list itself is unpublished. */
export const KNOWN_FAILURE_STATUSES: readonly string[] = [
  '00029', // REJECTED_TRANSACTION, e.g. collection order timed out
  '00032', // UNKNOWN_ERROR
  '0100019', // PAYEE_DAILY_CUMULATIVE_AMT_REACHED
  '0100007', // PAYEE_DAILY_CUMULATIVE_COUNT_REACHED
  '0100023', // PAYEE_MONTHLY_CUMULATIVE_COUNT_REACHED
  '0100024', // DUPLICATE_REFERENCE_NUMBER_LEVEL2
  '60030', // PAYEE_MAXIMUM_BALANCE_EXCEEDED
  '60019', // INSUFFICIENT_FUNDS
  '00028', // AMOUNT_NOT_NUMERIC
];

export function classifyStatus(status: string): TransactionOutcome {
  const code = status.trim();
  switch (code) {
    case STATUS.paid:
      return 'paid';
    case STATUS.partial:
      return 'partial';
    case STATUS.pending:
      return 'pending';
    default:
      return KNOWN_FAILURE_STATUSES.includes(code) ? 'failed' : 'unrecognised';
  }
}

/** The outer `code` says whether the request was accepted, never whether money moved (§1.4). */
export function isAccepted(code: string): boolean {
  return code === '0000';
}
