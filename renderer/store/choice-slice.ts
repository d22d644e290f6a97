import type { StateCreator } from 'zustand/vanilla';
import type { PaymentMethod } from '../../shared/ipc/contract.ts';
import type { KeypadKey } from './charge-slice.ts';
import type { KasirState } from './types.ts';

/** What some methods ask before they charge: the customer's bank (a VA with several), their mobile number. */
export interface Choosing {
  readonly method: PaymentMethod;
  readonly step: 'bank' | 'mobile';
  readonly bank: string | undefined;
  /** Digits typed on the mobile pad so far. */
  readonly mobile: string;
}

export interface ChoiceData {
  readonly choosing: Choosing | undefined;
}

export interface ChoiceSlice extends ChoiceData {
  choiceOpened(method: PaymentMethod, step: Choosing['step']): void;
  /** The bank is picked; the mobile number comes next when the method asks for it. */
  bankPicked(bank: string, then: 'mobile' | undefined): void;
  mobileKey(key: KeypadKey): void;
  choiceClosed(): void;
}

/** The longest Indonesian mobile number Paypro takes (628 + 10 digits). */
export const MAX_MOBILE_DIGITS = 13;

export const initialChoiceData = (): ChoiceData => ({ choosing: undefined });

function nextMobile(mobile: string, key: KeypadKey): string {
  if (key === 'backspace') return mobile.slice(0, -1);
  if (key === 'clear') return '';
  return `${mobile}${key}`.slice(0, MAX_MOBILE_DIGITS);
}

export const createChoiceSlice: StateCreator<KasirState, [], [], ChoiceSlice> = (set, get) => ({
  ...initialChoiceData(),
  choiceOpened(method, step) {
    set({ choosing: { method, step, bank: undefined, mobile: '' }, chargeError: undefined });
  },
  bankPicked(bank, then) {
    const { choosing } = get();
    if (!choosing) return;
    set({ choosing: then ? { ...choosing, bank, step: then } : { ...choosing, bank } });
  },
  mobileKey(key) {
    const { choosing } = get();
    if (choosing?.step !== 'mobile') return;
    set({ choosing: { ...choosing, mobile: nextMobile(choosing.mobile, key) } });
  },
  choiceClosed() {
    set({ choosing: undefined });
  },
});
