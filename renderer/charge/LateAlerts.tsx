import type { PaymentView } from '../../shared/ipc/contract.ts';
import { formatRupiah } from '../../shared/money.ts';
import { useKasirApi } from '../api-context.ts';
import { useT } from '../i18n/useT.ts';
import { acknowledgeLatePayment } from '../payment/payment-actions.ts';
import { useKasir } from '../store/index.ts';
import { selectLatePayments } from '../store/selectors.ts';

function LateItem({ payment }: { readonly payment: PaymentView }) {
  const t = useT();
  const api = useKasirApi();
  return (
    <li className="late-alert__item" data-testid="late-payment" data-trade-no={payment.tradeNo}>
      <p>
        {t('late.item', {
          amount: formatRupiah(payment.paidAmount ?? payment.amount),
          method: payment.methodLabel,
          after: t(`late.after.${payment.lateAfter ?? 'cancelled'}`),
        })}
      </p>
      <button type="button" className="late-alert__button" data-testid="acknowledge-late" onClick={() => void acknowledgeLatePayment(api, payment.tradeNo)}>
        {t('late.acknowledge')}
      </button>
    </li>
  );
}

/**
 * Money that arrived after the till let a payment go (cancelled, expired, failed): it stays on the keypad until
 * someone decides to refund or keep it and says so. The decision is journalled in main. One is shown at a time,
 * the oldest first, with how many wait behind it: the keypad keeps its size however many there are.
 */
export function LateAlerts() {
  const t = useT();
  const late = Object.values(useKasir(selectLatePayments)).sort((a, b) => a.createdAt - b.createdAt);
  if (late.length === 0) return null;
  return (
    <section className="late-alert" role="alert" aria-labelledby="late-title" data-testid="late-alert">
      <div className="late-alert__head">
        <h2 id="late-title" className="late-alert__title">
          {t('late.title')}
        </h2>
        {late.length > 1 && (
          <p className="late-alert__more" data-testid="late-more" data-count={late.length - 1}>
            {t('late.more', { count: String(late.length - 1) })}
          </p>
        )}
      </div>
      <ul className="late-alert__list">
        {late.slice(0, 1).map((payment) => (
          <LateItem key={payment.tradeNo} payment={payment} />
        ))}
      </ul>
    </section>
  );
}
