import type { MethodInfo } from '../../shared/ipc/contract.ts';
import type { Translate } from './translate.ts';

/**
 * A method's name on screen. Brands (QRIS, DANA, a bank) are the catalogue's own label in every language; only
 * the hosted cashier, where the customer picks, has words to translate.
 */
export function methodName(method: Pick<MethodInfo, 'kind' | 'label'>, t: Translate): string {
  return method.kind === 'cashier' ? t('method.cashier') : method.label;
}

/** How a payment was paid, as a receipt would say it: "QRIS", "VA BCA", "DANA". */
export function paidWith(payment: { readonly kind: MethodInfo['kind']; readonly methodLabel: string }, t: Translate): string {
  return payment.kind === 'va' ? `VA ${payment.methodLabel}` : methodName({ kind: payment.kind, label: payment.methodLabel }, t);
}
