import { dirname, join } from 'node:path';
import type { AppInfo, ErrorCode } from '../../shared/ipc/contract.ts';
import type { EventName } from '../../shared/ipc/channels.ts';
import { LIMITS } from '../../shared/paypro/validate.ts';
import { SqliteJournal } from '../journal/index.ts';
import { PayproClient } from '../paypro/client.ts';
import type { AuditEntry, AuditRecord, JournalProblem, PaymentJournal } from '../payments/journal.ts';
import { JournalError } from '../payments/journal.ts';
import { MethodCatalogue } from '../payments/catalogue.ts';
import type { PaymentServiceOptions } from '../payments/payment-service.ts';
import { PaymentService } from '../payments/payment-service.ts';
import type { Clock } from '../payments/clock.ts';
import type { PaymentTiming } from '../payments/timing.ts';
import { CONNECTION_TROUBLE_AFTER, toView } from '../payments/view.ts';
import { systemClock } from '../payments/clock.ts';
import type { Payment } from '../payments/payment.ts';
import type { SecretStore } from '../secrets/secret-store.ts';
import { SecretStoreLockedError, SecretStoreUnavailableError, appSecretAccount } from '../secrets/secret-store.ts';
import type { Settings } from '../settings/settings.ts';
import { loadSettings } from '../settings/settings-file.ts';
import { baseUrlFor } from '../settings/settings.ts';
import type { Simulator, SimulatorOptions } from '../simulator/index.ts';
import { startSimulator } from '../simulator/index.ts';
import type { ManagerAccess } from '../manager/access.ts';
import { businessDayStart } from '../history/business-day.ts';
import type { TestConnectionDeps } from '../manager/test-connection.ts';
import { holdsCounter as holdsTheCounter } from '../payments/lifecycle.ts';
import type { Devices } from './devices.ts';
import type { Dispatch } from './dispatch.ts';
import { createDispatcher } from './dispatch.ts';
import { createHandlers } from './handlers.ts';
import { GatewayReachability } from './reachability.ts';
import type { Updater } from '../updates/update-gate.ts';
import type { Logger } from '../logging/logger.ts';
import { silentLogger } from '../logging/logger.ts';
import { paymentLog, payproLog } from '../logging/till-log.ts';

/** What the core opens each till with (the same files, keychain, devices and test timing every time). */
export interface KasirCoreOptions {
  readonly settingsFile: string;
  /**
   * The payment journal (SQLite). Demo mode journals in memory: its gateway (the built-in simulator) forgets
   * every order when the app stops, so its payments cannot outlive the run either.
   */
  readonly journalFile: string;
  readonly secretStore: SecretStore;
  readonly simulator?: SimulatorOptions;
  /** Tests only: faster status checks, or a clock they can move. */
  readonly timing?: Partial<PaymentTiming>;
  readonly clock?: Clock;
  /** The printer and the customer display; Electron provides them (electron/main/). */
  readonly devices?: Devices;
  readonly onBug?: (operation: string, error: unknown) => void;
  /** Tests only: shorter timeouts for Test connection. */
  readonly connectionTest?: TestConnectionDeps;
  /** Where exported reports go (default: `reports` beside the settings file). */
  readonly reportsDir?: string;
  /** The manager PIN's file (default: manager.json beside the settings file). */
  readonly managerFile?: string;
  /** electron-updater in an installed till (electron/main/updater.ts); without it the till does not update itself. */
  readonly updates?: Updater;
  /** Ends the app once the core is closed (the manager's quitApp); Electron's app.quit in main. */
  readonly quit?: () => void;
  /** The till's log (../logging/): redacted on the way out; told the app secret once it is read, to scrub it. */
  readonly log?: Logger;
  /** The folder of the log files, for the manager's diagnostics archive. */
  readonly logDir?: string;
  /** The app's version, for the log and the diagnostics archive. */
  readonly appVersion?: string;
}

/**
 * One opening of the till: the settings as read now, the secret as the keychain gives it now, the journal and
 * the payments a previous run left open. When any of it fails the till is blocked with the reason; the core
 * (./core.ts) can open a new till in its place when the cashier asks to try again, without a restart.
 */
export interface Till {
  readonly simulator: Simulator | undefined;
  info(): AppInfo;
  readonly dispatch: Dispatch;
  /** Writes to the audit log in the journal; rejects while the till has no journal (blocked). */
  audit(entry: AuditEntry): Promise<void>;
  /** The newest entries of the audit log; undefined while the till has no journal. */
  auditLog(): Promise<readonly AuditRecord[] | undefined>;
  close(): Promise<void>;
}

