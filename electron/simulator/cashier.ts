import { STATUS } from '../../shared/paypro/status.ts';
import { escapeHtml } from './http-util.ts';
import type { SimOrder } from './types.ts';

/**
 * The fake cashier behind every paymentUrl: what a payer would see on Paypro's hosted page, reduced to the
 * decisions a tester needs. Plain HTML forms (no script), so it works in any browser and under a strict CSP.
 */
const BUTTONS = [
  { outcome: 'paid', label: 'Paid' },
  { outcome: 'partial', label: 'Partial' },
  { outcome: 'expired', label: 'Expire' },
  { outcome: 'failed', label: 'Fail' },
] as const;

function rupiah(amount: number): string {
  return new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }).format(amount);
}

function row(label: string, value: string | undefined): string {
  return value === undefined || value === '' ? '' : `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`;
}

export function cashierPage(order: SimOrder, controlPath: string, merchantName: string): string {
  const settleAction = `${controlPath}/orders/${encodeURIComponent(order.tradeNo)}/settle`;
  const pending = order.status === STATUS.pending;
  const actions = pending
    ? BUTTONS.map(
        ({ outcome, label }) =>
          `<form method="post" action="${escapeHtml(settleAction)}"><input type="hidden" name="outcome" value="${outcome}">` +
          `<button type="submit">${label}</button></form>`,
      ).join('\n')
    : `<p class="final">This order is final: ${escapeHtml(order.message)} (${escapeHtml(order.status)}).</p>`;
  const back =
    !pending && order.returnUrl !== undefined && (order.status === STATUS.paid || order.status === STATUS.partial)
      ? `<p><a href="${escapeHtml(order.returnUrl)}">Back to the merchant</a></p>`
      : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Paypro simulator cashier — ${escapeHtml(order.tradeNo)}</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 28rem; margin: 2rem auto; padding: 0 1rem; }
table { border-collapse: collapse; width: 100%; margin-bottom: 1rem; }
th { text-align: left; padding-right: 1rem; font-weight: 600; }
form { display: inline-block; margin: 0 .5rem .5rem 0; }
button { font-size: 1rem; padding: .5rem 1rem; }
.amount { font-size: 1.75rem; font-weight: 700; }
</style>
</head>
<body>
<h1>${escapeHtml(merchantName)}</h1>
<p>Simulated Paypro cashier. No money moves.</p>
<p class="amount">${escapeHtml(rupiah(order.amount))}</p>
<table>
${row('Order', order.tradeNo)}
${row('Paypro no.', order.platFormTradeNo)}
${row('Channel', order.channelCode === '' ? 'any (payment link)' : order.channelCode)}
${row('Method', order.wayCode)}
${row('VA number', order.vaNumber)}
${row('Status', `${order.status} — ${order.message}`)}
${order.payAmount > 0 ? row('Paid', rupiah(order.payAmount)) : ''}
</table>
${actions}
${back}
</body>
</html>
`;
}

export function cashierErrorPage(message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Paypro simulator</title></head>` +
    `<body><h1>Paypro simulator</h1><p>${escapeHtml(message)}</p></body></html>\n`;
}
