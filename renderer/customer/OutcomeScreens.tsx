import type { PaymentView } from '../../shared/ipc/contract.ts';
import { formatRupiah } from '../../shared/money.ts';
import { AmountText } from '../shell/AmountText.tsx';
import { Say } from './Say.tsx';

export function WelcomeScreen({ storeName }: { readonly storeName: string | undefined }) {
  return (
    <section className="customer-message customer-message--welcome" data-testid="customer-welcome">
      {storeName !== undefined && (
        <p className="customer-welcome__store" data-testid="customer-welcome-store">
          {storeName}
        </p>
      )}
      <Say as="h1" text="customer.welcome" className="customer-message__title" />
    </section>
  );
}

export function PreparingScreen({ payment }: { readonly payment: PaymentView }) {
  return (
    <section className="customer-message" data-testid="customer-preparing">
      <AmountText amount={payment.amount} testId="customer-amount" className="customer-message__amount" />
      <span className="spinner" aria-hidden="true" />
      <div role="status" aria-live="polite">
        <Say text="payment.creating" className="customer-message__line" />
      </div>
    </section>
  );
}

export function ThanksScreen({ payment }: { readonly payment: PaymentView }) {
  return (
    <section className="customer-message customer-message--paid" data-testid="customer-thanks" role="status" aria-live="assertive">
      <Say as="h1" text="result.paid" className="customer-message__title" />
      <AmountText amount={payment.paidAmount ?? payment.amount} testId="customer-paid-amount" className="customer-message__amount" />
      <Say text="customer.thanks" className="customer-message__thanks" />
    </section>
  );
}

/** What came in and what was due; the rest is for the cashier to settle with the customer. */
export function PartialScreen({ payment }: { readonly payment: PaymentView }) {
  const amounts = { paid: formatRupiah(payment.paidAmount ?? 0), total: formatRupiah(payment.amount) };
  return (
    <section className="customer-message customer-message--partial" data-testid="customer-partial" role="status" aria-live="polite">
      <Say as="h1" text="result.partial" className="customer-message__title" />
      <Say text="result.partialOf" params={amounts} className="customer-message__amounts" testId="customer-partial-amounts" />
      <Say text="customer.askCashier" className="customer-message__line" />
    </section>
  );
}

/** Time ran out or the payment failed: no reasons, no blame, nothing the customer could misread. */
export function AskCashierScreen() {
  return (
    <section className="customer-message customer-message--ask" data-testid="customer-ask-cashier" role="status" aria-live="polite">
      <Say as="h1" text="customer.askCashier" className="customer-message__title" />
    </section>
  );
}
