import { useCallback } from 'react';
import type { PaymentView } from '../../shared/ipc/contract.ts';
import { formatRupiah } from '../../shared/money.ts';
import { useKasirApi } from '../api-context.ts';
import { useT } from '../i18n/useT.ts';
import { chargeAgain, leavePayment } from '../payment/payment-actions.ts';
import { AmountText } from '../shell/AmountText.tsx';
import { ResultScreen } from './ResultScreen.tsx';

/** Time is up: not a failure (nobody did anything wrong), so a calm screen and one tap to charge again. */
export function ExpiredScreen({ payment }: { readonly payment: PaymentView }) {
  const t = useT();
  const api = useKasirApi();
  const back = useCallback(() => void leavePayment(api, true), [api]);
  return (
    <ResultScreen
      tone="expired"
      testId="expired-screen"
      icon="◷"
      title={t('result.expired')}
      longTitle
      primary={{ label: t('result.chargeAgain'), testId: 'charge-again', onPress: () => void chargeAgain(api) }}
      secondary={{ label: t('result.back'), testId: 'back', onPress: back }}
      onEscape={back}
    >
      <AmountText amount={payment.amount} className="result__amount result__amount--small" />
      <p className="result__line">{t('result.expiredDetail', { amount: formatRupiah(payment.amount) })}</p>
    </ResultScreen>
  );
}
