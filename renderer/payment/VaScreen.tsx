import type { PaymentView } from '../../shared/ipc/contract.ts';
import { formatRupiah } from '../../shared/money.ts';
import { useT } from '../i18n/useT.ts';
import { AmountText } from '../shell/AmountText.tsx';
import { AwaitingFooter } from './AwaitingFooter.tsx';
import { CopyButton } from './CopyButton.tsx';
import { groupVaNumber } from './va-format.ts';

/** The VA number to read aloud or copy, the bank, the exact amount, and how to pay it from that bank. */
export function VaScreen({ payment }: { readonly payment: PaymentView }) {
  const t = useT();
  const bankName = payment.methodLabel;
  const vaNumber = payment.vaNumber ?? '';
  return (
    <section className="awaiting awaiting--va" aria-labelledby="va-title" data-testid="va-screen">
      <h1 id="va-title" className="awaiting__title">
        {t('payment.vaTitle')} <span className="va-bank" data-testid="va-bank">{bankName}</span>
      </h1>
      <p id="va-number-label" className="va-label">
        {t('payment.vaNumberLabel')}
      </p>
      <div className="va-number-row">
        <p className="va-number" data-testid="va-number" data-va={vaNumber} aria-labelledby="va-number-label">
          {groupVaNumber(vaNumber)}
        </p>
        <CopyButton text={vaNumber} testId="copy-va" />
      </div>
      <p className="va-label">{t('payment.vaExactly')}</p>
      <AmountText amount={payment.amount} testId="payment-amount" className="awaiting__amount" />
      <ol className="va-steps" data-testid="va-steps">
        <li>{t('payment.vaStep1', { bank: bankName })}</li>
        <li>{t('payment.vaStep2', { amount: formatRupiah(payment.amount) })}</li>
      </ol>
      <AwaitingFooter payment={payment} showDeadline />
    </section>
  );
}