export interface TillHooks {
  readonly emit: (name: EventName, payload: unknown) => void;
  /** The cashier's "try again" on a blocked till: opens a new till in this one's place. */
  readonly retrySetup: () => Promise<AppInfo>;
  /** The manager's PIN and session: they outlive the till. */
  readonly manager: ManagerAccess;
  /** Opens a new till in this one's place with the settings saved now (the settings screen's "save"). */
  readonly reload: () => Promise<AppInfo>;
  /** The audit log of whichever till is open now (a reload replaces this one), newest first. */
  readonly auditLog: () => Promise<readonly AuditRecord[] | undefined>;
  /** Closes the whole core (this till's journal included), before an update is installed or the app quits. */
  readonly shutdown: () => Promise<void>;
}

interface Gateway {
  readonly client: PayproClient;
  readonly notifyUrl: string;
  readonly simulator: Simulator | undefined;
}

const IN_MEMORY_JOURNAL = ':memory:';

type Opened<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly code: ErrorCode };

async function openGateway(settings: Settings, options: KasirCoreOptions): Promise<Opened<Gateway>> {
  const log = options.log ?? silentLogger;
  if (settings.merchantNo === undefined) {
    const simulator = await startSimulator(options.simulator);
    log.protect(simulator.secret);
    const client = new PayproClient({ baseUrl: simulator.baseUrl, merchantNo: simulator.merchantNo, secret: simulator.secret, observer: payproLog(log) });
    return { ok: true, value: { client, notifyUrl: `${simulator.controlUrl}/notify-sink`, simulator } };
  }
  const baseUrl = baseUrlFor(settings);
  if (baseUrl === undefined || settings.notifyUrl === undefined) return { ok: false, code: 'SETTINGS_INVALID' };
  // Also checked by the settings schema; here too, because a signed request over plain HTTP must never leave.
  if (settings.environment === 'production' && !baseUrl.startsWith('https://')) return { ok: false, code: 'SETTINGS_INVALID' };
  let secret: string | undefined;
  try {
    secret = await options.secretStore.get(appSecretAccount(settings.merchantNo));
  } catch (error) {
    if (error instanceof SecretStoreUnavailableError) return { ok: false, code: 'KEYCHAIN_UNAVAILABLE' };
    if (error instanceof SecretStoreLockedError) return { ok: false, code: 'KEYCHAIN_LOCKED' };
    throw error;
  }
  if (secret === undefined || secret === '') return { ok: false, code: 'SECRET_MISSING' };
  log.protect(secret);
  const client = new PayproClient({
    baseUrl, merchantNo: settings.merchantNo, secret, saltComposition: settings.saltComposition, observer: payproLog(log),
  });
  return { ok: true, value: { client, notifyUrl: settings.notifyUrl, simulator: undefined } };
}

const JOURNAL_CODES: Readonly<Record<JournalProblem, ErrorCode>> = {
  damaged: 'JOURNAL_DAMAGED',
  unwritable: 'JOURNAL_UNWRITABLE',
  busy: 'JOURNAL_IN_USE',
};

function journalFailure(error: unknown): Opened<never> {
  if (error instanceof JournalError) return { ok: false, code: JOURNAL_CODES[error.problem] };
  throw error;
}

/** Opens the journal and takes up what a previous run left open; a journal that cannot do both blocks charging. */
async function openPayments(file: string, options: Omit<PaymentServiceOptions, 'journal'>): Promise<Opened<PaymentService>> {
  let journal: PaymentJournal;
  try {
    journal = await SqliteJournal.open(file);
  } catch (error) {
    return journalFailure(error);
  }
  try {
    return { ok: true, value: await PaymentService.open({ ...options, journal }) };
  } catch (error) {
    await journal.close();
    return journalFailure(error);
  }
}

/** A charge that never reached Paypro, or status checks that keep getting no answer. */
function suggestsOutage(payment: Payment): boolean {
  return payment.failure?.code === 'GATEWAY_UNREACHABLE' || (payment.lastCheckProblem === 'connection' && payment.failedChecks >= CONNECTION_TROUBLE_AFTER);
}

function timingFrom(settings: Settings, overrides: Partial<PaymentTiming> | undefined): Partial<PaymentTiming> {
  return { watchGraceMs: settings.watchGraceMinutes * 60_000, ...overrides };
}

