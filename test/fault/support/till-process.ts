/**
 * A till for the kill test (test/fault/kill.test.ts), run as its own Node 24 process so that the test can SIGKILL
 * it: the REAL payment core (SqliteJournal, PayproClient, PaymentService) against the simulator that runs in the
 * test process. It talks JSON lines: commands on stdin, reports on stdout (see TillCommand and TillReport).
 *
 * A kill that must land at an exact moment cannot be timed from outside, so the till kills itself there, chosen
 * by KASIR_KILL_AT. Small test-only decorators around the real journal and client stand at those moments; the
 * production code is not touched.
 *
 * Environment: KASIR_TILL_JOURNAL (file), KASIR_TILL_GATEWAY (the simulator's baseUrl), KASIR_TILL_MERCHANT,
 * KASIR_TILL_SECRET (env, not argv: argv is visible to every user of the machine), KASIR_TILL_NOTIFY_URL, and
 * optionally KASIR_KILL_AT.
 */
import { createInterface } from 'node:readline';
import { SqliteJournal } from '../../../electron/journal/index.ts';
import { PayproClient } from '../../../electron/paypro/client.ts';
import type { PayproOutcome } from '../../../electron/paypro/client.ts';
import type {
  AuditEntry, AuditQuery, AuditRecord, HistoryQuery, JournalEvent, PaymentJournal, TotalsRow,
} from '../../../electron/payments/journal.ts';
import type { Payment, PaymentEvent } from '../../../electron/payments/payment.ts';
import { PaymentService } from '../../../electron/payments/payment-service.ts';
import type { PayproGateway } from '../../../electron/payments/payment-service.ts';
import type { PaymentMethod } from '../../../shared/payments.ts';
import type { PayInRequest, PayInResponse } from '../../../shared/paypro/types.ts';
import { FAST_TIMING, METHODS, PAYER } from '../../support/payment-harness.ts';

/** The moments the till dies at by its own hand. */
export type KillPoint =
  /** The new payment's row is committed; its payIn was never sent. */
  | 'after-row'
  /** payIn was answered; the answer never reached the journal. */
  | 'after-answer'
  /** The cashier's cancel is committed; nobody was told. */
  | 'after-cancel';

export type TillCommand =
  | { readonly id: number; readonly do: 'start'; readonly amount: number; readonly method: PaymentMethod }
  | { readonly id: number; readonly do: 'cancel'; readonly tradeNo: string }
  | { readonly id: number; readonly do: 'counter' }
  | { readonly id: number; readonly do: 'close' };

export type TillReport =
  /** Start-up recovery is done: the payment on the counter, and every payment recovery took up again, as they are now. */
  | { readonly ready: true; readonly counter: Payment | null; readonly unfinished: Payment[] }
  | { readonly update: Payment }
  | { readonly id: number; readonly result: unknown }
  | { readonly closed: true }
  /** Written just before a self-kill, so the test knows what the till held when it died. */
  | { readonly dying: KillPoint; readonly payment?: Payment; readonly answer?: PayproOutcome<PayInResponse> }
  | { readonly bug: string }
  | { readonly fatal: string };

function report(message: TillReport): void {
  // stdout to a pipe is written synchronously on Linux, so a report made right before a SIGKILL is not lost.
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

function setting(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`${name} is not set`);
  return value;
}

const KILL_POINTS: readonly string[] = ['after-row', 'after-answer', 'after-cancel'] satisfies KillPoint[];
const killAtSetting = process.env['KASIR_KILL_AT'];
if (killAtSetting !== undefined && !KILL_POINTS.includes(killAtSetting)) throw new Error(`unknown KASIR_KILL_AT ${killAtSetting}`);
const killAt = killAtSetting as KillPoint | undefined;

/** Dies like a power cut: no finally blocks, no close, nothing flushed that was not already durable. */
async function die(point: KillPoint, details: { payment?: Payment; answer?: PayproOutcome<PayInResponse> }): Promise<never> {
  report({ dying: point, ...details });
  process.kill(process.pid, 'SIGKILL');
  // The signal may take a moment to land; nothing of the core may run meanwhile.
  return new Promise<never>(() => {});
}

/** The real journal, with the kill points that follow a durable write, and a note of what start-up recovery read. */
class KillingJournal implements PaymentJournal {
  readonly #inner: PaymentJournal;
  recoveredTradeNos: string[] = [];

