import { useEffect, useState } from 'react';
import type { PaymentView } from '../../shared/ipc/contract.ts';
import { useKasirApi } from '../api-context.ts';
import { useT } from '../i18n/useT.ts';
import { checkPaymentNow } from './payment-actions.ts';

/** How long the button rests after a press; main refuses faster checks anyway (TOO_SOON). */
const CHECK_NOW_REST_MS = 3_000;

function CheckNowButton() {
  const t = useT();
  const api = useKasirApi();
  const [resting, setResting] = useState(false);
  useEffect(() => {
    if (!resting) return;
    const timer = setTimeout(() => setResting(false), CHECK_NOW_REST_MS);
    return () => clearTimeout(timer);
  }, [resting]);
  const check = () => {
    setResting(true);
    void checkPaymentNow(api);
  };
  return (
    <button type="button" className="check-now" data-testid="check-now" disabled={resting} onClick={check}>
      {t('payment.checkNow')}
    </button>
  );
}

/**
 * The live status of a payment, honest about trouble: after two status checks without an answer it says the
 * connection to Paypro is interrupted; an answer Kasir refuses to believe is said at once.
 */
export function StatusLine({ payment, waiting }: { readonly payment: PaymentView; readonly waiting: string }) {
  const t = useT();
  const trouble = payment.statusTrouble;
  const text = trouble === 'connection' ? t('payment.connectionTrouble') : trouble === 'untrusted' ? t('payment.untrusted') : waiting;
  return (
    <div className="status">
      <p
        className={`status-line${trouble ? ' status-line--trouble' : ''}`}
        role="status"
        aria-live="polite"
        data-testid="payment-status"
        data-trouble={trouble ?? 'none'}
        title={payment.statusDetail}
      >
        {!trouble && <span className="status-line__pulse" aria-hidden="true" />}
        {text}
      </p>
      {trouble && <CheckNowButton />}
    </div>
  );
}
