import type { PayproExchange } from '../paypro/client.ts';
import type { PaymentChange } from '../payments/book.ts';
import type { Logger } from './logger.ts';

/**
 * What the till tells its log about payments and Paypro: enough for support to follow a payment from the charge to
 * LUNAS and see every answer that moved it, without a line per status check that changed nothing.
 */

/** A status check whose answer is the same as the last one for that payment is not worth a line. */
const REMEMBERED_ANSWERS = 200;
/** Events that always say something (the cashier's or the till's own decisions), even when the state stays. */
const TOLD_EVENTS = new Set<PaymentChange['event']>(['begun', 'cancel', 'dismiss', 'acknowledge', 'expire', 'watchEnded', 'recovered']);

function answerOf(exchange: PayproExchange): Record<string, unknown> {
  const { outcome } = exchange;
  switch (outcome.kind) {
    case 'accepted': {
      const data = outcome.envelope.data ?? {};
      // The answer's status says where the order is; the QR, VA number and links are not support's business.
      return { kind: 'accepted', code: outcome.envelope.code, status: data['status'], platFormTradeNo: data['platFormTradeNo'], payAmount: data['payAmount'] };
    }
    case 'rejected':
      return { kind: 'rejected', code: outcome.code, message: outcome.message };
    case 'not-sent':
      return { kind: 'not-sent', detail: outcome.detail };
    case 'unknown':
      return { kind: 'unknown', reason: outcome.reason, detail: outcome.detail };
  }
}

/** The Paypro client's observer: every order and balance call, and each status check whose answer changed. */
export function payproLog(log: Logger): (exchange: PayproExchange) => void {
  const lastAnswers = new Map<string, string>();
  return (exchange) => {
    const answer = answerOf(exchange);
    const tradeNo = exchange.request['tradeNo'];
    if (exchange.endpoint === 'queryPayInResult' && typeof tradeNo === 'string') {
      const signature = JSON.stringify(answer);
      if (lastAnswers.get(tradeNo) === signature) return;
      lastAnswers.delete(tradeNo);
      lastAnswers.set(tradeNo, signature);
      // A Map keeps insertion order: the first key is the payment asked about least recently.
      if (lastAnswers.size > REMEMBERED_ANSWERS) lastAnswers.delete(lastAnswers.keys().next().value ?? '');
    }
    const fields = { endpoint: exchange.endpoint, tradeNo, durationMs: exchange.durationMs, request: exchange.request, answer };
    if (answer['kind'] === 'accepted') log.info('paypro.call', fields);
    else log.warn('paypro.call', fields);
  };
}

/** The payment service's observer: each change of state, and the decisions that leave the state as it is. */
export function paymentLog(log: Logger): (change: PaymentChange) => void {
  return ({ before, event, after }) => {
    const moved = before?.state !== after.state;
    const newTrouble = after.lastCheckProblem !== undefined && before?.lastCheckProblem !== after.lastCheckProblem;
    if (!moved && !newTrouble && !TOLD_EVENTS.has(event)) return;
    log.info('payment.changed', {
      tradeNo: after.tradeNo, method: after.method, amount: after.amount, cause: event, from: before?.state ?? null, to: after.state,
      revision: after.revision,
      ...(after.paidAmount === undefined ? {} : { paidAmount: after.paidAmount }),
      ...(after.failure === undefined ? {} : { failure: after.failure.code }),
      ...(newTrouble ? { checkProblem: after.lastCheckProblem, detail: after.lastCheckDetail } : {}),
      ...(after.lateAfter === undefined ? {} : { lateAfter: after.lateAfter }),
    });
  };
}
