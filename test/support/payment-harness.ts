import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteJournal } from '../../electron/journal/index.ts';
import { PayproClient } from '../../electron/paypro/client.ts';
import type { PayproClientConfig } from '../../electron/paypro/client.ts';
import type { Payment } from '../../electron/payments/payment.ts';
import { MethodCatalogue } from '../../electron/payments/catalogue.ts';
import type { PaymentServiceOptions } from '../../electron/payments/payment-service.ts';
import { PaymentService } from '../../electron/payments/payment-service.ts';
import type { PaymentTiming } from '../../electron/payments/timing.ts';
import type { Simulator, SimulatorOptions } from '../../electron/simulator/index.ts';
import { startSimulator } from '../../electron/simulator/index.ts';
import { OffsetClock } from './offset-clock.ts';

/**
 * The real payment core for integration tests: the Paypro client over loopback HTTP to the real simulator, the
 * SQLite journal in a temp folder, and a clock the test can move forward. Status checks run fast (tens of ms)
 * so a test does not wait a second per check; the production pace is unit-tested in timing.test.ts.
 */
export const METHODS = new MethodCatalogue([
  { id: 'QRIS', kind: 'qris', enabled: true, needsMobile: false, banks: [], toConfirm: false },
  { id: 'VA', kind: 'va', enabled: true, needsMobile: false, banks: [{ id: 'DEMO', name: 'Bank Demo', wayCode: 'DEMO', toConfirm: true }], toConfirm: false },
  { id: 'BANKS', kind: 'va', enabled: true, needsMobile: false, toConfirm: false, banks: [
    { id: 'BCA', name: 'BCA', wayCode: 'BCA', toConfirm: true }, { id: 'BNI', name: 'BNI', wayCode: 'BNI', toConfirm: true },
  ] },
  { id: 'DANA', kind: 'ewallet', enabled: true, label: 'DANA', wayCode: 'DANA', needsMobile: true, banks: [], toConfirm: false },
  { id: 'CASHIER', kind: 'cashier', enabled: true, needsMobile: false, banks: [], toConfirm: false },
]);
export const PAYER = { username: 'Pelanggan', mobile: '081234567890', email: 'pelanggan@example.com' };
export const FAST_TIMING: Partial<PaymentTiming> = {
  counterCheckMs: 30, counterBackoffMaxMs: 120, watchedCheckMinMs: 30, watchedCheckMaxMs: 120, checkNowMinIntervalMs: 300,
};

export interface HarnessOptions {
  readonly simulator?: SimulatorOptions;
  readonly client?: Partial<PayproClientConfig>;
  readonly timing?: Partial<PaymentTiming>;
  readonly service?: Partial<PaymentServiceOptions>;
}

export interface Harness {
  readonly sim: Simulator;
  readonly clock: OffsetClock;
  readonly journalFile: string;
  /** The journal the current service writes to (its test-only size cap plays a full disk). */
  journal: SqliteJournal;
  /** Every payment record the service announced, in order. */
  readonly seen: Payment[];
  /** Bugs the core reported (refused transitions, failed writes): a test expects none unless it says so. */
  readonly bugs: unknown[];
  service: PaymentService;
  /** Resolves with the payment once `done` holds for it (checked now and on every update). */
  until(tradeNo: string, done: (payment: Payment) => boolean, what?: string): Promise<Payment>;
  /** Closes the service and opens a new one on the same journal, as a restart would. */
  restart(): Promise<PaymentService>;
  close(): Promise<void>;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const sim = await startSimulator({ timeScale: 0.001, ...options.simulator });
  const folder = await mkdtemp(join(tmpdir(), 'kasir-core-'));
  const journalFile = join(folder, 'journal.sqlite');
  const clock = new OffsetClock();
  const seen: Payment[] = [];
  const bugs: unknown[] = [];
  const client = new PayproClient({
    baseUrl: sim.baseUrl, merchantNo: sim.merchantNo, secret: sim.secret, totalTimeoutMs: 800, connectTimeoutMs: 500, ...options.client,
  });
  let journal = await SqliteJournal.open(journalFile);
  const open = async (): Promise<PaymentService> => {
    const service = await PaymentService.open({
      gateway: client, journal, notifyUrl: `${sim.controlUrl}/notify-sink`, payer: PAYER,
      methods: METHODS, timing: { ...FAST_TIMING, ...options.timing }, clock, onBug: (what, detail) => bugs.push({ what, detail }),
      ...options.service,
    });
    service.onUpdate((payment) => seen.push(payment));
    return service;
  };
  const harness: Harness = {
    sim, clock, journalFile, journal, seen, bugs,
    service: await open(),
    until(tradeNo, done, what = 'the expected state') {
      return new Promise((resolve, reject) => {
        const check = (payment: Payment | undefined): boolean => {
          if (payment?.tradeNo !== tradeNo || !done(payment)) return false;
          clearTimeout(timeout);
          stop();
          resolve(payment);
          return true;
        };
        const timeout = setTimeout(() => {
          stop();
          const last = seen.findLast((payment) => payment.tradeNo === tradeNo);
          reject(new Error(`${tradeNo} never reached ${what}; last seen: ${JSON.stringify(last)}`));
        }, 8_000);
        const stop = harness.service.onUpdate(check);
        void harness.service.find(tradeNo).then(check);
      });
    },
    async restart() {
      await harness.service.close();
      journal = await SqliteJournal.open(journalFile);
      harness.journal = journal;
      harness.service = await open();
      return harness.service;
    },
    async close() {
      await harness.service.close();
      await sim.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
  return harness;
}

/** The started payment, or a thrown error naming why it did not start. */
export function started(result: Awaited<ReturnType<PaymentService['start']>>): Payment {
  if (!result.ok) throw new Error(`start failed: ${result.code} ${result.message}`);
  return result.value;
}
