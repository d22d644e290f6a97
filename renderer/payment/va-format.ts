/** "8808123456789012" → "8808 1234 5678 9012": blocks of four are how cashiers read account numbers aloud. */
export function groupVaNumber(vaNumber: string): string {
  const digits = vaNumber.replace(/\s+/g, '');
  return digits.match(/.{1,4}/g)?.join(' ') ?? '';
}
