import type { ErrorCode, ManagerState } from '../../shared/ipc/contract.ts';
import { PIN_MAX_DIGITS, PIN_MIN_DIGITS, checkNewPin } from '../../shared/manager-pin.ts';

export { PIN_MAX_DIGITS, PIN_MIN_DIGITS };

/**
 * What the manager PIN dialog has typed and what it says about it, as a pure reducer. The digits live only in
 * the dialog's own state (never in the store) and are gone when it closes. Main decides what a PIN may be; the
 * dialog applies the same shared rule (shared/manager-pin.ts) so a weak new PIN is refused before it is typed twice.
 */

/** Set the first PIN (typed twice), or unlock with it. */
export type PinMode = 'set' | 'unlock';

/** What the dialog tells the manager after a try: the two entries differ, or main's refusal. */
export type PinNotice = 'mismatch' | ErrorCode;

export interface PinEntry {
  /** Setting a PIN: typing it, then typing it again to confirm. Unlocking is always at 'enter'. */
  readonly step: 'enter' | 'confirm';
  readonly digits: string;
  /** Setting a PIN: the first entry, held until the second is compared with it. */
  readonly first: string;
  readonly notice: PinNotice | undefined;
}

export type PinEntryEvent =
  | { readonly type: 'digit'; readonly digit: string }
  | { readonly type: 'backspace' }
  | { readonly type: 'clear' }
  /** The first entry of a new PIN is done: type it again. */
  | { readonly type: 'confirm' }
  | { readonly type: 'mismatch' }
  /** Main refused the PIN: start again from an empty pad, saying why. */
  | { readonly type: 'refused'; readonly code: ErrorCode };

export const emptyPinEntry: PinEntry = { step: 'enter', digits: '', first: '', notice: undefined };

export function pinEntryReducer(entry: PinEntry, event: PinEntryEvent): PinEntry {
  switch (event.type) {
    case 'digit':
      if (!/^\d$/.test(event.digit) || entry.digits.length >= PIN_MAX_DIGITS) return entry;
      return { ...entry, digits: entry.digits + event.digit };
    case 'backspace':
      return { ...entry, digits: entry.digits.slice(0, -1) };
    case 'clear':
      return { ...entry, digits: '' };
    case 'confirm':
      return { step: 'confirm', digits: '', first: entry.digits, notice: undefined };
    case 'mismatch':
      return { ...emptyPinEntry, notice: 'mismatch' };
    case 'refused':
      return { ...emptyPinEntry, notice: event.code };
  }
}

export type SubmitStep =
  | { readonly kind: 'none' }
  | { readonly kind: 'confirm' }
  | { readonly kind: 'mismatch' }
  /** A new PIN main would refuse: said at once, from an empty pad. */
  | { readonly kind: 'refused'; readonly code: ErrorCode }
  | { readonly kind: 'send'; readonly pin: string };

/** What OK (or Enter) does now. */
export function submitStep(entry: PinEntry, mode: PinMode): SubmitStep {
  if (entry.digits.length < PIN_MIN_DIGITS) return { kind: 'none' };
  if (mode === 'unlock') return { kind: 'send', pin: entry.digits };
  if (entry.step === 'enter') {
    const problem = checkNewPin(entry.digits);
    return problem ? { kind: 'refused', code: problem } : { kind: 'confirm' };
  }
  return entry.first === entry.digits ? { kind: 'send', pin: entry.digits } : { kind: 'mismatch' };
}

/** The dialog sets the first PIN only when main says there is none; unknown counts as "unlock" (main corrects it). */
export function pinMode(state: ManagerState | undefined): PinMode {
  return state?.pinSet === false ? 'set' : 'unlock';
}

export interface PinWait {
  /** When the next attempt will be looked at (main's clock, epoch ms). */
  readonly until: number;
  /** It is the 15-minute lockout. */
  readonly locked: boolean;
}

/** The wait after wrong PINs still running at `now`, if any. */
export function pinWait(state: ManagerState | undefined, now: number): PinWait | undefined {
  if (state?.retryAt === undefined || now >= state.retryAt) return undefined;
  return { until: state.retryAt, locked: state.locked };
}

/** Time left as mm:ss, rounded up, so "00:00" is never shown while the pad is still disabled. */
export function waitLeft(until: number, now: number): string {
  const seconds = Math.max(0, Math.ceil((until - now) / 1000));
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The clock time the lockout ends, HH:MM on the 24-hour clock. */
export function clockTime(epochMs: number): string {
  return new Date(epochMs).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false });
}
