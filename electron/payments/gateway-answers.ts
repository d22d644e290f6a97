import { classifyStatus } from '../../shared/paypro/status.ts';
import type { PayInResponse, QueryPayInResponse } from '../../shared/paypro/types.ts';
import { parseQris } from '../../shared/qris/emv.ts';
import type { PayproOutcome } from '../paypro/client.ts';
import type { Payment, PaymentEvent } from './payment.ts';

/**
 * Turns what the gateway said into lifecycle events, believing nothing unchecked. An answer about another
 * order, a paid amount that does not add up, or a QR the customer could pay any amount into never moves a
 * payment: it becomes a failed check the cashier is told about, and Kasir asks again.
 */
type CreateEvent = Extract<PaymentEvent, { type: 'created' | 'unusable' | 'refused' | 'notSent' | 'outcomeUnknown' }>;
export type CheckEvent = Extract<PaymentEvent, { type: 'pending' | 'paid' | 'partial' | 'declined' | 'absent' | 'checkFailed' }>;

/** What a creating call (payIn or paymentLink) answers; a payment link carries no QR or VA number. */
export type CreateAnswer = Omit<PayInResponse, 'qrString' | 'vaNumber' | 'remark'> & Partial<Pick<PayInResponse, 'qrString' | 'vaNumber'>>;

/**
 * The answer to the call that creates the order. `expiresAt` is when the till stops offering the QR, VA number
 * or link (settings, per method). `shopNmid` is the shop's own QRIS merchant ID (settings), when the manager set it.
 */
export function createdEvent(outcome: PayproOutcome<CreateAnswer>, payment: Payment, expiresAt: number, shopNmid?: string): CreateEvent {
  switch (outcome.kind) {
    case 'rejected':
      return { type: 'refused', gatewayCode: outcome.code, detail: outcome.message };
    case 'not-sent':
      return { type: 'notSent', detail: outcome.detail };
    case 'unknown':
      return { type: 'outcomeUnknown', detail: `${outcome.reason}: ${outcome.detail}` };
    case 'accepted':
      break;
  }
  const answer = outcome.value;
  // Nothing in an answer about another order says anything about ours; ask the gateway about ours instead.
  if (answer.tradeNo !== payment.tradeNo) return { type: 'outcomeUnknown', detail: `payIn answered for order ${answer.tradeNo}` };
  if (answer.platFormTradeNo === '') return { type: 'outcomeUnknown', detail: 'payIn answer has no platFormTradeNo' };
  // A new order is "paying" (0015); any other status right after creation is settled by the status query.
  if (classifyStatus(answer.status) !== 'pending') return { type: 'outcomeUnknown', detail: `payIn answered status ${answer.status}` };
  const problem = credentialProblem(payment, answer, shopNmid);
  if (problem) return { type: 'unusable', platFormTradeNo: answer.platFormTradeNo, code: problem.code, detail: problem.detail };
  return {
    type: 'created', platFormTradeNo: answer.platFormTradeNo, qrString: answer.qrString, vaNumber: answer.vaNumber,
    paymentUrl: answer.paymentUrl, expiresAt,
  };
}

type CredentialProblem = { readonly code: 'GATEWAY_MALFORMED' | 'QR_STATIC' | 'QR_OTHER_MERCHANT'; readonly detail: string } | undefined;

/** What stops the counter showing what the customer pays with (by the method's kind), or undefined when usable. */
function credentialProblem(payment: Payment, answer: CreateAnswer, shopNmid: string | undefined): CredentialProblem {
  switch (payment.kind) {
    case 'va':
      return answer.vaNumber !== undefined && /^\d{6,32}$/.test(answer.vaNumber)
        ? undefined
        : { code: 'GATEWAY_MALFORMED', detail: 'The gateway did not return a usable VA number.' };
    case 'qris':
      return qrisProblem(payment, answer.qrString, shopNmid);
    case 'ewallet':
    case 'cashier':
      return isWebAddress(answer.paymentUrl) ? undefined : { code: 'GATEWAY_MALFORMED', detail: 'The gateway did not return a usable payment link.' };
  }
}

