import type { AppInfo, ErrorCode, PaymentView } from '../../shared/ipc/contract.ts';
import type { Result } from '../../shared/result.ts';
import { err, ok } from '../../shared/result.ts';
import type { AuditEntry } from '../payments/journal.ts';
import type { Payment } from '../payments/payment.ts';
import type { PaymentService } from '../payments/payment-service.ts';
import { toView } from '../payments/view.ts';
import type { Simulator } from '../simulator/index.ts';
import type { ManagerAccess } from '../manager/access.ts';
import { getPaymentDetail, listHistory, maySee } from '../history/history-handlers.ts';
import { exportDayReport, getDayReport, listAuditLog, reconcileDay } from '../reports/report-handlers.ts';
import type { SettingsContext } from '../settings/settings-handlers.ts';
import { getSettings, removeAppSecret, runConnectionTest, saveSettings, setAppSecret } from '../settings/settings-handlers.ts';
import type { SystemContext } from '../updates/update-handlers.ts';
import { checkForUpdate, getUpdateStatus, installUpdate, quitApp } from '../updates/update-handlers.ts';
import type { Devices, ReceiptRequest } from './devices.ts';
import type { Handlers } from './dispatch.ts';
import type { DiagnosticsContext } from '../diagnostics/diagnostics.ts';
import { exportDiagnostics } from '../diagnostics/diagnostics.ts';

/**
 * The answer to every contract operation, on top of the payment service. Windows only ever get views
 * (electron/payments/view.ts), never the journal's records.
 */
export interface HandlerContext {
  readonly info: () => AppInfo;
  /** Undefined while charging is blocked (settings, keychain or journal); `info().blockedReason` says why. */
  readonly payments: PaymentService | undefined;
  readonly simulator: Simulator | undefined;
  readonly devices: Devices;
  /** What receipts say beside the payment (settings). */
  readonly receiptSettings: () => Pick<ReceiptRequest, 'storeName' | 'nmid' | 'paperWidth' | 'printerName'>;
  /** Opens the till again when it is blocked (./core.ts); answers the till's info afterwards. */
  readonly retrySetup: () => Promise<AppInfo>;
  readonly manager: ManagerAccess;
  readonly now: () => number;
  /** When the business day holding an instant began: the cashier's history and reprints reach back to today's. */
  readonly dayStartOf: (instant: number) => number;
  /** Where exported reports are written. */
  readonly reportsDir: string;
  /** The settings screen's file, keychain and till reload (../settings/settings-handlers.ts). */
  readonly settings: Omit<SettingsContext, 'audit' | 'now'>;
  /** The diagnostics archive's sources (../diagnostics/diagnostics.ts). */
  readonly diagnostics: Pick<DiagnosticsContext, 'settingsFile' | 'logDir' | 'log' | 'appVersion'>;
  /** The manager's updates and quit (../updates/update-handlers.ts). */
  readonly system: Omit<SystemContext, 'audit'>;
}

type Outcome = Promise<Result<PaymentView, ErrorCode>>;

