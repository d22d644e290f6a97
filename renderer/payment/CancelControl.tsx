import { useCallback, useEffect, useRef, useState } from 'react';
import type { PaymentView } from '../../shared/ipc/contract.ts';
import { formatRupiah } from '../../shared/money.ts';
import { useKasirApi } from '../api-context.ts';
import { useT } from '../i18n/useT.ts';
import { useEscapeKey } from '../shell/useEscapeKey.ts';
import { cancelPayment } from './payment-actions.ts';

interface DialogProps {
  readonly amount: number;
  readonly busy: boolean;
  readonly onConfirm: () => void;
  readonly onClose: () => void;
}

/** A modal question (the native <dialog>: focus stays inside, Esc closes it). "Keep waiting" has the focus. */
function ConfirmCancelDialog({ amount, busy, onConfirm, onClose }: DialogProps) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="confirm"
      data-testid="cancel-dialog"
      aria-labelledby="cancel-title"
      aria-describedby="cancel-detail"
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onClose();
      }}
    >
      <h2 id="cancel-title" className="confirm__title">
        {t('payment.cancelTitle', { amount: formatRupiah(amount) })}
      </h2>
      <p id="cancel-detail" className="confirm__detail" role="status">
        {busy ? t('payment.cancelling') : t('payment.cancelDetail')}
      </p>
      <div className="confirm__actions">
        <button type="button" className="confirm__keep" data-testid="cancel-keep" autoFocus disabled={busy} onClick={onClose}>
          {t('payment.cancelKeep')}
        </button>
        <button type="button" className="confirm__cancel" data-testid="cancel-confirm" disabled={busy} onClick={onConfirm}>
          {t('payment.cancelConfirm')}
        </button>
      </div>
    </dialog>
  );
}

/** Cancel, by button or Esc, always behind a confirmation: a mistaken cancel would send a paying customer away. */
export function CancelControl({ payment }: { readonly payment: PaymentView }) {
  const t = useT();
  const api = useKasirApi();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const openConfirm = useCallback(() => setOpen(true), []);
  useEscapeKey(openConfirm, !open);
  const confirm = () => {
    setBusy(true);
    void cancelPayment(api).finally(() => {
      setBusy(false);
      setOpen(false);
    });
  };
  return (
    <>
      <button type="button" className="cancel-button" data-testid="cancel-payment" onClick={openConfirm}>
        {t('payment.cancel')}
        <span className="cancel-button__key" aria-hidden="true">
          Esc
        </span>
      </button>
      {open && <ConfirmCancelDialog amount={payment.amount} busy={busy} onConfirm={confirm} onClose={() => setOpen(false)} />}
    </>
  );
}
