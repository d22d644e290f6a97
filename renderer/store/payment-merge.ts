import type { PaymentView } from '../../shared/ipc/contract.ts';
import { isFinalState } from '../../shared/ipc/contract.ts';

/**
 * Whether an update from main should replace the payment on screen. Main is the truth, but events can
 * arrive late or out of order, and a screen that flips from LUNAS back to "waiting" would make a cashier
 * charge twice; so: only the same tradeNo, never older than what is shown, and a final state stays final.
 */
export function shouldAcceptUpdate(current: PaymentView, incoming: PaymentView): boolean {
  if (incoming.tradeNo !== current.tradeNo) return false;
  if (incoming.updatedAt < current.updatedAt) return false;
  if (isFinalState(current.state) && incoming.state !== current.state) return false;
  return true;
}

/** The newer of two views of the same payment, by the same rules. */
export function newerView(current: PaymentView | undefined, incoming: PaymentView): PaymentView {
  if (!current) return incoming;
  return shouldAcceptUpdate(current, incoming) ? incoming : current;
}
