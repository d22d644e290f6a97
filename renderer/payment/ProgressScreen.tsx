import { useT } from '../i18n/useT.ts';
import { AmountText } from '../shell/AmountText.tsx';
import { useKasir } from '../store/index.ts';

/** `creating` (the order is being placed) and `checking` (Kasir does not know yet whether it was). */
export function ProgressScreen({ kind }: { readonly kind: 'creating' | 'checking' }) {
  const t = useT();
  const amount = useKasir((state) => state.payment?.amount ?? state.amount);
  return (
    <section className={`progress progress--${kind}`} role="status" aria-live="polite" data-testid={`${kind}-screen`}>
      <span className="spinner" aria-hidden="true" />
      <h1 className="progress__title">{kind === 'creating' ? t('payment.creating') : t('payment.checking')}</h1>
      <AmountText amount={amount} className="progress__amount" />
      {kind === 'creating' ? (
        <p className="progress__detail">{t('payment.creatingDetail')}</p>
      ) : (
        <p className="progress__warning">{t('payment.checkingWarning')}</p>
      )}
    </section>
  );
}
