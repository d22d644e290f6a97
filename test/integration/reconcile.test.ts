import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PaymentView } from '../../shared/ipc/contract.ts';
import type { AuditView, ReconcileReport } from '../../shared/ipc/report.ts';
import type { KasirCore } from '../../electron/app/core.ts';
import { createKasirCore } from '../../electron/app/core.ts';
import { MemorySecretStore } from '../../electron/secrets/memory-store.ts';
import type { Simulator } from '../../electron/simulator/index.ts';
import { startSimulator } from '../../electron/simulator/index.ts';
import { OffsetClock } from '../support/offset-clock.ts';

/**
 * Reconciliation against simulator orders changed behind the till's back: the real core in sandbox mode, the
 * simulator on loopback, the real journal. Orders are settled at the simulator between the till's own checks, and
 * one after the till gave up watching it.
 */
const SECRET = 'reconcile-secret-0123456789';
const PIN = '5829';

let dir: string;
let clock: OffsetClock;
let sim: Simulator;
let core: KasirCore;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kasir-reconcile-'));
  clock = new OffsetClock();
  sim = await startSimulator({ secret: SECRET });
  // The business day turns twelve hours from now, so the minutes this test moves the clock stay inside one day.
  const businessDayStartHour = (new Date().getHours() + 12) % 24;
  await writeFile(join(dir, 'settings.json'), JSON.stringify({
    merchantNo: sim.merchantNo, sandboxBaseUrl: sim.baseUrl, notifyUrl: 'https://shop.example/notify', watchGraceMinutes: 1, businessDayStartHour,
  }));
  const store = new MemorySecretStore();
  await store.set(`paypro-app-secret:${sim.merchantNo}`, SECRET);
  core = await createKasirCore({
    settingsFile: join(dir, 'settings.json'), journalFile: join(dir, 'journal.sqlite'), secretStore: store, clock, timing: { counterCheckMs: 50 },
  });
});
afterEach(async () => {
  await core.close();
  await sim.close();
  await rm(dir, { recursive: true, force: true });
});

async function value<T>(result: Promise<unknown>): Promise<T> {
  const settled = (await result) as { ok: boolean; value?: T; code?: string };
  if (!settled.ok) throw new Error(`refused: ${settled.code}`);
  return settled.value as T;
}

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
