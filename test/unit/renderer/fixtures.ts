import { qrImage } from '../../../electron/payments/qr-image.ts';
import type { AppInfo, MethodInfo, PaymentView } from '../../../shared/ipc/contract.ts';

const method = (overrides: Partial<MethodInfo> & Pick<MethodInfo, 'id' | 'kind' | 'label'>): MethodInfo => ({
  key: undefined, minAmount: 10_000, maxAmount: undefined, needsMobile: false, banks: [], toConfirm: false, ...overrides,
});

/** The demo till's catalogue: QRIS (capped), a VA with a bank choice, an e-wallet that asks for the mobile number. */
export const demoMethods: readonly MethodInfo[] = [
  method({ id: 'QRIS', kind: 'qris', label: 'QRIS', key: 'F1', maxAmount: 10_000_000 }),
  method({ id: 'VA', kind: 'va', label: 'VA', key: 'F2', banks: [{ id: 'BCA', name: 'BCA', toConfirm: true }, { id: 'BNI', name: 'BNI', toConfirm: true }] }),
  method({ id: 'DANA', kind: 'ewallet', label: 'DANA', key: 'F3', needsMobile: true }),
];

export const demoInfo: AppInfo = {
  mode: 'demo',
  ready: true,
  blockedReason: undefined,
  journalFile: undefined,
  warning: undefined,
  gateway: 'reachable',
  methods: demoMethods,
  minAmount: 10_000,
  quickAmounts: [10_000, 20_000, 50_000, 100_000],
  speakPayments: false,
  storeName: 'Kasir',
  language: 'id',
  customerDisplay: 'none',
};

const QR_STRING = '00020101021226570011ID.CO.QRIS.WWW6304ABCD';

export function view(overrides: Partial<PaymentView> = {}): PaymentView {
  return {
    tradeNo: '20261125120000123456',
    revision: 2,
    state: 'awaiting',
    amount: 25_000,
    method: 'QRIS',
    kind: 'qris',
    methodLabel: 'QRIS',
    bank: undefined,
    platFormTradeNo: 'c167o1itir0fypid',
    qrString: QR_STRING,
    vaNumber: undefined,
    paymentUrl: undefined,
    qr: qrImage(QR_STRING),
    qrisMerchant: undefined,
    paidAmount: undefined,
    paidAt: undefined,
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