  constructor(inner: PaymentJournal) {
    this.#inner = inner;
  }

  get location(): string {
    return this.#inner.location;
  }

  async begin(payment: Payment): Promise<void> {
    await this.#inner.begin(payment);
    if (killAt === 'after-row') await die('after-row', { payment });
  }

  async record(payment: Payment, event: PaymentEvent): Promise<void> {
    await this.#inner.record(payment, event);
    if (killAt === 'after-cancel' && event.type === 'cancel') await die('after-cancel', { payment });
  }

  async unfinished(): Promise<Payment[]> {
    const payments = await this.#inner.unfinished();
    this.recoveredTradeNos = payments.map((payment) => payment.tradeNo);
    return payments;
  }

  get(tradeNo: string): Promise<Payment | undefined> {
    return this.#inner.get(tradeNo);
  }
  onCounter(): Promise<Payment | undefined> {
    return this.#inner.onCounter();
  }
  awaitingAcknowledgement(): Promise<Payment[]> {
    return this.#inner.awaitingAcknowledgement();
  }
  events(tradeNo: string): Promise<JournalEvent[]> {
    return this.#inner.events(tradeNo);
  }
  history(query: HistoryQuery): Promise<Payment[]> {
    return this.#inner.history(query);
  }
  totals(from: number, to: number): Promise<TotalsRow[]> {
    return this.#inner.totals(from, to);
  }
  appendAudit(entry: AuditEntry): Promise<void> {
    return this.#inner.appendAudit(entry);
  }
  auditLog(query: AuditQuery): Promise<AuditRecord[]> {
    return this.#inner.auditLog(query);
  }
  close(): Promise<void> {
    return this.#inner.close();
  }
}

/** The real Paypro client, with the kill point between payIn's answer and the service applying it. */
function killingGateway(inner: PayproClient): PayproGateway {
  return {
    async payIn(request: PayInRequest) {
      const answer = await inner.payIn(request);
      if (killAt === 'after-answer') await die('after-answer', { answer });
      return answer;
    },
    paymentLink: (request) => inner.paymentLink(request),
    queryPayInResult: (tradeNo: string) => inner.queryPayInResult(tradeNo),
  };
}

async function main(): Promise<void> {
  const journal = new KillingJournal(await SqliteJournal.open(setting('KASIR_TILL_JOURNAL')));
  const client = new PayproClient({
    baseUrl: setting('KASIR_TILL_GATEWAY'), merchantNo: setting('KASIR_TILL_MERCHANT'), secret: setting('KASIR_TILL_SECRET'),
    // Longer than any latency the test injects: the kill, not a timeout, must end a payIn in flight.
    totalTimeoutMs: 5_000, connectTimeoutMs: 1_000,
  });
  const service = await PaymentService.open({
    gateway: killingGateway(client), journal, notifyUrl: setting('KASIR_TILL_NOTIFY_URL'), payer: PAYER, methods: METHODS,
    timing: FAST_TIMING, onBug: (what, detail) => report({ bug: `${what}: ${detail instanceof Error ? detail.message : String(detail)}` }),
  });
  // Updates made during recovery itself (creating → checking) were journalled before this listener existed;
  // the ready report shows their result.
  service.onUpdate((payment) => report({ update: payment }));
  const unfinished = await Promise.all(journal.recoveredTradeNos.map((tradeNo) => service.find(tradeNo)));
  report({ ready: true, counter: service.counter() ?? null, unfinished: unfinished.filter((payment) => payment !== undefined) });

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => (closing ??= service.close());
  const run = async (command: TillCommand): Promise<unknown> => {
    switch (command.do) {
      case 'start':
        return service.start(command.amount, command.method);
      case 'cancel':
        return service.cancel(command.tradeNo);
      case 'counter':
        return service.counter() ?? null;
      case 'close':
        await close();
        return null;
    }
  };
  const lines = createInterface({ input: process.stdin });
  lines.on('line', (line) => {
    const command = JSON.parse(line) as TillCommand;
    void run(command).then((result) => {
      report({ id: command.id, result });
      if (command.do !== 'close') return;
      report({ closed: true });
      process.exit(0);
    }, fail);
  });
  // The test process is gone: shut down cleanly rather than linger as an orphan.
  lines.on('close', () => void close().then(() => process.exit(0), fail));
}

function fail(error: unknown): void {
  report({ fatal: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
}

main().catch(fail);
