/**
 * The IPC channel names, the one list both sides build from. Kept free of zod so the sandboxed preload
 * bundles only these strings; result types live in ./contract.ts and request schemas in ./schemas.ts.
 */
export const INVOKE_CHANNELS = {
  getAppInfo: 'kasir:app:get-info',
  retrySetup: 'kasir:app:retry-setup',
  startPayment: 'kasir:payment:start',
  getPayment: 'kasir:payment:get',
  getCounterPayment: 'kasir:payment:get-counter',
  cancelPayment: 'kasir:payment:cancel',
  checkPaymentNow: 'kasir:payment:check-now',
  dismissPayment: 'kasir:payment:dismiss',
  collectRest: 'kasir:payment:collect-rest',
  listLatePayments: 'kasir:payment:list-late',
  acknowledgeLatePayment: 'kasir:payment:acknowledge-late',
  printReceipt: 'kasir:receipt:print',
  toggleCustomerView: 'kasir:display:toggle-customer-view',
  simulateCustomerPayment: 'kasir:demo:simulate-payment',
  getManagerState: 'kasir:manager:get-state',
  setManagerPin: 'kasir:manager:set-pin',
  unlockManager: 'kasir:manager:unlock',
  lockManager: 'kasir:manager:lock',
  listHistory: 'kasir:history:list',
  getPaymentDetail: 'kasir:history:detail',
  getDayReport: 'kasir:report:day',
  exportDayReport: 'kasir:report:export-day',
  listAuditLog: 'kasir:report:audit-log',
  reconcileDay: 'kasir:report:reconcile-day',
  getSettings: 'kasir:settings:get',
  saveSettings: 'kasir:settings:save',
  setAppSecret: 'kasir:settings:set-secret',
  removeAppSecret: 'kasir:settings:remove-secret',
  testConnection: 'kasir:settings:test-connection',
  exportDiagnostics: 'kasir:diagnostics:export',
  getUpdateStatus: 'kasir:update:status',
  checkForUpdate: 'kasir:update:check',
  installUpdate: 'kasir:update:install',
  quitApp: 'kasir:app:quit',
} as const;

export const EVENT_CHANNELS = {
  paymentUpdated: 'kasir:payment:updated',
  appInfoChanged: 'kasir:app:info-changed',
  managerChanged: 'kasir:manager:changed',
} as const;

export type InvokeName = keyof typeof INVOKE_CHANNELS;
export type EventName = keyof typeof EVENT_CHANNELS;
export const INVOKE_NAMES = Object.keys(INVOKE_CHANNELS) as InvokeName[];
export const EVENT_NAMES = Object.keys(EVENT_CHANNELS) as EventName[];

/** The preload's method name for subscribing to an event: paymentUpdated → onPaymentUpdated. */
export function subscribeMethodName<E extends EventName>(event: E): `on${Capitalize<E>}` {
  return `on${event.charAt(0).toUpperCase()}${event.slice(1)}` as `on${Capitalize<E>}`;
}
