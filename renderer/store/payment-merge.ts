import type { PaymentView } from '../../shared/ipc/contract.ts';

/**
 * Whether an update from main should replace the view of the same payment. Events can arrive late or out of
 * order; main's revision number grows with every change, so the higher revision is the newer truth. Never the
 * clock: two changes can share a millisecond, and a window's clock is not main's.
 */
export function isNewer(current: PaymentView, incoming: PaymentView): boolean {
  return incoming.tradeNo === current.tradeNo && incoming.revision > current.revision;
}

/** The newer of two views of the same payment. */
export function newerView(current: PaymentView | undefined, incoming: PaymentView): PaymentView {
  if (!current || current.tradeNo !== incoming.tradeNo) return incoming;
  return isNewer(current, incoming) ? incoming : current;
}
