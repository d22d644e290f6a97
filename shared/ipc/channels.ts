/**
 * The IPC channel names, the one list both sides build from. Kept free of zod so the sandboxed preload
 * bundles only these strings; the request schemas and result types live in ./contract.ts.
 */
export const INVOKE_CHANNELS = {
  getAppInfo: 'kasir:app:get-info',
  startPayment: 'kasir:payment:start',
  getPayment: 'kasir:payment:get',
  getOpenPayment: 'kasir:payment:get-open',
  simulateCustomerPayment: 'kasir:demo:simulate-payment',
} as const;

export const EVENT_CHANNELS = {
  paymentUpdated: 'kasir:payment:updated',
} as const;

export type InvokeName = keyof typeof INVOKE_CHANNELS;
export type EventName = keyof typeof EVENT_CHANNELS;
export const INVOKE_NAMES = Object.keys(INVOKE_CHANNELS) as InvokeName[];
export const EVENT_NAMES = Object.keys(EVENT_CHANNELS) as EventName[];

/** The preload's method name for subscribing to an event: paymentUpdated → onPaymentUpdated. */
export function subscribeMethodName<E extends EventName>(event: E): `on${Capitalize<E>}` {
  return `on${event.charAt(0).toUpperCase()}${event.slice(1)}` as `on${Capitalize<E>}`;
}
