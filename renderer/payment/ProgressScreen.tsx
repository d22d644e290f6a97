import type { PaymentView } from '../../shared/ipc/contract.ts';
import { useT } from '../i18n/useT.ts';
import { AmountText } from '../shell/AmountText.tsx';
import { useKasir } from '../store/index.ts';
import { ActionError } from './AwaitingFooter.tsx';
import { CancelControl } from './CancelControl.tsx';
import { StatusLine } from './StatusLine.tsx';

/**
 * `creating` (the order is being placed) and `checking` (Kasir does not know yet whether it was). Before main
 * has answered the charge there is no payment to cancel yet; the button appears with main's first word.
 */
export function ProgressScreen({ kind, payment }: { readonly kind: 'creating' | 'checking'; readonly payment: PaymentView | undefined }) {
  const t = useT();
  const typed = useKasir((state) => state.amount);
  return (
    <section className={`progress progress--${kind}`} aria-labelledby="progress-title" data-testid={`${kind}-screen`}>
      <span className="spinner" aria-hidden="true" />
      <h1 id="progress-title" className="progress__title" role="status" aria-live="polite">
        {kind === 'creating' ? t('payment.creating') : t('payment.checking')}
      </h1>
      <AmountText amount={payment?.amount ?? typed} className="progress__amount" />
      {kind === 'creating' ? (
        <p className="progress__detail">{t('payment.creatingDetail')}</p>
      ) : (
        <p className="progress__warning">{t('payment.checkingWarning')}</p>
      )}
      {payment && kind === 'checking' && <StatusLine payment={payment} waiting={t('payment.checking')} />}
      {payment && <CancelControl payment={payment} />}
      <ActionError />
    </section>
  );
}
