import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PaymentView } from '../../shared/ipc/contract.ts';
import type { HistoryPage, PaymentDetail } from '../../shared/ipc/history.ts';
import type { KasirCore } from '../../electron/app/core.ts';
import type { ReceiptRequest } from '../../electron/app/devices.ts';
import { DAY_MS, businessDayStart } from '../../electron/history/business-day.ts';
import type { Simulator } from '../../electron/simulator/index.ts';
import { ok } from '../../shared/result.ts';
import type { OffsetClock } from '../support/offset-clock.ts';
import type { SandboxTill } from '../support/sandbox-till.ts';
import { openSandboxTill, value } from '../support/sandbox-till.ts';

/**
 * History through main as the cashier's window asks for it: the real core in sandbox mode against the simulator on
 * loopback, the real journal file, a clock the test moves to make "yesterday". The cashier sees today's business
 * day; everything older needs a manager session, and main decides from the request itself.
 */
const PIN = '5829';

let till: SandboxTill;
let core: KasirCore;
let sim: Simulator;
let clock: OffsetClock;
let printed: ReceiptRequest[];

beforeEach(async () => {
  printed = [];
  till = await openSandboxTill({
    // Printing itself is Electron's (not runnable here): this printer only records what main asked it to print.
    core: { devices: { receipts: { print: async (request) => (printed.push(request), ok({ printedTo: 'pdf' as const, file: undefined })) } } },
  });
  ({ core, sim, clock } = till);
});
afterEach(() => till.close());

/** A payment charged and cancelled at once: it leaves the counter free for the next. */
async function cancelled(amount: number): Promise<string> {
  const { tradeNo } = await value<PaymentView>(core.invoke('startPayment', { amount, method: 'QRIS' }));
  await value(core.invoke('cancelPayment', { tradeNo }));
  return tradeNo;
}

async function paid(amount: number): Promise<string> {
  const { tradeNo } = await value<PaymentView>(core.invoke('startPayment', { amount, method: 'QRIS' }));
  sim.settle(tradeNo, 'paid');
  await expect.poll(async () => (await value<PaymentView>(core.invoke('getPayment', { tradeNo }))).state).toBe('paid');
  await value(core.invoke('dismissPayment', { tradeNo }));
  return tradeNo;
}

const list = (request: unknown) => core.invoke('listHistory', request);
const tradeNos = (page: HistoryPage) => page.payments.map((payment) => payment.tradeNo);

describe('history through main', () => {
  it('the cashier sees today; older payments, their details and their receipts need the manager', async () => {
    const yesterday = await paid(40_000);
    clock.advance(DAY_MS);
    const today = await cancelled(25_000);
    const dayStart = businessDayStart(clock.now(), 0);

    const cashier = await value<HistoryPage>(list({}));
    expect(tradeNos(cashier)).toEqual([today]);
    expect(cashier.dayStart).toBe(dayStart);
    expect(cashier.next).toBeUndefined();
    expect(await list({ from: dayStart - DAY_MS })).toMatchObject({ ok: false, code: 'MANAGER_ONLY' });
    expect(tradeNos(await value<HistoryPage>(list({ to: dayStart }))), 'a cashier without from is held to today').toEqual([]);
    expect(await core.invoke('getPaymentDetail', { tradeNo: yesterday })).toMatchObject({ ok: false, code: 'MANAGER_ONLY' });
    expect(await core.invoke('printReceipt', { tradeNo: yesterday, reprint: true })).toMatchObject({ ok: false, code: 'MANAGER_ONLY' });
    expect(printed).toEqual([]);

    await value(core.invoke('setManagerPin', { pin: PIN }));
    expect(tradeNos(await value<HistoryPage>(list({})))).toEqual([today, yesterday]);
    expect(tradeNos(await value<HistoryPage>(list({ from: dayStart - DAY_MS, to: dayStart })))).toEqual([yesterday]);
    const detail = await value<PaymentDetail>(core.invoke('getPaymentDetail', { tradeNo: yesterday }));
    expect(detail.payment).toMatchObject({ tradeNo: yesterday, state: 'paid', amount: 40_000 });
    expect(detail.events.map((event) => event.type)).toEqual(['begun', 'created', 'paid', 'dismiss']);
    expect(detail.events.map((event) => event.revision)).toEqual([1, 2, 3, 4]);
    expect(await core.invoke('printReceipt', { tradeNo: yesterday, reprint: true })).toMatchObject({ ok: true });
    expect(printed.map((request) => [request.payment.tradeNo, request.reprint])).toEqual([[yesterday, true]]);

    await value(core.invoke('lockManager', undefined));
    expect(tradeNos(await value<HistoryPage>(list({}))), 'locked again: today only').toEqual([today]);
    const todays = await value<PaymentDetail>(core.invoke('getPaymentDetail', { tradeNo: today }));
    expect(todays.events.map((event) => event.state)).toEqual(['creating', 'awaiting', 'cancelled']);
  });

  it('pages newest first without losing or repeating a payment, and passes the filters on to the journal', async () => {
    const made: string[] = [];
    for (const amount of [11_000, 12_000, 13_000, 14_000, 15_000]) made.push(await cancelled(amount));
    const lunas = await paid(16_000);
    const seen: string[] = [];
    let request: Record<string, unknown> = { limit: 2 };
    for (let pages = 1; ; pages++) {
      const page = await value<HistoryPage>(list(request));
      expect(page.payments.length).toBeLessThanOrEqual(2);
      seen.push(...tradeNos(page));
      if (!page.next) {
        expect(pages).toBe(3);
        break;
      }
      request = { limit: 2, before: page.next };
    }
    expect(seen).toEqual([lunas, ...made.reverse()]);
    expect(tradeNos(await value<HistoryPage>(list({ states: ['paid'] })))).toEqual([lunas]);
    expect(tradeNos(await value<HistoryPage>(list({ search: '13000' })))).toEqual([made[2]]);
    expect(tradeNos(await value<HistoryPage>(list({ methods: ['VA'] })))).toEqual([]);
  });
});

describe('the business day', () => {
  it('begins at the configured hour on the till\'s clock, so a sale after midnight belongs to the evening before', () => {
    const zone = process.env['TZ'];
    process.env['TZ'] = 'Asia/Jakarta';
    try {
      const at = Date.parse('2026-11-26T01:30:00+07:00');
      expect(businessDayStart(at, 0)).toBe(Date.parse('2026-11-26T00:00:00+07:00'));
      expect(businessDayStart(at, 4)).toBe(Date.parse('2026-11-25T04:00:00+07:00'));
      expect(businessDayStart(Date.parse('2026-11-26T04:00:00+07:00'), 4)).toBe(Date.parse('2026-11-26T04:00:00+07:00'));
    } finally {
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    }
  });
});
