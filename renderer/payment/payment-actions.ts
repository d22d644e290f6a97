import type { KasirApi } from '../../shared/ipc/contract.ts';
import { kasirStore } from '../store/index.ts';

export async function loadAppInfo(api: Pick<KasirApi, 'getAppInfo' | 'getOpenPayment'>): Promise<void> {
  try {
    const result = await api.getAppInfo();
    if (result.ok) kasirStore.getState().appInfoLoaded(result.value);
    else kasirStore.getState().appInfoFailed(result.code);
    // A window that was reloaded (or restarted after a renderer crash) picks up the payment main still follows.
    const open = await api.getOpenPayment();
    if (open.ok && open.value) kasirStore.getState().resumeOpenPayment(open.value);
  } catch {
    kasirStore.getState().appInfoFailed('INTERNAL');
  }
}

/** Feeds main's payment events into the store, which decides whether each one belongs on screen. */
export function followPaymentUpdates(api: Pick<KasirApi, 'onPaymentUpdated'>): () => void {
  return api.onPaymentUpdated((view) => kasirStore.getState().applyPaymentUpdate(view));
}

/** Demo mode only: plays the customer paying the payment on screen. */
export async function simulateCustomerPaid(api: Pick<KasirApi, 'simulateCustomerPayment'>): Promise<void> {
  const { payment } = kasirStore.getState();
  if (!payment) return;
  try {
    const result = await api.simulateCustomerPayment({ tradeNo: payment.tradeNo, outcome: 'paid' });
    if (result.ok) kasirStore.getState().applyPaymentUpdate(result.value);
    else kasirStore.getState().simulateFailed(result.code);
  } catch {
    kasirStore.getState().simulateFailed('INTERNAL');
  }
}
