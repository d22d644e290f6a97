import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteJournal } from '../../electron/journal/index.ts';
import { PayproClient } from '../../electron/paypro/client.ts';
import type { Payment } from '../../electron/payments/payment.ts';
import { PaymentService } from '../../electron/payments/payment-service.ts';
import { DEFAULT_TIMING } from '../../electron/payments/timing.ts';
import type { Simulator } from '../../electron/simulator/index.ts';
import { startSimulator } from '../../electron/simulator/index.ts';
import { METHODS, PAYER } from '../support/payment-harness.ts';
import { summarise } from './table.ts';
import type { BenchRow } from './table.ts';

/**
 * Paid-to-screen at the service level: how long after the customer pays does the payment core announce `paid`?
 * A real PaymentService at the production pace (DEFAULT_TIMING: one status check a second for the payment on
 * the counter), the real Paypro client over loopback HTTP to the simulator, the real SQLite journal. The
 * payment is settled at a random moment, so the settle lands at a random phase of the polling; what is left is
 * the wait for the next check plus one round trip and one durable write.
 */
export interface PaidToScreenOptions {
  /** Payments in all (the figures quoted in reviews use 120). */
  readonly payments: number;
  /** Independent tills (service + journal + simulator each) charging side by side, so the bench stays short. */
  readonly services?: number;
  /** The customer pays a random 0…this many ms after the QR is shown (default: two check periods). */
  readonly maxPayDelayMs?: number;
  readonly onProgress?: (message: string) => void;
}

/** What one payment showed. */
export interface PaymentSample {
  /** Settle at the simulator → `paid` announced by the service (ms). */
  readonly latencyMs: number;
  /** queryPayInResult requests for this payment until `paid` was announced. */
  readonly statusQueries: number;
  /** From Charge to `paid` announced: the time the payment held the counter (ms). */
  readonly onCounterMs: number;
  /** Paypro requests about this payment after `paid` was announced (until its till closed). */
  readonly requestsAfterPaid: number;
  /** How long after its QR was shown the payment was paid (ms). */
  readonly payDelayMs: number;
}

export const PAID_TO_SCREEN_ROWS = ['paid-to-screen', 'status queries per payment', 'queries after paid'] as const;

const DEFAULT_SERVICES = 8;
/**
 * A whole number of check periods, so every phase of the polling is equally likely, as it is for a real customer.
 * A window that is not a multiple of the period (0–1.5 s, say) lands twice as often in the second half of a
 * period as in the first, and moves the median up by about an eighth of a period: a bench artefact, not latency.
 */
export const DEFAULT_MAX_PAY_DELAY_MS = 2 * DEFAULT_TIMING.counterCheckMs;
/** A payment not announced paid by then is a broken bench, not a slow figure. */
const PAID_TIMEOUT_MS = 15_000;
/** After a till's last payment, watch this long for status checks that should no longer come. */
const QUIET_WATCH_MS = 2 * DEFAULT_TIMING.counterCheckMs + 500;

const MEDIAN_TARGET_MS = 600;
const P95_TARGET_MS = 1_200;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

interface Till {
  readonly sim: Simulator;
  readonly service: PaymentService;
  readonly bugs: string[];
  close(): Promise<void>;
}

