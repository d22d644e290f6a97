import type { PaymentView } from '../../shared/ipc/contract.ts';
import { useT } from '../i18n/useT.ts';
import { AmountText } from '../shell/AmountText.tsx';
import { AwaitingFooter } from './AwaitingFooter.tsx';
import { groupVaNumber } from './va-format.ts';

export function VaScreen({ payment }: { readonly payment: PaymentView }) {
  const t = useT();
  const bankName = payment.methodLabel;
  const vaNumber = payment.vaNumber ?? '';
  return (
    <section className="awaiting awaiting--va" aria-labelledby="va-title" data-testid="va-screen">
      <h1 id="va-title" className="awaiting__title">
        {t('payment.vaTitle')}
      </h1>
      <p className="va-bank" data-testid="va-bank">
        {bankName}
      </p>
      <p id="va-number-label" className="va-label">
        {t('payment.vaNumberLabel')}
      </p>
      <p className="va-number" data-testid="va-number" data-va={vaNumber} aria-labelledby="va-number-label">
        {groupVaNumber(vaNumber)}
      </p>
      <p className="va-label">{t('payment.vaExactly')}</p>
      <AmountText amount={payment.amount} testId="payment-amount" className="awaiting__amount" />
      <AwaitingFooter payment={payment} showDeadline />
    </section>
  );
}
