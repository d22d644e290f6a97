import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PaymentView } from '../../shared/ipc/contract.ts';
import type { AuditView, DayReport, ReportExport } from '../../shared/ipc/report.ts';
import type { KasirCore } from '../../electron/app/core.ts';
import { DAY_MS, businessDayStart } from '../../electron/history/business-day.ts';
import type { Simulator } from '../../electron/simulator/index.ts';
import type { OffsetClock } from '../support/offset-clock.ts';
import type { SandboxTill } from '../support/sandbox-till.ts';
import { openSandboxTill, value } from '../support/sandbox-till.ts';

/**
 * Closing the day through main: the real core in sandbox mode against the simulator, the real journal file. The
 * report and the CSV are checked against sums computed here, independently, from the journal's own rows (read
 * with node:sqlite once the till has closed it).
 */
const PIN = '5829';

let till: SandboxTill;
let core: KasirCore;
let sim: Simulator;
let clock: OffsetClock;
let dir: string;

beforeEach(async () => {
  till = await openSandboxTill();
  ({ core, sim, clock, dir } = till);
});
afterEach(() => till.close());

/** One payment from charge to its end: settled at the simulator ('paid' / 'partial') or cancelled on the till. */
async function sale(amount: number, outcome: 'paid' | 'partial' | 'cancel', method: 'QRIS' | 'VA' = 'QRIS'): Promise<string> {
  const { tradeNo } = await value<PaymentView>(core.invoke('startPayment', { amount, method, ...(method === 'VA' ? { bank: 'BCA' } : {}) }));
  if (outcome === 'cancel') {
    await value(core.invoke('cancelPayment', { tradeNo }));
    return tradeNo;
  }
  sim.settle(tradeNo, outcome);
  await expect.poll(async () => (await value<PaymentView>(core.invoke('getPayment', { tradeNo }))).state).toBe(outcome);
  await value(core.invoke('dismissPayment', { tradeNo }));
  return tradeNo;
}

interface JournalRow {
  readonly trade_no: string;
  readonly method: string;
  readonly state: string;
  readonly amount: number;
  readonly paid_amount: number | null;
  readonly created_at: number;
}

function journalRows(from: number, to: number): JournalRow[] {
  const db = new DatabaseSync(join(dir, 'journal.sqlite'), { readOnly: true });
  try {
    return db.prepare('SELECT trade_no, method, state, amount, paid_amount, created_at FROM payments WHERE created_at >= ? AND created_at < ? ORDER BY created_at DESC, trade_no DESC')
      .all(from, to) as unknown as JournalRow[];
  } finally {
    db.close();
  }
}

describe('the end-of-day report', () => {
  it('is the manager\'s, and its totals and CSV match sums taken straight from the journal\'s rows', async () => {
    await sale(40_000, 'paid');
    clock.advance(DAY_MS);
    await sale(25_000, 'paid');
    await sale(60_000, 'partial');
    await sale(50_000, 'paid', 'VA');
    await sale(30_000, 'cancel');
    await sale(1_234_567, 'paid');
    const dayStart = businessDayStart(clock.now(), 0);

    expect(await core.invoke('getDayReport', {})).toMatchObject({ ok: false, code: 'MANAGER_ONLY' });
    expect(await core.invoke('exportDayReport', {})).toMatchObject({ ok: false, code: 'MANAGER_ONLY' });
    await value(core.invoke('setManagerPin', { pin: PIN }));

    const report = await value<DayReport>(core.invoke('getDayReport', {}));
    const yesterday = await value<DayReport>(core.invoke('getDayReport', { day: dayStart - 1 }));
    const exported = await value<ReportExport>(core.invoke('exportDayReport', { locale: 'id' }));
    const audit = await value<AuditView[]>(core.invoke('listAuditLog', {}));
    await core.close();

    const rows = journalRows(dayStart, dayStart + DAY_MS);
    expect(rows).toHaveLength(5);
    const brought = rows.filter((row) => row.state === 'paid' || row.state === 'partial');
    const received = brought.reduce((sum, row) => sum + (row.paid_amount ?? 0), 0);
    expect(report).toMatchObject({ from: dayStart, to: dayStart + DAY_MS, received, paidCount: 3, partialCount: 1, unpaidCount: 1, openCount: 1 });
    expect(report.partialShortfall).toBe(60_000 - 30_000);
    expect(report.partials.map((payment) => payment.amount)).toEqual([60_000]);
    for (const method of ['QRIS', 'VA']) {
      const mine = brought.filter((row) => row.method === method);
      expect(report.byMethod.find((total) => total.method === method), method)
        .toMatchObject({ count: mine.length, received: mine.reduce((sum, row) => sum + (row.paid_amount ?? 0), 0) });
    }
    expect(report.lines.reduce((sum, line) => sum + line.count, 0)).toBe(rows.length);
    expect(yesterday).toMatchObject({ to: dayStart, received: 40_000, paidCount: 1 });

    const csv = await readFile(exported.file, 'utf8');
    expect(exported.file).toBe(join(dir, 'reports', `kasir-${csvDate(dayStart)}.csv`));
    expect(csv.startsWith('\uFEFFWaktu;No. transaksi Kasir;Referensi Paypro;Metode;Status;Jumlah (Rp);Dibayar (Rp)\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    const paymentLines = lines.slice(1, lines.indexOf(''));
    expect(paymentLines.map((line) => line.split(';')[1])).toEqual(rows.map((row) => row.trade_no));
    expect(paymentLines.map((line) => line.split(';').slice(5))).toEqual(rows.map((row) => [dots(row.amount), dots(row.paid_amount ?? 0)]));
    expect(paymentLines.find((line) => line.includes('1.234.567'))).toContain(';Lunas;');
    expect(lines).toContain(`Jumlah;4;${dots(received)}`);
    expect(exported.rows).toBe(5);
    expect(audit.map((entry) => entry.action)).toEqual(['report.exported', 'pin.set']);
  });
});

/** Indonesian digit grouping, written out by hand rather than through the code under test. */
function dots(amount: number): string {
  return String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function csvDate(epochMs: number): string {
  const at = new Date(epochMs);
  return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
}
