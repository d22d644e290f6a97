import { useCallback, useEffect } from 'react';
import type { PaymentView } from '../../shared/ipc/contract.ts';
import { useKasirApi } from '../api-context.ts';
import { paidWith } from '../i18n/methods.ts';
import { useT } from '../i18n/useT.ts';
import { leavePayment } from '../payment/payment-actions.ts';
import { AmountText } from '../shell/AmountText.tsx';
import { useKasir } from '../store/index.ts';
import { selectAppInfo, selectLocale } from '../store/selectors.ts';
import { paidAnnouncement, speak } from './announce.ts';
import { playPaidChime } from './chime.ts';
import { ReceiptPanel } from './ReceiptPanel.tsx';
import { ResultScreen } from './ResultScreen.tsx';

const CHIME_MS = 700;

export function PaidScreen({ payment }: { readonly payment: PaymentView }) {
  const t = useT();
  const api = useKasirApi();
  const newSale = useCallback(() => void leavePayment(api, false), [api]);
  const speakPayments = useKasir(selectAppInfo)?.speakPayments === true;
  const locale = useKasir(selectLocale);
  // Once per payment: re-renders of the same paid screen (or a language switch) stay quiet.
  useEffect(() => {
    playPaidChime();
    // After the chime's two notes, so the words are not drowned by it; a cashier pressing "new sale" at once
    // does not cut it off. The language is the screen's at that moment.
    if (speakPayments) setTimeout(() => void speak(paidAnnouncement(locale, paidWith(payment, t), payment.paidAmount ?? payment.amount)), CHIME_MS);
  }, [payment.tradeNo]);
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
