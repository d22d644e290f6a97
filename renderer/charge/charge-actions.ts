import type { KasirApi, PaymentMethod } from '../../shared/ipc/contract.ts';
import { kasirStore } from '../store/index.ts';
import { canChargeWith, chargeAvailability } from './charge-rules.ts';

/**
 * Asks main to charge the typed amount. Guarded here as well as by the disabled buttons, because Enter on
 * the keyboard and a double tap reach this without passing a button's disabled state.
 */
export async function charge(api: Pick<KasirApi, 'startPayment'>, method: PaymentMethod): Promise<void> {
  const state = kasirStore.getState();
  if (state.starting !== undefined || state.payment !== undefined) return;
  if (!canChargeWith(chargeAvailability(state.amount, state.appInfo, state.appInfoError), method)) return;
  state.chargeRequested(method);
  try {
    const result = await api.startPayment({ amount: state.amount, method });
    if (result.ok) kasirStore.getState().adoptStartedPayment(result.value);
    else kasirStore.getState().chargeFailed(result.code);
  } catch {
    // A throw across IPC is a bug in main, not an outcome; the cashier still needs the keypad back.
    kasirStore.getState().chargeFailed('INTERNAL');
  }
}
