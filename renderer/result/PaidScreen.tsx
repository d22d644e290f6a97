import { useCallback, useEffect } from 'react';
import type { PaymentView } from '../../shared/ipc/contract.ts';
import { useKasirApi } from '../api-context.ts';
import { paidWith } from '../i18n/methods.ts';
import { useT } from '../i18n/useT.ts';
import { leavePayment } from '../payment/payment-actions.ts';
import { AmountText } from '../shell/AmountText.tsx';
import { playPaidChime } from './chime.ts';
import { ReceiptPanel } from './ReceiptPanel.tsx';
import { ResultScreen } from './ResultScreen.tsx';

export function PaidScreen({ payment }: { readonly payment: PaymentView }) {
  const t = useT();
  const api = useKasirApi();
  const newSale = useCallback(() => void leavePayment(api, false), [api]);
  // Once per payment: re-renders of the same paid screen stay quiet.
  useEffect(() => playPaidChime(), [payment.tradeNo]);
  return (
    <ResultScreen tone="paid" testId="paid-screen" icon="✓" title={t('result.paid')} primary={{ label: t('result.newSale'), testId: 'new-sale', onPress: newSale }} onEscape={newSale}>
      <AmountText amount={payment.paidAmount ?? payment.amount} testId="paid-amount" className="result__amount" />
      <p className="result__line">
        {t('result.paidBy', { method: paidWith(payment, t) })}
      </p>
      {payment.lateAfter !== undefined && (
        <p className="result__notice" data-testid="late-notice">
          {t('result.lateNotice', { after: t(`late.after.${payment.lateAfter}`) })}
        </p>
      )}
      <ReceiptPanel key={payment.tradeNo} payment={payment} />
    </ResultScreen>
  );
}
