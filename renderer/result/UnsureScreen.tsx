import { useCallback } from 'react';
import type { PaymentView } from '../../shared/ipc/contract.ts';
import { formatRupiah } from '../../shared/money.ts';
import { useKasirApi } from '../api-context.ts';
import { useT } from '../i18n/useT.ts';
import { checkPaymentNow, leavePayment } from '../payment/payment-actions.ts';
import { ResultScreen } from './ResultScreen.tsx';

/**
 * A cancel that could not be confirmed after the customer saw the QR / VA number: the money may be on its way.
 * The screen says so plainly, keeps checking, and turns into LUNAS if it arrives.
 */
export function UnsureScreen({ payment }: { readonly payment: PaymentView }) {
  const t = useT();
  const api = useKasirApi();
  const back = useCallback(() => void leavePayment(api, true), [api]);
  return (
    <ResultScreen
      tone="unsure"
      testId="unsure-screen"
      icon="?"
      title={t('result.unsure')}
      longTitle
      urgent
      primary={{ label: t('payment.checkNow'), testId: 'check-now', onPress: () => void checkPaymentNow(api) }}
      secondary={{ label: t('result.back'), testId: 'back', onPress: back }}
      onEscape={back}
    >
      <p className="result__reason">{t('result.unsureDetail', { amount: formatRupiah(payment.amount) })}</p>
    </ResultScreen>
  );
}