export function createHandlers(context: HandlerContext): Handlers {
  const { info, payments, simulator, devices, receiptSettings, retrySetup, manager, now, dayStartOf, reportsDir } = context;
  const rights = { dayStart: () => dayStartOf(now()), isManager: () => manager.isManager() };
  const labelOf = (method: string): string => info().methods.find((known) => known.id === method)?.label ?? method;
  const audit = (action: string, detail: AuditEntry['detail']): Promise<void> => manager.audit(action, detail);
  const settingsContext: SettingsContext = {
    ...context.settings, now, audit,
  };
  const system: SystemContext = { ...context.system, audit };
  const closing = payments && {
    payments, now, dayStartOf, labelOf, reportsDir, audit,
  };
  const blocked = (): Result<never, ErrorCode> => err(info().blockedReason ?? 'INTERNAL', 'Charging is blocked until the till is set up.');
  const asView = async (result: Promise<Result<Payment, ErrorCode>>): Outcome => {
    const settled = await result;
    return settled.ok ? ok(toView(settled.value)) : settled;
  };
  // While the probe finds Paypro unreachable no QR, VA or e-wallet is offered: the counter takes cash only.
  const charging = (start: (service: PaymentService) => Promise<Result<Payment, ErrorCode>>): Outcome => {
    if (!payments) return Promise.resolve(blocked());
    if (info().gateway === 'unreachable') return Promise.resolve(err('GATEWAY_UNREACHABLE', 'Paypro cannot be reached; take cash until it answers again.'));
    return asView(start(payments));
  };
  const found = async (tradeNo: string): Outcome => {
    const payment = await payments?.find(tradeNo);
    return payment ? ok(toView(payment)) : err('NOT_FOUND', 'No such payment on this till.');
  };

  return {
    getAppInfo: async () => ok(info()),
    retrySetup: async () => ok(await retrySetup()),
    getManagerState: async () => ok(await manager.state()),
    setManagerPin: ({ pin }) => manager.setPin(pin),
    unlockManager: ({ pin }) => manager.unlock(pin),
    lockManager: async () => ok(await manager.lock()),
    listHistory: async (request) => (payments ? listHistory(request, { payments, ...rights }) : blocked()),
    getPaymentDetail: async ({ tradeNo }) => (payments ? getPaymentDetail(tradeNo, { payments, ...rights }) : blocked()),
    getDayReport: async ({ day }) => (closing ? getDayReport(day, closing) : blocked()),
    exportDayReport: async ({ day, locale }) => (closing ? exportDayReport(day, locale ?? 'id', closing) : blocked()),
    listAuditLog: async (request) => (closing ? listAuditLog(request, closing) : blocked()),
    reconcileDay: async ({ day }) => (closing ? reconcileDay(day, closing) : blocked()),
    getSettings: () => getSettings(settingsContext),
    saveSettings: ({ values }) => saveSettings(values, settingsContext),
    setAppSecret: ({ secret }) => setAppSecret(secret, settingsContext),
    removeAppSecret: () => removeAppSecret(settingsContext),
    testConnection: (request) => runConnectionTest(request, settingsContext),
    exportDiagnostics: () => exportDiagnostics({
      ...context.diagnostics, reportsDir, info, now, audit, checkJournal: async () => payments?.checkJournal(),
    }),
    getUpdateStatus: async () => getUpdateStatus(system),
    checkForUpdate: () => checkForUpdate(system),
    installUpdate: () => installUpdate(system),
    quitApp: () => quitApp(system),
    startPayment: async ({ amount, method, bank, mobile }) => charging((service) => service.start(amount, method, { bank, mobile })),
    getPayment: async ({ tradeNo }) => found(tradeNo),
    getCounterPayment: async () => {
      const counter = payments?.counter();
      return ok(counter ? toView(counter) : null);
    },
    cancelPayment: async ({ tradeNo }) => (payments ? asView(payments.cancel(tradeNo)) : blocked()),
    checkPaymentNow: async ({ tradeNo }) => (payments ? asView(payments.checkNow(tradeNo)) : blocked()),
    dismissPayment: async ({ tradeNo }) => (payments ? asView(payments.dismiss(tradeNo)) : blocked()),
    collectRest: async ({ tradeNo }) => charging((service) => service.collectRest(tradeNo)),
    listLatePayments: async () => ok(payments?.late().map(toView) ?? []),
    acknowledgeLatePayment: async ({ tradeNo }) => {
      if (!payments) return blocked();
      const acknowledged = await asView(payments.acknowledge(tradeNo));
      if (acknowledged.ok) {
        const { amount, paidAmount, lateAfter } = acknowledged.value;
        await manager.audit('late.acknowledged', { tradeNo, amount, paidAmount: paidAmount ?? null, lateAfter: lateAfter ?? null });
      }
      return acknowledged;
    },
    printReceipt: async ({ tradeNo, reprint, locale }) => {
      if (!devices.receipts) return err('PRINTER_UNAVAILABLE', 'No receipt printer is set up on this till.');
      const payment = await payments?.find(tradeNo);
      if (!payment) return err('NOT_FOUND', 'No such payment on this till.');
      if (!maySee(payment, rights)) return err('MANAGER_ONLY', 'Only the manager may reprint a receipt from before today.');
      if (payment.state !== 'paid' && payment.state !== 'partial') return err('INVALID_REQUEST', 'Only a paid or partly paid payment has a receipt.');
      return devices.receipts.print({ payment, reprint: reprint === true, ...receiptSettings(), locale: locale ?? 'id' });
    },
    toggleCustomerView: async () => {
      if (!devices.customerDisplay) return err('DISPLAY_UNAVAILABLE', 'This till has no customer display.');
      return ok({ shown: await devices.customerDisplay.toggle() });
    },
    simulateCustomerPayment: async ({ tradeNo, outcome }) => {
      if (!simulator) return err('NOT_DEMO_MODE', 'Simulated payments exist only in demo mode.');
      const view = await found(tradeNo);
      if (!view.ok) return view;
      try {
        simulator.settle(tradeNo, outcome);
      } catch {
        return err('INVALID_REQUEST', 'That payment can no longer be settled.');
      }
      return view; // the new state arrives through the status checks, exactly as a real customer's payment would
    },
  };
}
