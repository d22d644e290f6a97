import type { PaymentView } from '../../shared/ipc/contract.ts';
import { formatRupiah } from '../../shared/money.ts';
import { useT } from '../i18n/useT.ts';
import { useKasir } from '../store/index.ts';
import { useFocusOnMount } from './useFocusOnMount.ts';

export function PartialScreen({ payment }: { readonly payment: PaymentView }) {
  const t = useT();
  const newSale = useKasir((state) => state.newSale);
  const buttonRef = useFocusOnMount<HTMLButtonElement>();
  const paid = payment.paidAmount ?? 0;
  return (
    <section className="result result--partial" data-testid="partial-screen" aria-labelledby="partial-title">
      <div className="result__announcement" role="status" aria-live="assertive" aria-atomic="true">
        <span className="result__icon" aria-hidden="true">
          !
        </span>
        <h1 id="partial-title" className="result__title result__title--long">
          {t('result.partial')}
        </h1>
        <p className="result__amount amount-text amount-text--lg" data-testid="partial-amounts">
          {t('result.partialOf', { paid: formatRupiah(paid), total: formatRupiah(payment.amount) })}
        </p>
        <p className="result__line">
          {t('result.partialRemaining', { remaining: formatRupiah(Math.max(payment.amount - paid, 0)) })}
        </p>
      </div>
      <button ref={buttonRef} type="button" className="result__button" data-testid="new-sale" onClick={newSale}>
        {t('result.newSale')}
      </button>
    </section>
  );
}
