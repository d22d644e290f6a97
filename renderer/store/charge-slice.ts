import type { StateCreator } from 'zustand/vanilla';
import type { ErrorCode, PaymentMethod } from '../../shared/ipc/contract.ts';
import { MAX_KEYPAD_DIGITS, appendDigit, isRupiah, removeLastDigit } from '../../shared/money.ts';
import type { KasirState } from './types.ts';

export const KEYPAD_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '000', '0', 'backspace', 'clear'] as const;
export type KeypadKey = (typeof KEYPAD_KEYS)[number];

export interface ChargeData {
  /** Integer rupiah typed on the keypad. */
  readonly amount: number;
  /** Why the last charge attempt was refused; cleared as soon as the amount is edited. */
  readonly chargeError: ErrorCode | undefined;
  /** The method of the startPayment call in flight, so the button cannot be pressed twice. */
  readonly starting: PaymentMethod | undefined;
  /** The last paste was not an amount (the amount is unchanged); cleared by the next edit. */
  readonly pasteRefused: boolean;
}

export interface ChargeSlice extends ChargeData {
  pressKey(key: KeypadKey): void;
  /** A quick amount or a pasted one replaces the typed amount (one the keypad could not hold is ignored). */
  setAmount(amount: number): void;
  refusePaste(): void;
  /** A charge is on its way to main; `amount` replaces the typed one (collecting the rest of a partial payment). */
  chargeRequested(method: PaymentMethod, amount?: number): void;
  chargeFailed(code: ErrorCode): void;
}

export const initialChargeData = (): ChargeData => ({ amount: 0, chargeError: undefined, starting: undefined, pasteRefused: false });

function nextAmount(amount: number, key: KeypadKey): number {
  switch (key) {
    case 'backspace':
      return removeLastDigit(amount);
    case 'clear':
      return 0;
    case '000':
      return appendDigit(amount, '000');
    default:
      return appendDigit(amount, Number(key));
  }
}

export const createChargeSlice: StateCreator<KasirState, [], [], ChargeSlice> = (set, get) => ({
  ...initialChargeData(),
  pressKey(key) {
    get().setAmount(nextAmount(get().amount, key));
  },
  setAmount(amount) {
    const { starting, payment } = get();
    // The amount on screen must stay the amount being charged while a payment is open.
    if (starting !== undefined || payment !== undefined || !isRupiah(amount) || String(amount).length > MAX_KEYPAD_DIGITS) return;
    set({ amount, chargeError: undefined, pasteRefused: false });
  },
  refusePaste() {
    set({ pasteRefused: true });
  },
  chargeRequested(method, amount) {
    set({ starting: method, chargeError: undefined, pasteRefused: false, earlyUpdates: {}, payment: undefined, ...(amount === undefined ? {} : { amount }) });
  },
  chargeFailed(code) {
    set({ starting: undefined, chargeError: code, earlyUpdates: {} });
  },
});
