import type { PaymentView } from '../../shared/ipc/contract.ts';
import { formatRupiah } from '../../shared/money.ts';
import { useT } from '../i18n/useT.ts';
import { AmountText } from '../shell/AmountText.tsx';
import { AwaitingFooter } from './AwaitingFooter.tsx';
import { QrCanvas } from './QrCanvas.tsx';

export function QrisScreen({ payment }: { readonly payment: PaymentView }) {
  const t = useT();
  return (
    <section className="awaiting awaiting--qris" aria-labelledby="scan-title" data-testid="qris-screen">
      <div className="awaiting__header">
        <AmountText amount={payment.amount} testId="payment-amount" className="awaiting__amount" />
        <h1 id="scan-title" className="awaiting__title">
          {t('payment.scanToPay')}
        </h1>
      </div>
      <div className="qr-frame">
        {payment.qrString === undefined ? (
          <p className="qr-failed" role="alert">
            {t('payment.qrFailed')}
          </p>
        ) : (
          <QrCanvas text={payment.qrString} label={t('payment.qrLabel', { amount: formatRupiah(payment.amount) })} />
        )}
      </div>
      <AwaitingFooter payment={payment} />
    </section>
  );
}
