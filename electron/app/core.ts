import type { AppInfo, ErrorCode, PaymentView } from '../../shared/ipc/contract.ts';
import type { EventName, InvokeName } from '../../shared/ipc/channels.ts';
import type { Result } from '../../shared/result.ts';
import { err, ok } from '../../shared/result.ts';
import { LIMITS } from '../../shared/paypro/validate.ts';
import { PayproClient } from '../paypro/client.ts';
import type { MethodCatalogue } from '../payments/payment-service.ts';
import { PaymentService } from '../payments/payment-service.ts';
import type { SecretStore } from '../secrets/secret-store.ts';
import { SecretStoreUnavailableError, appSecretAccount } from '../secrets/secret-store.ts';
import type { Settings } from '../settings/settings.ts';
import { baseUrlFor, loadSettings } from '../settings/settings.ts';
import type { Simulator, SimulatorOptions } from '../simulator/index.ts';
import { startSimulator } from '../simulator/index.ts';
import type { Handlers } from './dispatch.ts';
import { createDispatcher } from './dispatch.ts';

/**
 * The composition root of the main side, free of Electron: it reads the settings, opens the secret, picks
 * demo or live mode, and answers the IPC contract. Electron's ipcMain wiring (electron/main/ipc.ts) and the
 * test-only transport of the browser tests both sit on `invoke` and `onEvent`, so both run the same code.
 */
export interface KasirCoreOptions {
  readonly settingsFile: string;
  readonly secretStore: SecretStore;
  readonly pollIntervalMs?: number;
  readonly simulator?: SimulatorOptions;
  readonly onBug?: (operation: string, error: unknown) => void;
}

export interface KasirCore {
  readonly info: AppInfo;
  readonly simulator: Simulator | undefined;
  invoke(name: InvokeName | string, payload: unknown): Promise<Result<unknown, ErrorCode>>;
  onEvent(listener: (name: EventName, payload: unknown) => void): () => void;
  close(): Promise<void>;
}

interface Gateway {
  readonly client: PayproClient;
  readonly notifyUrl: string;
  readonly simulator: Simulator | undefined;
}

type Opened = { readonly ok: true; readonly gateway: Gateway } | { readonly ok: false; readonly code: ErrorCode };

async function openGateway(settings: Settings, options: KasirCoreOptions): Promise<Opened> {
  if (settings.merchantNo === undefined) {
    const simulator = await startSimulator(options.simulator);
    const client = new PayproClient({ baseUrl: simulator.baseUrl, merchantNo: simulator.merchantNo, secret: simulator.secret });
    return { ok: true, gateway: { client, notifyUrl: `${simulator.controlUrl}/notify-sink`, simulator } };
  }
  const baseUrl = baseUrlFor(settings);
  if (baseUrl === undefined || settings.notifyUrl === undefined) return { ok: false, code: 'SETTINGS_INVALID' };
  let secret: string | undefined;
  try {
    secret = await options.secretStore.get(appSecretAccount(settings.merchantNo));
  } catch (error) {
    if (error instanceof SecretStoreUnavailableError) return { ok: false, code: 'KEYCHAIN_UNAVAILABLE' };
    throw error;
  }
  if (secret === undefined || secret === '') return { ok: false, code: 'SECRET_MISSING' };
  const client = new PayproClient({ baseUrl, merchantNo: settings.merchantNo, secret, saltComposition: settings.saltComposition });
  return { ok: true, gateway: { client, notifyUrl: settings.notifyUrl, simulator: undefined } };
}

function methodCatalogue(settings: Settings): MethodCatalogue {
  return {
    QRIS: { channelCode: 'QRIS', wayCode: settings.methods.QRIS.wayCode, label: 'QRIS' },
    VA: { channelCode: 'VA', wayCode: settings.methods.VA.wayCode, label: settings.methods.VA.bankName },
  };
}

export async function createKasirCore(options: KasirCoreOptions): Promise<KasirCore> {
  const loaded = await loadSettings(options.settingsFile);
  const settings = loaded.ok ? loaded.settings : undefined;
  const opened: Opened = settings ? await openGateway(settings, options) : { ok: false, code: 'SETTINGS_INVALID' };
  const gateway = opened.ok ? opened.gateway : undefined;
  const mode = settings?.merchantNo === undefined ? (settings ? 'demo' : 'sandbox') : settings.environment;
  const info: AppInfo = {
    mode,
    ready: opened.ok,
    blockedReason: opened.ok ? undefined : opened.code,
    vaBankName: settings?.methods.VA.bankName ?? 'Virtual Account',
    minAmount: LIMITS.minAmount,
    maxQrisAmount: LIMITS.maxAmountByChannel.QRIS ?? Number.MAX_SAFE_INTEGER,
  };
  const payments = gateway && settings
    ? new PaymentService({
      gateway: gateway.client,
      notifyUrl: gateway.notifyUrl,
      payer: settings.payer,
      methods: methodCatalogue(settings),
      pollIntervalMs: options.pollIntervalMs ?? settings.pollIntervalMs,
    })
    : undefined;
  const listeners = new Set<(name: EventName, payload: unknown) => void>();
  const unsubscribe = payments?.onUpdate((view) => {
    for (const listener of listeners) listener('paymentUpdated', view);
  });

  const found = (tradeNo: string): Result<PaymentView, ErrorCode> => {
    const view = payments?.get(tradeNo);
    return view ? ok(view) : err('NOT_FOUND', 'No such payment on this till.');
  };
  const handlers: Handlers = {
    getAppInfo: async () => ok(info),
    startPayment: async ({ amount, method }) => {
      if (!payments) return err(info.blockedReason ?? 'INTERNAL', 'Charging is blocked until the settings are fixed.');
      return payments.start(amount, method);
    },
    getPayment: async ({ tradeNo }) => found(tradeNo),
    getOpenPayment: async () => ok(payments?.open() ?? null),
    simulateCustomerPayment: async ({ tradeNo, outcome }) => {
      const simulator = gateway?.simulator;
      if (!simulator) return err('NOT_DEMO_MODE', 'Simulated payments exist only in demo mode.');
      const view = found(tradeNo);
      if (!view.ok) return view;
      try {
        simulator.settle(tradeNo, outcome);
      } catch {
        return err('INVALID_REQUEST', 'That payment can no longer be settled.');
      }
      return view; // the new state arrives through polling, exactly as a real customer's payment would
    },
  };
  const dispatch = createDispatcher(handlers, options.onBug);

  return {
    info,
    simulator: gateway?.simulator,
    invoke: dispatch,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      unsubscribe?.();
      listeners.clear();
      payments?.close();
      await gateway?.simulator?.close();
    },
  };
}
