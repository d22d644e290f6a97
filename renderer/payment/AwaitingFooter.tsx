import { useState } from 'react';
import { useKasirApi } from '../api-context.ts';
import { explainError } from '../i18n/errors.ts';
import { useT } from '../i18n/useT.ts';
import { useKasir } from '../store/index.ts';
import { selectAppInfo, selectIsDemo, selectSimulateError } from '../store/selectors.ts';
import { simulateCustomerPaid } from './payment-actions.ts';

function SimulateButton() {
  const t = useT();
  const api = useKasirApi();
  const [busy, setBusy] = useState(false);
  const simulate = () => {
    setBusy(true);
    void simulateCustomerPaid(api).finally(() => setBusy(false));
  };
  return (
    <button type="button" className="simulate-button" data-testid="simulate-payment" disabled={busy} onClick={simulate}>
      {t('payment.simulate')}
    </button>
  );
}

/** The live status line, and in demo mode the stand-in for the customer's phone. */
export function AwaitingFooter() {
  const t = useT();
  const isDemo = useKasir(selectIsDemo);
  const info = useKasir(selectAppInfo);
  const simulateError = useKasir(selectSimulateError);
  return (
    <div className="awaiting__footer">
      <p className="status-line" role="status" aria-live="polite" data-testid="payment-status">
        <span className="status-line__pulse" aria-hidden="true" />
        {t('payment.waiting')}
      </p>
      {isDemo && <SimulateButton />}
      {isDemo && simulateError !== undefined && (
        <p className="simulate-error" role="alert">
          {t('payment.simulateFailed', { reason: explainError(simulateError, t, info) })}
        </p>
      )}
    </div>
  );
}
