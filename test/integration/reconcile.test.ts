import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PaymentView } from '../../shared/ipc/contract.ts';
import type { AuditView, ReconcileReport } from '../../shared/ipc/report.ts';
import type { KasirCore } from '../../electron/app/core.ts';
import type { Simulator } from '../../electron/simulator/index.ts';
import type { OffsetClock } from '../support/offset-clock.ts';
import type { SandboxTill } from '../support/sandbox-till.ts';
import { openSandboxTill, value } from '../support/sandbox-till.ts';

/**
 * Reconciliation against simulator orders changed behind the till's back: the real core in sandbox mode, the
 * simulator on loopback, the real journal. Orders are settled at the simulator between the till's own checks, and
 * one after the till gave up watching it.
 */
const PIN = '5829';

let till: SandboxTill;
let core: KasirCore;
let sim: Simulator;
let clock: OffsetClock;

beforeEach(async () => {
  // The business day turns twelve hours from now, so the minutes this test moves the clock stay inside one day.
  till = await openSandboxTill({ settings: { watchGraceMinutes: 1, businessDayStartHour: (new Date().getHours() + 12) % 24 } });
  ({ core, sim, clock } = till);
});
afterEach(() => till.close());

async function cancelled(amount: number): Promise<string> {
  const { tradeNo } = await value<PaymentView>(core.invoke('startPayment', { amount, method: 'QRIS' }));
  expect(await value<PaymentView>(core.invoke('cancelPayment', { tradeNo }))).toMatchObject({ state: 'cancelled' });
  return tradeNo;
}

const state = async (tradeNo: string) => (await value<PaymentView>(core.invoke('getPayment', { tradeNo }))).state;

describe('reconciliation', () => {
  it('asks again about every doubtful payment of the day: moves the watched ones, and shows one paid after the till gave up', async () => {
    const givenUp = await cancelled(20_000);
    clock.advance(2 * 60_000);
    await expect.poll(() => state(givenUp)).toBe('unpaid');

    const paidBehindTheBack = await cancelled(30_000);
    const stillUnpaid = await cancelled(40_000);
    const { tradeNo: lunas } = await value<PaymentView>(core.invoke('startPayment', { amount: 50_000, method: 'QRIS' }));
    sim.settle(lunas, 'paid');
    await expect.poll(() => state(lunas)).toBe('paid');
    await value(core.invoke('dismissPayment', { tradeNo: lunas }));

    sim.settle(paidBehindTheBack, 'paid');
    sim.settle(givenUp, 'paid');
    expect(await state(paidBehindTheBack), 'the till has not looked yet').toBe('cancelled');

    expect(await core.invoke('reconcileDay', {})).toMatchObject({ ok: false, code: 'MANAGER_ONLY' });
    await value(core.invoke('setManagerPin', { pin: PIN }));
    const report = await value<ReconcileReport>(core.invoke('reconcileDay', {}));

    const rows = Object.fromEntries(report.rows.map((row) => [row.payment.tradeNo, row]));
    expect(Object.keys(rows).sort()).toEqual([givenUp, paidBehindTheBack, stillUnpaid].sort());
    expect(rows[paidBehindTheBack]).toMatchObject({
      before: 'cancelled', finding: 'changed', payment: { state: 'paid', lateAfter: 'cancelled', needsAcknowledgement: true },
    });
    expect(rows[givenUp]).toMatchObject({ before: 'unpaid', finding: 'paidAtGateway', payment: { state: 'unpaid' } });
    expect(rows[stillUnpaid]).toMatchObject({ before: 'cancelled', finding: 'unchanged', payment: { state: 'cancelled' } });
    expect(await state(givenUp), 'a payment the till is done with is only reported, never changed').toBe('unpaid');

    const [entry] = await value<AuditView[]>(core.invoke('listAuditLog', { limit: 1 }));
    expect(entry).toMatchObject({ action: 'day.reconciled', detail: { checked: 3, changed: 1, paidAtGateway: 1 } });
  });
});
