import { useCallback } from 'react';
import type { AppInfo, PaymentView } from '../../shared/ipc/contract.ts';
import { useKasirApi } from '../api-context.ts';
import { explainError } from '../i18n/errors.ts';
import { useT } from '../i18n/useT.ts';
import { chargeAgain, leavePayment } from '../payment/payment-actions.ts';
import { AmountText } from '../shell/AmountText.tsx';
import { useKasir } from '../store/index.ts';
import { selectAppInfo } from '../store/selectors.ts';
import { ResultScreen } from './ResultScreen.tsx';

/**
 * The name of the bank or method whose Paypro code this till only guesses (`toConfirm` in the catalogue: the
 * WayCode and bank lists are unpublished), when Paypro refused a charge with it: the likeliest cause to check.
 */
export function unconfirmedCodeOf(payment: PaymentView, info: AppInfo | undefined): string | undefined {
  if (payment.failure?.code !== 'GATEWAY_REJECTED') return undefined;
  const method = info?.methods.find((candidate) => candidate.id === payment.method);
  const bank = method?.banks.find((candidate) => candidate.id === payment.bank);
  if (bank) return bank.toConfirm ? bank.name : undefined;
  return method?.toConfirm ? payment.methodLabel : undefined;
}

/**
 * A payment that ended without money. Two different messages for the cashier: "nothing was charged, safe to
 * retry" (the order never existed, or the customer could never see it) and "the payment failed" (the gateway
 * turned it down). Either way Kasir keeps watching what exists at the gateway.
 */
export function FailedScreen({ payment }: { readonly payment: PaymentView }) {
  const t = useT();
  const api = useKasirApi();
  const info = useKasir(selectAppInfo);
  const back = useCallback(() => void leavePayment(api, true), [api]);
  const nothingCharged = payment.state === 'notCreated' || payment.state === 'stranded';
  const code = payment.failure?.code ?? 'PAYMENT_FAILED';
  const gatewayDetail = [payment.failure?.gatewayCode, payment.failure?.detail].filter((part) => part !== undefined && part !== '').join(' — ');
  const unconfirmed = unconfirmedCodeOf(payment, info);
  const title = nothingCharged ? t('result.notCharged') : payment.state === 'unpaid' ? t('result.unpaid') : t('result.failed');
  return (
    <ResultScreen
      tone={nothingCharged ? 'not-charged' : 'failed'}
      testId="failed-screen"
      icon={nothingCharged ? '↺' : '✕'}
      title={title}
      longTitle
      urgent
      primary={{ label: t('result.tryAgain'), testId: 'charge-again', onPress: () => void chargeAgain(api) }}
      // Nothing was charged: the way back is the way to another method, and says so.
      secondary={{ label: nothingCharged ? t('result.otherMethod') : t('result.back'), testId: 'back', onPress: back }}
      onEscape={back}
    >
      <AmountText amount={payment.amount} className="result__amount result__amount--small" />
      {nothingCharged && <p className="result__line" data-testid="safe-to-retry">{t('result.notChargedSafe')}</p>}
      <p className="result__reason" data-testid="failure-reason" data-code={code}>
        {explainError(code, t, info)}
      </p>
      {unconfirmed !== undefined && (
        <p className="result__line" data-testid="code-unconfirmed">
          {t('result.codeUnconfirmed', { method: unconfirmed })}
        </p>
      )}
      {/* Paypro's own words (codes, English) are for the manager: behind "Detail", not in the cashier's face. */}
      {gatewayDetail !== '' && (
        <details className="result__details">
          <summary data-testid="failure-details">{t('result.details')}</summary>
          <p className="result__detail" data-testid="failure-detail">
            {t('result.gatewayDetail', { detail: gatewayDetail })}
          </p>
        </details>
      )}
    </ResultScreen>
  );
}