/** The customer's phone opens it: an http(s) address and nothing else (no javascript:, no intent:). */
function isWebAddress(text: string | undefined): boolean {
  if (text === undefined || text.length > 2_048) return false;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function qrisProblem(payment: Payment, qrString: string | undefined, shopNmid: string | undefined): CredentialProblem {
  if (qrString === undefined) return { code: 'GATEWAY_MALFORMED', detail: 'The gateway did not return a QRIS code.' };
  const qris = parseQris(qrString);
  if (!qris.ok) return { code: 'GATEWAY_MALFORMED', detail: `The gateway's QRIS code is damaged: ${qris.message}` };
  // A QR without the amount lets the customer type any amount: the till could not tell what was paid for.
  if (!qris.value.dynamic || qris.value.amount === undefined) {
    return { code: 'QR_STATIC', detail: 'The gateway returned a QRIS code without the amount (a static QR).' };
  }
  if (qris.value.amount !== payment.amount) {
    return { code: 'GATEWAY_MALFORMED', detail: `The gateway's QRIS code is for ${qris.value.amount}, not ${payment.amount}.` };
  }
  // A QR naming another merchant would pay someone else: shown to no customer once the shop's NMID is known.
  if (shopNmid !== undefined && qris.value.nmid !== shopNmid) {
    return { code: 'QR_OTHER_MERCHANT', detail: `The gateway's QRIS code is for merchant NMID ${qris.value.nmid ?? '(none)'}, not this shop's ${shopNmid}.` };
  }
  return undefined;
}

const untrusted = (detail: string): CheckEvent => ({ type: 'checkFailed', problem: 'untrusted', detail });

/** The answer to a status check (queryPayInResult) about `payment`. */
export function queryEvent(outcome: PayproOutcome<QueryPayInResponse>, payment: Payment): CheckEvent {
  switch (outcome.kind) {
    case 'rejected':
      // An HTTP refusal without Paypro's envelope (429, 403 from a proxy) says nothing about the order.
      return outcome.code.startsWith('HTTP_')
        ? { type: 'checkFailed', problem: 'refused', detail: outcome.message }
        : { type: 'absent', gatewayCode: outcome.code, detail: outcome.message };
    case 'not-sent':
    case 'unknown':
      return { type: 'checkFailed', problem: 'connection', detail: outcome.detail };
    case 'accepted':
      break;
  }
  const answer = outcome.value;
  if (answer.tradeNo !== payment.tradeNo) return untrusted(`The status answer names order ${answer.tradeNo}, not ${payment.tradeNo}.`);
  if (answer.platFormTradeNo === '') return untrusted('The status answer has no platFormTradeNo.');
  if (payment.platFormTradeNo !== undefined && answer.platFormTradeNo !== payment.platFormTradeNo) {
    return untrusted(`The status answer names Paypro order ${answer.platFormTradeNo}, not ${payment.platFormTradeNo}.`);
  }
  if (answer.orderAmount !== undefined && answer.orderAmount !== payment.amount) {
    return untrusted(`The status answer is for an order of ${answer.orderAmount}, not ${payment.amount}.`);
  }
  const platFormTradeNo = answer.platFormTradeNo;
  const paid = answer.payAmount;
  switch (classifyStatus(answer.status)) {
    case 'pending':
      return { type: 'pending', platFormTradeNo };
    case 'paid':
      if (paid === undefined || !Number.isSafeInteger(paid)) return untrusted(`Paid, but the paid amount is not a whole number (${String(paid)}).`);
      if (paid > payment.amount) return untrusted(`Paid ${paid}, more than the ${payment.amount} ordered.`);
      if (paid < payment.amount) return untrusted(`Paid in full, yet only ${paid} of ${payment.amount} arrived.`);
      return { type: 'paid', platFormTradeNo, paidAmount: paid };
    case 'partial':
      if (paid === undefined || !Number.isSafeInteger(paid)) return untrusted(`Partly paid, but the paid amount is not a whole number (${String(paid)}).`);
      if (paid <= 0 || paid >= payment.amount) return untrusted(`Partly paid, yet the paid amount is ${paid} of ${payment.amount}.`);
      return { type: 'partial', platFormTradeNo, paidAmount: paid };
    case 'failed':
      return { type: 'declined', platFormTradeNo, gatewayCode: answer.status, detail: answer.message ?? '' };
    case 'unrecognised':
      return untrusted(`Paypro answered status ${JSON.stringify(answer.status)}, which Kasir does not know.`);
  }
}

/** Whether a check's answer settled what the gateway knows (as opposed to a lost or disbelieved answer). */
export function isConclusive(event: CheckEvent): boolean {
  return event.type !== 'checkFailed' && event.type !== 'absent';
}
