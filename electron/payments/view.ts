import type { PaymentView, QrImage, QrisMerchant, StatusTrouble } from '../../shared/ipc/contract.ts';
import { parseQris } from '../../shared/qris/emv.ts';
import { holdsCounter, needsAcknowledgement } from './lifecycle.ts';
import type { Payment } from './payment.ts';
import { qrImage } from './qr-image.ts';

/** After this many status checks in a row without an answer, the screen says the connection is interrupted. */
export const CONNECTION_TROUBLE_AFTER = 2;

function statusTrouble(payment: Payment): StatusTrouble | undefined {
  if (payment.failedChecks === 0) return undefined;
  if (payment.lastCheckProblem === 'untrusted') return 'untrusted';
  return payment.failedChecks >= CONNECTION_TROUBLE_AFTER ? 'connection' : undefined;
}

function qrFor(payment: Payment): QrImage | undefined {
  const text = payment.kind === 'qris' ? payment.qrString : payment.kind === 'va' ? undefined : payment.paymentUrl;
  return text === undefined ? undefined : qrImage(text);
}

function qrisMerchant(payment: Payment): QrisMerchant | undefined {
  if (payment.kind !== 'qris' || payment.qrString === undefined) return undefined;
  const parsed = parseQris(payment.qrString);
  return parsed.ok ? { name: parsed.value.merchantName, nmid: parsed.value.nmid } : undefined;
}

/**
 * What a window may see of a payment, derived from the domain record: no payer details, no internal counters,
 * and the questions the screens ask already answered here so no window re-derives them.
 */
export function toView(payment: Payment): PaymentView {
  const onCounter = payment.dismissedAt === undefined;
  const shortfall = payment.state === 'partial' && payment.paidAmount !== undefined ? payment.amount - payment.paidAmount : undefined;
  return {
    tradeNo: payment.tradeNo,
    revision: payment.revision,
    state: payment.state,
    amount: payment.amount,
    method: payment.method,
    kind: payment.kind,
    methodLabel: payment.methodLabel,
    bank: payment.bank,
    platFormTradeNo: payment.platFormTradeNo,
    qrString: payment.qrString,
    vaNumber: payment.vaNumber,
    paymentUrl: payment.paymentUrl,
    qr: qrFor(payment),
    qrisMerchant: qrisMerchant(payment),
    paidAmount: payment.paidAmount,
    paidAt: payment.paidAt,
    expiresAt: payment.expiresAt,
    failure: payment.failure,
    parentTradeNo: payment.parentTradeNo,
    cancelled: payment.cancelledAt !== undefined,
    lateAfter: payment.lateAfter,
    needsAcknowledgement: needsAcknowledgement(payment),
    onCounter,
    holdsCounter: holdsCounter(payment),
    statusTrouble: statusTrouble(payment),
    statusDetail: statusTrouble(payment) === undefined ? undefined : payment.lastCheckDetail,
    // Only while the customer is still at the counter: a late partial payment is the manager's to settle.
    restAmount: onCounter && payment.lateAfter === undefined && shortfall !== undefined && shortfall > 0 ? shortfall : undefined,
    createdAt: payment.createdAt,
    updatedAt: payment.updatedAt,
  };
}
