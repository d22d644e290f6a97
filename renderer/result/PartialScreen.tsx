import { useCallback } from 'react';
import type { PaymentView } from '../../shared/ipc/contract.ts';
import { formatRupiah } from '../../shared/money.ts';
import { useKasirApi } from '../api-context.ts';
import { useT } from '../i18n/useT.ts';
import { collectRest, leavePayment } from '../payment/payment-actions.ts';
import { useKasir } from '../store/index.ts';
import { selectAppInfo } from '../store/selectors.ts';
import { ReceiptPanel } from './ReceiptPanel.tsx';
import { ResultScreen } from './ResultScreen.tsx';

/** Paid vs due, and one tap to charge the shortfall as a new payment linked to this one. */
export function PartialScreen({ payment }: { readonly payment: PaymentView }) {
  const t = useT();
  const api = useKasirApi();
  const info = useKasir(selectAppInfo);
  const paid = payment.paidAmount ?? 0;
  const rest = Math.max(payment.amount - paid, 0);
  const done = useCallback(() => void leavePayment(api, false), [api]);
  // Paypro takes nothing under its minimum: a smaller rest is taken in cash.
  const collectable = payment.restAmount !== undefined && payment.restAmount >= (info?.minAmount ?? Number.POSITIVE_INFINITY);
  const doneAction = { label: t('result.done'), testId: 'new-sale', onPress: done };
  const collectAction = { label: t('result.collectRest', { amount: formatRupiah(rest) }), testId: 'collect-rest', onPress: () => void collectRest(api) };
  return (
    <ResultScreen
      tone="partial"
      testId="partial-screen"
      icon="!"
      title={t('result.partial')}
      longTitle
      primary={collectable ? collectAction : doneAction}
      {...(collectable ? { secondary: doneAction } : {})}
      onEscape={done}
    >
      <p className="result__amounts" data-testid="partial-amounts">
        {t('result.partialOf', { paid: formatRupiah(paid), total: formatRupiah(payment.amount) })}
      </p>
      <p className="result__line" data-testid="partial-rest">
        {collectable ? t('result.partialRemaining', { remaining: formatRupiah(rest) }) : t('result.restInCash', { amount: formatRupiah(rest) })}
      </p>
      <ReceiptPanel key={payment.tradeNo} payment={payment} />
    </ResultScreen>
  );
}
