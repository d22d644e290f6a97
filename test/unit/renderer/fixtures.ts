import type { AppInfo, PaymentView } from '../../../shared/ipc/contract.ts';

export const demoInfo: AppInfo = {
  mode: 'demo',
  ready: true,
  blockedReason: undefined,
  journalFile: undefined,
  warning: undefined,
  vaBankName: 'BCA',
  minAmount: 10_000,
  maxQrisAmount: 10_000_000,
};

export function view(overrides: Partial<PaymentView> = {}): PaymentView {
  return {
    tradeNo: '20261125120000123456',
    revision: 2,
    state: 'awaiting',
    amount: 25_000,
    method: 'QRIS',
    methodLabel: 'QRIS',
    platFormTradeNo: 'c167o1itir0fypid',
    qrString: '00020101021226570011ID.CO.QRIS.WWW6304ABCD',
    vaNumber: undefined,
    paidAmount: undefined,
    expiresAt: 1_000 + 15 * 60_000,
    failure: undefined,
    parentTradeNo: undefined,
    cancelled: false,
    lateAfter: undefined,
    needsAcknowledgement: false,
    onCounter: true,
    holdsCounter: true,
    statusTrouble: undefined,
    statusDetail: undefined,
    restAmount: undefined,
    createdAt: 1_000,
    updatedAt: 1_000,
    ...overrides,
  };
}

/** A view after main settled the payment (it no longer holds the counter). */
export function settledView(overrides: Partial<PaymentView> = {}): PaymentView {
  return view({ holdsCounter: false, ...overrides });
}