export async function openTill(options: KasirCoreOptions, hooks: TillHooks): Promise<Till> {
  const log = options.log ?? silentLogger;
  const onBug = (operation: string, error: unknown): void => {
    log.error('bug', { operation, error });
    options.onBug?.(operation, error);
  };
  const loaded = await loadSettings(options.settingsFile);
  const settings = loaded.ok ? loaded.settings : undefined;
  const catalogue = new MethodCatalogue(settings?.methods ?? []);
  const gateway: Opened<Gateway> = settings ? await openGateway(settings, options) : { ok: false, code: 'SETTINGS_INVALID' };
  const simulator = gateway.ok ? gateway.value.simulator : undefined;
  const journalFile = simulator ? IN_MEMORY_JOURNAL : options.journalFile;
  const opened = settings && gateway.ok
    ? await openPayments(journalFile, {
      gateway: gateway.value.client,
      notifyUrl: gateway.value.notifyUrl,
      returnUrl: settings.returnUrl,
      nmid: settings.nmid,
      payer: settings.payer,
      methods: catalogue,
      timing: timingFrom(settings, options.timing),
      ...(options.clock ? { clock: options.clock } : {}),
      onBug,
      onChange: paymentLog(log),
    })
    : undefined;
  const payments = opened?.ok ? opened.value : undefined;
  const blockedReason = !gateway.ok ? gateway.code : opened && !opened.ok ? opened.code : undefined;
  const info = (): AppInfo => ({
    // Invalid settings are not demo mode: nothing may pretend to charge when the till is misconfigured.
    mode: settings?.merchantNo === undefined ? (settings ? 'demo' : 'sandbox') : settings.environment,
    ready: payments !== undefined,
    blockedReason,
    journalFile: simulator ? undefined : options.journalFile,
    warning: payments?.journalTrouble === undefined ? undefined : JOURNAL_CODES[payments.journalTrouble],
    gateway: reachability?.state ?? 'reachable',
    methods: catalogue.info(),
    minAmount: catalogue.list().length === 0 ? LIMITS.minAmount : Math.min(...catalogue.list().map((method) => method.minAmount)),
    quickAmounts: settings?.quickAmounts ?? [],
    speakPayments: settings?.speakPayments ?? false,
    storeName: settings?.storeName ?? 'Kasir',
    language: settings?.language ?? 'id',
    customerDisplay: options.devices?.customerDisplay?.layout() ?? 'none',
  });

  const { emit } = hooks;
  // A light probe (the balance query: any answer at all means Paypro is there) confirms a suspected outage.
  const client = gateway.ok ? gateway.value.client : undefined;
  const reachability = client && payments
    ? new GatewayReachability({
      clock: options.clock ?? systemClock,
      probe: async () => ['accepted', 'rejected'].includes((await client.queryBalance()).kind),
      onChange: () => {
        log.warn('paypro.reachability', { state: reachability?.state });
        emit('appInfoChanged', info());
      },
    })
    : undefined;
  const unsubscribes = [
    payments?.onUpdate((payment) => {
      emit('paymentUpdated', toView(payment));
      if (suggestsOutage(payment)) reachability?.suspect();
    }),
    payments?.onJournalTrouble((problem) => {
      log.warn('journal.trouble', { problem: problem ?? 'resolved' });
      emit('appInfoChanged', info());
    }),
    options.devices?.customerDisplay?.onLayoutChange(() => emit('appInfoChanged', info())),
  ];
  const receiptSettings = () => ({
    storeName: settings?.storeName ?? 'Kasir',
    nmid: settings?.nmid,
    paperWidth: settings?.receipt.paperWidth ?? 80,
    printerName: settings?.receipt.printerName,
  });
  const clock = options.clock ?? systemClock;
  const holdsCounter = (): boolean => {
    const counter = payments?.counter();
    return counter !== undefined && holdsTheCounter(counter);
  };
  const opening = info();
  log.info('till.opened', {
    version: options.appVersion ?? null, mode: opening.mode, environment: settings?.merchantNo === undefined ? null : settings.environment, ready: opening.ready,
    blockedReason: opening.blockedReason ?? null, methods: opening.methods.map((method) => method.id),
  });
  const handlers = createHandlers({
    info, payments, simulator, devices: options.devices ?? {}, receiptSettings, retrySetup: hooks.retrySetup, manager: hooks.manager,
    now: () => clock.now(),
    dayStartOf: (instant) => businessDayStart(instant, settings?.businessDayStartHour ?? 0),
    reportsDir: options.reportsDir ?? join(dirname(options.settingsFile), 'reports'),
    diagnostics: { settingsFile: options.settingsFile, logDir: options.logDir, log, appVersion: options.appVersion },
    system: {
      updater: options.updates, feedUrl: () => settings?.updateFeedUrl, shutdown: hooks.shutdown, quit: options.quit, appVersion: options.appVersion,
      activity: () => ({ holdsCounter: holdsCounter(), working: payments?.working ?? false }),
    },
    settings: {
      settingsFile: options.settingsFile, secretStore: options.secretStore, reload: hooks.reload, holdsCounter, auditLog: hooks.auditLog,
      ...(options.connectionTest ? { connection: options.connectionTest } : {}),
    },
  });

  return {
    simulator,
    info,
    dispatch: createDispatcher(handlers, onBug, hooks.manager),
    audit: (entry) => (payments ? payments.audit(entry) : Promise.reject(new Error('the till has no journal open'))),
    auditLog: async () => payments?.auditLog({ limit: 500 }),
    async close() {
      reachability?.close();
      for (const unsubscribe of unsubscribes) unsubscribe?.();
      await payments?.close();
      await simulator?.close();
    },
  };
}
