import type { AppInfo, PaymentView } from '../../../shared/ipc/contract.ts';

export const demoInfo: AppInfo = {
  mode: 'demo',
  ready: true,
  blockedReason: undefined,
  vaBankName: 'BCA',
  minAmount: 10_000,
  maxQrisAmount: 10_000_000,
};

export function view(overrides: Partial<PaymentView> = {}): PaymentView {
  return {
    tradeNo: '20261125120000123456',
    amount: 25_000,
    method: 'QRIS',
    state: 'awaiting',
    qrString: '00020101021226570011ID.CO.QRIS.WWW6304ABCD',
    vaNumber: undefined,
    vaBankName: undefined,
    paidAmount: undefined,
    failure: undefined,
    createdAt: 1_000,
    updatedAt: 1_000,
    ...overrides,
  };
}
