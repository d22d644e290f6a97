import type { PaymentView } from '../../shared/ipc/contract.ts';
import { formatRupiah } from '../../shared/money.ts';
import { methodName } from '../i18n/methods.ts';
import type { Translate } from '../i18n/translate.ts';
import { useT } from '../i18n/useT.ts';
import { AmountText } from '../shell/AmountText.tsx';
import { AwaitingFooter } from './AwaitingFooter.tsx';
import { QrCanvas } from './QrCanvas.tsx';

/** The QR's own merchant name and NMID (read in main), so a customer can tell the shop's QRIS from a fake one. */
function qrisIdentity(payment: PaymentView): string {
  const merchant = payment.qrisMerchant;
  if (merchant === undefined) return 'QRIS';
  return ['QRIS', merchant.name, merchant.nmid === undefined ? undefined : `NMID ${merchant.nmid}`].filter((part) => part !== undefined).join(' · ');
}

/** "pay.example.com/c/abc": the link without its scheme and query, short enough to read and still whole to type. */
export function shortLink(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname}`.replace(/\/$/, '');
  } catch {
    return url;
  }
}

function content(payment: PaymentView, t: Translate): { title: string; identity: string } {
  if (payment.kind === 'qris') return { title: t('payment.scanToPay'), identity: qrisIdentity(payment) };
  const name = methodName({ kind: payment.kind, label: payment.methodLabel }, t);
  return {
    title: t('payment.scanLink', { method: name }),
    identity: payment.paymentUrl === undefined ? name : t('payment.orOpen', { link: shortLink(payment.paymentUrl) }),
  };
}

/**
 * A QR for the customer's phone: the QRIS code itself, or the payment page of an e-wallet or of Paypro's hosted
 * cashier (where the customer picks how to pay).
 */
export function QrScreen({ payment }: { readonly payment: PaymentView }) {
  const t = useT();
  const { title, identity } = content(payment, t);
  return (
    <section className="awaiting awaiting--qris" aria-labelledby="scan-title" data-testid={payment.kind === 'qris' ? 'qris-screen' : 'link-screen'}>
      <div className="awaiting__header">
        <AmountText amount={payment.amount} testId="payment-amount" className="awaiting__amount" />
        <h1 id="scan-title" className="awaiting__title">
          {title}
        </h1>
        <p className="awaiting__identity" data-testid="qr-identity">
          {identity}
        </p>
      </div>
      <div className="qr-frame">
        {payment.qr === undefined ? (
          <p className="qr-failed" role="alert">
            {t('payment.qrFailed')}
          </p>
        ) : (
          <QrCanvas qr={payment.qr} label={t('payment.qrLabel', { amount: formatRupiah(payment.amount) })} />
        )}
      </div>
      <AwaitingFooter payment={payment} />
    </section>
  );
}
