import type { PaymentView } from '../../shared/ipc/contract.ts';
import { formatRupiah } from '../../shared/money.ts';
import { methodName } from '../i18n/methods.ts';
import { translate, translator } from '../i18n/translate.ts';
import { QrCanvas } from '../payment/QrCanvas.tsx';
import { groupVaNumber } from '../payment/va-format.ts';
import { AmountText } from '../shell/AmountText.tsx';
import { CustomerCountdown, Say } from './Say.tsx';

/** The VA number in blocks of four, with its bank: what the customer types into their banking app. */
function VaPanel({ payment }: { readonly payment: PaymentView }) {
  return (
    <div className="customer-va" data-testid="customer-va">
      <div className="customer-va__heading">
        <p className="customer-va__bank" data-testid="customer-va-bank">
          {payment.methodLabel}
        </p>
        <Say text="payment.vaNumberLabel" className="customer-va__label" />
      </div>
      <p className="customer-va__number" data-testid="customer-va-number">
        {groupVaNumber(payment.vaNumber ?? '')}
      </p>
    </div>
  );
}

/** The QRIS code, or an e-wallet's or the hosted cashier's payment page as a QR for the customer's phone. */
function QrPanel({ payment }: { readonly payment: PaymentView }) {
  return (
    <div className="customer-qr">
      {payment.qr === undefined ? (
        <Say text="customer.askCashier" className="customer-qr__missing" />
      ) : (
        <QrCanvas qr={payment.qr} label={translate('id', 'payment.qrLabel', { amount: formatRupiah(payment.amount) })} />
      )}
    </div>
  );
}

function Instruction({ payment }: { readonly payment: PaymentView }) {
  if (payment.kind === 'qris') return <Say as="h1" text="payment.scanToPay" className="customer-pay__title" />;
  if (payment.kind === 'va') return <Say as="h1" text="payment.vaExactly" className="customer-pay__title" />;
  // The hosted cashier's name is translated; a brand (DANA, LinkAja) reads the same in both languages.
  const method = { kind: payment.kind, label: payment.methodLabel };
  return <Say as="h1" text="payment.scanLink" params={(locale) => ({ method: methodName(method, translator(locale)) })} className="customer-pay__title" />;
}

/**
 * What to pay and how: the amount, the QR (beside the words) or the VA number (under the amount, as wide as the
 * screen: it is typed digit by digit), the time left and whether the money is in yet.
 */
export function PayScreen({ payment }: { readonly payment: PaymentView }) {
  const va = payment.kind === 'va';
  return (
    <section className={`customer-pay customer-pay--${va ? 'va' : 'qr'}`} data-testid="customer-awaiting" data-kind={payment.kind}>
      <div className="customer-pay__words">
        <Instruction payment={payment} />
        <AmountText amount={payment.amount} testId="customer-amount" className="customer-pay__amount" />
        {va && <VaPanel payment={payment} />}
        {payment.expiresAt !== undefined && <CustomerCountdown expiresAt={payment.expiresAt} />}
        <div role="status" aria-live="polite">
          <Say text={payment.statusTrouble ? 'payment.checking' : 'customer.waiting'} className="customer-status" testId="customer-status" />
        </div>
      </div>
      {!va && <QrPanel payment={payment} />}
    </section>
  );
}