/** One till: its own simulator, its own journal in its own temp folder, production timing. */
async function openTill(): Promise<Till> {
  const sim = await startSimulator();
  const folder = await mkdtemp(join(tmpdir(), 'kasir-paid-bench-'));
  const bugs: string[] = [];
  try {
    const gateway = new PayproClient({ baseUrl: sim.baseUrl, merchantNo: sim.merchantNo, secret: sim.secret });
    const service = await PaymentService.open({
      gateway, journal: await SqliteJournal.open(join(folder, 'journal.sqlite')), notifyUrl: `${sim.controlUrl}/notify-sink`,
      payer: PAYER, methods: METHODS, onBug: (what, detail) => bugs.push(`${what}: ${JSON.stringify(detail)}`),
    });
    return {
      sim, service, bugs,
      async close() {
        await service.close();
        await sim.close();
        await rm(folder, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await sim.close();
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
}

function requestsAbout(sim: Simulator, tradeNo: string): { all: number; queries: number } {
  const about = sim.requests().filter((entry) => entry.tradeNo === tradeNo);
  return { all: about.length, queries: about.filter((entry) => entry.endpoint === 'queryPayInResult').length };
}

/** Resolves with performance.now() at the moment the service announces `tradeNo` paid. */
function whenPaid(service: PaymentService, tradeNo: string): { paid: Promise<number>; stop: () => void } {
  let stop = (): void => undefined;
  const paid = new Promise<number>((resolve, reject) => {
    const timeout = setTimeout(() => {
      stop();
      reject(new Error(`paid-to-screen bench: ${tradeNo} was not announced paid within ${PAID_TIMEOUT_MS} ms`));
    }, PAID_TIMEOUT_MS);
    const unsubscribe = service.onUpdate((payment: Payment) => {
      if (payment.tradeNo !== tradeNo || payment.state !== 'paid') return;
      const at = performance.now();
      stop();
      resolve(at);
    });
    stop = () => {
      clearTimeout(timeout);
      unsubscribe();
    };
  });
  return { paid, stop };
}

/** Charges `count` payments one after the other on one till; returns what each showed. */
async function runTill(count: number, maxPayDelayMs: number, progress: () => void): Promise<PaymentSample[]> {
  const till = await openTill();
  try {
    const measured: (Omit<PaymentSample, 'requestsAfterPaid'> & { tradeNo: string; requestsUntilPaid: number })[] = [];
    for (let i = 0; i < count; i++) {
      const charged = performance.now();
      const amount = 10_000 + Math.floor(Math.random() * 490) * 1_000;
      const result = await till.service.start(amount, 'QRIS');
      if (!result.ok) throw new Error(`paid-to-screen bench: the charge failed: ${result.code} ${result.message}`);
      if (result.value.state !== 'awaiting') throw new Error(`paid-to-screen bench: the charge ended ${result.value.state}, not awaiting`);
      const { tradeNo } = result.value;
      const shown = performance.now();
      await sleep(Math.random() * maxPayDelayMs);
      const watch = whenPaid(till.service, tradeNo);
      const t0 = performance.now();
      try {
        till.sim.settle(tradeNo, 'paid');
      } catch (error) {
        watch.stop();
        throw error;
      }
      const t1 = await watch.paid;
      const untilPaid = requestsAbout(till.sim, tradeNo);
      measured.push({
        tradeNo, latencyMs: t1 - t0, statusQueries: untilPaid.queries, onCounterMs: t1 - charged, payDelayMs: t0 - shown, requestsUntilPaid: untilPaid.all,
      });
      progress();
    }
    // The last payment needs time, too, to show that nothing more is asked about it.
    await sleep(QUIET_WATCH_MS);
    if (till.bugs.length > 0) throw new Error(`paid-to-screen bench: the payment core reported bugs: ${till.bugs.join('; ')}`);
    return measured.map(({ tradeNo, requestsUntilPaid, ...sample }) => ({
      ...sample, requestsAfterPaid: requestsAbout(till.sim, tradeNo).all - requestsUntilPaid,
    }));
  } finally {
    await till.close();
  }
}

/** The three rows of the table from the samples of every payment. */
export function paidToScreenRows(samples: readonly PaymentSample[]): BenchRow[] {
  const latency = summarise(samples.map((sample) => sample.latencyMs));
  const queries = summarise(samples.map((sample) => sample.statusQueries));
  const after = summarise(samples.map((sample) => sample.requestsAfterPaid));
  const paced = samples.every((sample) => sample.statusQueries <= Math.ceil(sample.onCounterMs / 1_000) + 1);
  return [
    {
      name: PAID_TO_SCREEN_ROWS[0], ...latency, unit: 'ms', target: `median ≤ ${MEDIAN_TARGET_MS} ms, p95 ≤ ${P95_TARGET_MS / 1_000} s`,
      met: latency.median <= MEDIAN_TARGET_MS && latency.p95 <= P95_TARGET_MS,
    },
    { name: PAID_TO_SCREEN_ROWS[1], ...queries, unit: 'queries', target: '≤ 1 per second on the counter', met: paced },
    { name: PAID_TO_SCREEN_ROWS[2], ...after, unit: 'requests', target: '0', met: samples.every((sample) => sample.requestsAfterPaid === 0) },
  ];
}

export interface PaidToScreenResult {
  readonly rows: BenchRow[];
  readonly samples: PaymentSample[];
  readonly services: number;
  readonly maxPayDelayMs: number;
}

export async function benchPaidToScreen(options: PaidToScreenOptions): Promise<PaidToScreenResult> {
  const { payments } = options;
  if (!Number.isInteger(payments) || payments < 1) throw new Error(`paid-to-screen bench: payments must be a whole number ≥ 1, not ${payments}`);
  const services = Math.min(payments, Math.max(1, options.services ?? DEFAULT_SERVICES));
  const maxPayDelayMs = options.maxPayDelayMs ?? DEFAULT_MAX_PAY_DELAY_MS;
  const onProgress = options.onProgress ?? (() => undefined);
  let done = 0;
  const progress = (): void => {
    done += 1;
    if (done % 10 === 0 || done === payments) onProgress(`paid-to-screen bench: ${done} of ${payments} payments paid`);
  };
  // Spread the payments as evenly as possible: the first `payments % services` tills take one more.
  const shares = Array.from({ length: services }, (_, index) => Math.floor(payments / services) + (index < payments % services ? 1 : 0));
  const settled = await Promise.allSettled(shares.map((share) => runTill(share, maxPayDelayMs, progress)));
  const failure = settled.find((outcome) => outcome.status === 'rejected');
  if (failure) throw failure.reason;
  const samples = settled.flatMap((outcome) => (outcome.status === 'fulfilled' ? outcome.value : []));
  return { rows: paidToScreenRows(samples), samples, services, maxPayDelayMs };
}
