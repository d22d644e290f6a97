/**
 * What a manager PIN may be, for main (which decides) and the PIN dialog (which says so at once, before the PIN is
 * typed a second time): 4 to 8 digits, and not one a thief tries first (all one digit, or a straight run up or down).
 */
export const PIN_MIN_DIGITS = 4;
export const PIN_MAX_DIGITS = 8;

export type PinProblem = 'PIN_FORMAT' | 'PIN_TOO_SIMPLE';

export function checkNewPin(pin: string): PinProblem | undefined {
  if (!new RegExp(`^\\d{${PIN_MIN_DIGITS},${PIN_MAX_DIGITS}}$`).test(pin)) return 'PIN_FORMAT';
  const digits = [...pin].map(Number);
  const steps = new Set(digits.slice(1).map((digit, index) => digit - (digits[index] ?? 0)));
  if (steps.size === 1 && [...steps].every((step) => step === 0 || step === 1 || step === -1)) return 'PIN_TOO_SIMPLE';
  return undefined;
}
