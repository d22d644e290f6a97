import type { KasirApi, MethodInfo, PaymentMethod } from '../../shared/ipc/contract.ts';
import { isValidMobile } from '../../shared/paypro/validate.ts';
import { kasirStore } from '../store/index.ts';
import { canChargeWith, chargeAvailability } from './charge-rules.ts';

type StartApi = Pick<KasirApi, 'startPayment'>;

interface Choices {
  readonly bank?: string | undefined;
  readonly mobile?: string | undefined;
}

/**
 * Asks main to charge the typed amount. Guarded here as well as by the disabled buttons, because Enter on
 * the keyboard and a double tap reach this without passing a button's disabled state.
 */
export async function charge(api: StartApi, method: PaymentMethod, choices: Choices = {}): Promise<void> {
  const state = kasirStore.getState();
  if (state.starting !== undefined || state.payment !== undefined) return;
  if (!canChargeWith(chargeAvailability(state.amount, state.appInfo, state.appInfoError), method)) return;
  state.choiceClosed();
  state.chargeRequested(method);
  try {
    const result = await api.startPayment({ amount: state.amount, method, ...choices });
    if (result.ok) kasirStore.getState().adoptStartedPayment(result.value);
    else kasirStore.getState().chargeFailed(result.code);
  } catch {
    // A throw across IPC is a bug in main, not an outcome; the cashier still needs the keypad back.
    kasirStore.getState().chargeFailed('INTERNAL');
  }
}

function methodInfo(method: PaymentMethod): MethodInfo | undefined {
  return kasirStore.getState().appInfo?.methods.find((candidate) => candidate.id === method);
}

/** A charge button (or its key): charges at once, or first asks what the method needs (bank, mobile number). */
export async function requestCharge(api: StartApi, method: PaymentMethod): Promise<void> {
  const state = kasirStore.getState();
  const info = methodInfo(method);
  if (!info || !canChargeWith(chargeAvailability(state.amount, state.appInfo, state.appInfoError), method)) return;
  if (info.banks.length > 1) return state.choiceOpened(method, 'bank');
  if (info.needsMobile) return state.choiceOpened(method, 'mobile');
  return charge(api, method);
}

/** The customer's bank is picked: charge, or ask the mobile number first. */
export async function pickBank(api: StartApi, bank: string): Promise<void> {
  const { choosing } = kasirStore.getState();
  if (!choosing) return;
  const needsMobile = methodInfo(choosing.method)?.needsMobile === true;
  kasirStore.getState().bankPicked(bank, needsMobile ? 'mobile' : undefined);
  if (!needsMobile) await charge(api, choosing.method, { bank });
}

/** The mobile number is typed: charge, if it is one Paypro takes (08… / 628…, 10–13 digits). */
export async function submitMobile(api: StartApi): Promise<void> {
  const { choosing } = kasirStore.getState();
  if (choosing?.step !== 'mobile' || !isValidMobile(choosing.mobile)) return;
  await charge(api, choosing.method, { bank: choosing.bank, mobile: choosing.mobile });
}

/** The same method (and VA bank) as a payment that did not go through: asks again only for the mobile number. */
export async function chargeSame(api: StartApi, method: PaymentMethod, bank: string | undefined): Promise<void> {
  const state = kasirStore.getState();
  if (!methodInfo(method)?.needsMobile) return charge(api, method, bank === undefined ? {} : { bank });
  if (!canChargeWith(chargeAvailability(state.amount, state.appInfo, state.appInfoError), method)) return;
  state.choiceOpened(method, 'mobile');
  if (bank !== undefined) state.bankPicked(bank, 'mobile');
}
