import { useEffect } from 'react';
import type { PaymentView } from '../../shared/ipc/contract.ts';
import { useT } from '../i18n/useT.ts';
import { AmountText } from '../shell/AmountText.tsx';
import { useKasir } from '../store/index.ts';
import { playPaidChime } from './chime.ts';
import { useFocusOnMount } from './useFocusOnMount.ts';

export function PaidScreen({ payment }: { readonly payment: PaymentView }) {
  const t = useT();
  const newSale = useKasir((state) => state.newSale);
  const buttonRef = useFocusOnMount<HTMLButtonElement>();
  // Once per payment: re-renders of the same paid screen stay quiet.
  useEffect(() => playPaidChime(), [payment.tradeNo]);
  return (
    <section className="result result--paid" data-testid="paid-screen" aria-labelledby="paid-title">
      <div className="result__announcement" role="status" aria-live="assertive" aria-atomic="true">
        <span className="result__icon" aria-hidden="true">
          ✓
        </span>
        <h1 id="paid-title" className="result__title">
          {t('result.paid')}
        </h1>
        <AmountText amount={payment.amount} testId="paid-amount" className="result__amount" />
        <p className="result__line">{t('result.paidBy', { method: payment.method })}</p>
      </div>
      <button ref={buttonRef} type="button" className="result__button" data-testid="new-sale" onClick={newSale}>
        {t('result.newSale')}
      </button>
    </section>
  );
}
