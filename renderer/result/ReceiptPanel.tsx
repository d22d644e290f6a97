import { useState } from 'react';
import type { IpcResult, PaymentView } from '../../shared/ipc/contract.ts';
import { useKasirApi } from '../api-context.ts';
import { explainError } from '../i18n/errors.ts';
import type { Translate } from '../i18n/translate.ts';
import { useT } from '../i18n/useT.ts';
import { useKasir } from '../store/index.ts';
import { selectLocale } from '../store/selectors.ts';

/** HH:mm in the till's time, as the receipt prints it (the date is today's; the receipt carries it). */
const paidTime = (epochMs: number): string => new Date(epochMs).toLocaleTimeString('en-GB', { timeStyle: 'short' });

/** Where the receipt went, in plain words; a PDF by its file name (the folder is always the same). */
function outcomeText(result: IpcResult<'printReceipt'>, t: Translate): string {
  // explainError's placeholders (a minimum, the journal file) never occur in the print errors.
  if (!result.ok) return explainError(result.code, t, undefined);
  if (result.value.printedTo === 'printer') return t('receipt.printed');
  return t('receipt.savedPdf', { file: result.value.file?.split(/[\\/]/).pop() ?? '' });
}

/**
 * Both references and the time, and the receipt: main makes and prints it (electron/receipts/); after the first
 * print the button prints a copy marked as such. Render it with `key={payment.tradeNo}`, so a new payment
 * starts with a first print again.
 */
export function ReceiptPanel({ payment }: { readonly payment: PaymentView }) {
  const t = useT();
  const api = useKasirApi();
  const [printed, setPrinted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<IpcResult<'printReceipt'>>();
  const locale = useKasir(selectLocale);
  const { tradeNo } = payment;

  const print = async (): Promise<void> => {
    setBusy(true);
    let answer: IpcResult<'printReceipt'>;
    try {
      // The receipt speaks the language the cashier's screen is in.
      answer = await api.printReceipt(printed ? { tradeNo, reprint: true, locale } : { tradeNo, locale });
    } catch {
      answer = { ok: false, code: 'INTERNAL', message: '' };
    }
    if (answer.ok) setPrinted(true);
    setResult(answer);
    setBusy(false);
  };

  const outcome = result && outcomeText(result, t);
  return (
    <>
      <p className="receipt-refs" data-testid="payment-refs">
        <span>
          {t('receipt.kasirRef')} <b>{tradeNo}</b>
        </span>
        <span>
          {t('receipt.payproRef')} <b>{payment.platFormTradeNo ?? '—'}</b>
        </span>
        <span>{paidTime(payment.paidAt ?? payment.updatedAt)}</span>
      </p>
      <div className="receipt-print">
        {/* Disabled while main prints, so one press is one receipt. */}
        <button type="button" data-testid="print-receipt" disabled={busy} onClick={() => void print()}>
          {t(printed ? 'receipt.reprint' : 'receipt.print')}
        </button>
        {outcome !== undefined && <p data-testid="print-outcome">{outcome}</p>}
      </div>
    </>
  );
}
