/**
 * Paypro Indonesia payment-gateway simulator: a loopback HTTP server that speaks the gateway's protocol
 * (signed requests, two-level envelopes, signed callbacks with the retry ladder) plus a control API for
 * tests, demo mode and fault injection. Plain Node: no electron import, so tests and the CLI run it directly.
 */
export { startSimulator } from './server.ts';
export type {
  FaultKind,
  FaultSettings,
  NotifyAttempt,
  PayproEndpoint,
  RequestLogEntry,
  SettleOutcome,
  SimOrder,
  Simulator,
  SimulatorOptions,
} from './types.ts';
export { SETTLE_OUTCOMES } from './types.ts';
export { RETRY_LADDER_MS } from './notify.ts';
export { CONTROL_PATH, DEFAULTS } from './options.ts';
