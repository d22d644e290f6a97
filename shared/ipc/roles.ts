import type { EventName, InvokeName } from './channels.ts';

/**
 * Every window has a role, and main decides per operation which roles may call it (STYLE.md §14): hiding a
 * button is not a permission. The cashier's window runs the till; the customer-facing display may only read
 * what it shows. Manager rights are a session on top of the cashier's role: the operations in MANAGER_ONLY also
 * need an open manager session (electron/manager/access.ts), checked in main on every call.
 */
export const WINDOW_ROLES = ['cashier', 'customer'] as const;
export type WindowRole = (typeof WINDOW_ROLES)[number];

const CASHIER: readonly WindowRole[] = ['cashier'];
const EVERY_WINDOW: readonly WindowRole[] = ['cashier', 'customer'];

export const INVOKE_ROLES: { readonly [N in InvokeName]: readonly WindowRole[] } = {
  getAppInfo: EVERY_WINDOW,
  retrySetup: CASHIER,
  getCounterPayment: EVERY_WINDOW,
  startPayment: CASHIER,
  getPayment: CASHIER,
  cancelPayment: CASHIER,
  checkPaymentNow: CASHIER,
  dismissPayment: CASHIER,
  collectRest: CASHIER,
  listLatePayments: CASHIER,
  acknowledgeLatePayment: CASHIER,
  printReceipt: CASHIER,
  toggleCustomerView: CASHIER,
  simulateCustomerPayment: CASHIER,
  getManagerState: CASHIER,
  setManagerPin: CASHIER,
  unlockManager: CASHIER,
  lockManager: CASHIER,
  // Today's for the cashier; older ones only in a manager session, checked by their handlers (the request's dates).
  listHistory: CASHIER,
  getPaymentDetail: CASHIER,
  getDayReport: CASHIER,
  exportDayReport: CASHIER,
  listAuditLog: CASHIER,
  reconcileDay: CASHIER,
  getSettings: CASHIER,
  saveSettings: CASHIER,
  setAppSecret: CASHIER,
  removeAppSecret: CASHIER,
  testConnection: CASHIER,
  exportDiagnostics: CASHIER,
  getUpdateStatus: CASHIER,
  checkForUpdate: CASHIER,
  installUpdate: CASHIER,
  quitApp: CASHIER,
};

/** Operations the cashier's window may call only in an open manager session. */
export const MANAGER_ONLY: ReadonlySet<InvokeName> = new Set<InvokeName>([
  'acknowledgeLatePayment', 'getDayReport', 'exportDayReport', 'listAuditLog', 'reconcileDay',
  'getSettings', 'saveSettings', 'setAppSecret', 'removeAppSecret', 'testConnection', 'exportDiagnostics',
  'getUpdateStatus', 'checkForUpdate', 'installUpdate', 'quitApp',
]);

export const EVENT_ROLES: { readonly [E in EventName]: readonly WindowRole[] } = {
  paymentUpdated: EVERY_WINDOW,
  appInfoChanged: EVERY_WINDOW,
  managerChanged: CASHIER,
};

export function mayInvoke(role: WindowRole, name: InvokeName): boolean {
  return INVOKE_ROLES[name].includes(role);
}

/** The operations a window of this role may call: its preload exposes these and no others. */
export function invokeNamesFor(role: WindowRole, names: readonly InvokeName[]): InvokeName[] {
  return names.filter((name) => mayInvoke(role, name));
}
