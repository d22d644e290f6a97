import { useState } from 'react';
import type { PaymentView } from '../../shared/ipc/contract.ts';
import { useKasirApi } from '../api-context.ts';
import { explainError } from '../i18n/errors.ts';
import { useT } from '../i18n/useT.ts';
import { useKasir } from '../store/index.ts';
import { selectActionError, selectAppInfo, selectIsDemo } from '../store/selectors.ts';
import { CancelControl } from './CancelControl.tsx';
import { Countdown } from './Countdown.tsx';
import { simulateCustomerPaid } from './payment-actions.ts';
import { StatusLine } from './StatusLine.tsx';

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

/** Why the cashier's last action on this payment was refused, in their words. */
export function ActionError() {
  const t = useT();
  const info = useKasir(selectAppInfo);
  const actionError = useKasir(selectActionError);
  if (actionError === undefined) return null;
  return (
    <p className="action-error" role="alert" data-testid="action-error" data-code={actionError}>
      {t('payment.actionFailed', { reason: explainError(actionError, t, info) })}
    </p>
  );
}

/** Under the QR or VA number: the live status, the time left, cancel, and in demo mode the customer's stand-in. */
export function AwaitingFooter({ payment, showDeadline = false }: { readonly payment: PaymentView; readonly showDeadline?: boolean }) {
  const t = useT();
  const isDemo = useKasir(selectIsDemo);
  return (
    <div className="awaiting__footer">
      <StatusLine payment={payment} waiting={t('payment.waiting')} />
      {payment.expiresAt !== undefined && <Countdown expiresAt={payment.expiresAt} showDeadline={showDeadline} />}
      <CancelControl payment={payment} />
      {isDemo && <SimulateButton />}
      <ActionError />
    </div>
  );
}
