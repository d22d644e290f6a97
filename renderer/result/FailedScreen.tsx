import type { PaymentView } from '../../shared/ipc/contract.ts';
import { explainError } from '../i18n/errors.ts';
import { useT } from '../i18n/useT.ts';
import { AmountText } from '../shell/AmountText.tsx';
import { useKasir } from '../store/index.ts';
import { selectAppInfo } from '../store/selectors.ts';
import { useFocusOnMount } from './useFocusOnMount.ts';

export function FailedScreen({ payment }: { readonly payment: PaymentView }) {
  const t = useT();
  const info = useKasir(selectAppInfo);
  const backToKeypad = useKasir((state) => state.backToKeypad);
  const buttonRef = useFocusOnMount<HTMLButtonElement>();
  const failure = payment.failure;
  const gatewayDetail = failure
    ? [failure.gatewayCode, failure.detail].filter((part) => part !== undefined && part !== '').join(' — ')
    : '';
  return (
    <section className="result result--failed" data-testid="failed-screen" aria-labelledby="failed-title">
      <div className="result__announcement" role="alert" aria-atomic="true">
        <span className="result__icon" aria-hidden="true">
          ✕
        </span>
        <h1 id="failed-title" className="result__title result__title--long">
          {t('result.failed')}
        </h1>
        <AmountText amount={payment.amount} className="result__amount result__amount--small" />
        <p className="result__reason" data-testid="failure-reason" data-code={failure?.code ?? 'PAYMENT_FAILED'}>
          {explainError(failure?.code ?? 'PAYMENT_FAILED', t, info)}
        </p>
        {gatewayDetail !== '' && (
          <p className="result__detail" data-testid="failure-detail">
            {t('result.gatewayDetail', { detail: gatewayDetail })}
          </p>
        )}
      </div>
      <button ref={buttonRef} type="button" className="result__button" data-testid="back" onClick={backToKeypad}>
        {t('result.back')}
      </button>
    </section>
  );
}
