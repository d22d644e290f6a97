import { DAY_MS, businessDayStart } from '../../electron/history/business-day.ts';
import { SqliteJournal } from '../../electron/journal/index.ts';
import { PayproClient } from '../../electron/paypro/client.ts';
import { PaymentService } from '../../electron/payments/payment-service.ts';
import { buildDayReport } from '../../electron/reports/day-report.ts';
import type { ReportContext } from '../../electron/reports/day-report.ts';
import { startSimulator } from '../../electron/simulator/index.ts';
import { METHODS, PAYER } from '../support/payment-harness.ts';
import { row, sample, seeded } from './sampling.ts';
import type { BenchRow } from './table.ts';

/**
 * The manager's whole end-of-day report (electron/reports/day-report.ts, what "Tutup hari" asks main for): the
 * day's totals by method and state, its partial payments and the late payments awaiting a decision, built by the
 * real payment core over a journal the journal bench filled. The core talks to a simulator on loopback, as a till
 * talks to Paypro, because opening it takes up the journal's unfinished payments and asks about them.
 */
export interface DayReportBenchOptions {
  /** A journal bulkLoad filled; the core writes to it (the unfinished payments it asks about). */
  readonly file: string;
  /** The first business day's start and how many days the journal's payments cover. */
  readonly firstDay: number;
  readonly days: number;
  readonly samples: number;
}

export const DAY_REPORT_ROW = 'day report: a whole business day (totals by method and state, partial payments, late payments)';
const TARGET_MS = 10;

export async function benchDayReport(options: DayReportBenchOptions): Promise<BenchRow> {
  const sim = await startSimulator();
  try {
    const gateway = new PayproClient({ baseUrl: sim.baseUrl, merchantNo: sim.merchantNo, secret: sim.secret });
    const payments = await PaymentService.open({
      gateway, journal: await SqliteJournal.open(options.file), notifyUrl: `${sim.controlUrl}/notify-sink`, payer: PAYER, methods: METHODS,
    });
    try {
      const context: ReportContext = {
        payments,
        // Midnight on this machine's clock, as a till with the default businessDayStartHour has it.
        dayStartOf: (instant) => businessDayStart(instant, 0),
        labelOf: (method) => (method === 'VA' ? 'Bank Demo' : method),
      };
      const random = seeded(5);
      let empty = 0;
      const samples = await sample(options.samples, async () => {
        // Noon of a day the seeded generator picks: inside one business day whatever the machine's time zone.
        const report = await buildDayReport(options.firstDay + Math.floor(random() * options.days) * DAY_MS + DAY_MS / 2, context);
        if (report.lines.length === 0) empty++;
      });
      // A day without payments costs next to nothing: timing those would flatter the figure, so it is a broken bench.
      if (empty > 0) throw new Error(`day report bench: ${empty} of the days asked about had no payments; the journal does not cover them`);
      return row(DAY_REPORT_ROW, samples, `≤ ${TARGET_MS} ms`, TARGET_MS);
    } finally {
      await payments.close();
    }
  } finally {
    await sim.close();
  }
}
