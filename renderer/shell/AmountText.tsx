import { formatRupiah } from '../../shared/money.ts';

/** Long amounts step down in size instead of overflowing the screen at 1024 px. */
function sizeClass(text: string): string {
  if (text.length <= 10) return 'amount-text--xl';
  if (text.length <= 13) return 'amount-text--lg';
  return 'amount-text--md';
}

interface AmountTextProps {
  readonly amount: number;
  readonly testId?: string;
  readonly className?: string;
}

export function AmountText({ amount, testId, className }: AmountTextProps) {
  const text = formatRupiah(amount);
  return (
    <span className={`amount-text ${sizeClass(text)} ${className ?? ''}`} data-testid={testId}>
      {text}
    </span>
  );
}
