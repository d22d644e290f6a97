import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteJournal } from '../../electron/journal/index.ts';
import type { JournalEvent } from '../../electron/payments/journal.ts';
import { ABSENT_CONFIRMATIONS, ABSENT_SPREAD_MS, holdsCounter, isOver, isWatched } from '../../electron/payments/lifecycle.ts';
import type { Payment } from '../../electron/payments/payment.ts';
import { startSimulator } from '../../electron/simulator/index.ts';
import type { SimOrder, Simulator } from '../../electron/simulator/index.ts';
import type { PaymentMethod } from '../../shared/payments.ts';
import { STATUS } from '../../shared/paypro/status.ts';
import { OUTER_CODE } from '../../shared/paypro/types.ts';
import type { KillPoint, TillReport } from './support/till-process.ts';
import { Till } from './support/till.ts';

/**
 * The kill test: a till running the real core (journal, Paypro client, payment service) in its own process is
 * SIGKILLed at each step of a charge, then started again on the same journal. Every time the journal must end
 * equal to the simulator's ledger, with no second order, nothing lost, and the restored payment on the counter.
 */
const AMOUNT = 25_000;

type Ready = Extract<TillReport, { ready: true }>;
type Dying = Extract<TillReport, { dying: KillPoint }>;

let sim: Simulator;
let folder: string;
let journalFile: string;
const tills: Till[] = [];

beforeEach(async () => {
  sim = await startSimulator({ timeScale: 0.001 });
  folder = await mkdtemp(join(tmpdir(), 'kasir-kill-'));
  journalFile = join(folder, 'journal.sqlite');
});
afterEach(async () => {
  // A test that failed midway may leave a till running: it holds the journal, so it goes before the folder.
  await Promise.all(tills.map((till) => till.kill()));
  tills.length = 0;
  await sim.close();
  await rm(folder, { recursive: true, force: true });
});

/** A till started on this test's journal, once start-up recovery is done. */
async function openTill(killAt?: KillPoint): Promise<[Till, Ready]> {
  const till = new Till(journalFile, sim, killAt);
  tills.push(till);
  // Generous: a Node process starting under a busy parallel test run.
  return [till, await till.until((report) => ('ready' in report ? report : undefined), 'the ready report', 10_000)];
}
const KILLED = { code: null, signal: 'SIGKILL' };
const dying = (till: Till): Promise<Dying> => till.until((report) => ('dying' in report ? report : undefined), 'the self-kill');
const update = (till: Till, tradeNo: string, state: Payment['state'], timeoutMs?: number): Promise<Payment> =>
  till.until((report) => ('update' in report && report.update.tradeNo === tradeNo && report.update.state === state ? report.update : undefined), `${state} for ${tradeNo}`, timeoutMs);
const requestsFor = (endpoint: 'payIn' | 'queryPayInResult', tradeNo: string) =>
  sim.requests().filter((entry) => entry.endpoint === endpoint && entry.tradeNo === tradeNo);

function started(result: unknown): Payment {
  expect(result, 'the charge started').toMatchObject({ ok: true });
  return (result as { value: Payment }).value;
}

async function eventually(check: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !check(); await new Promise((resolve) => setTimeout(resolve, 10))) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs} ms`);
  }
}

type JournalContents = Awaited<ReturnType<typeof closeAndReadJournal>>;

/** Closes the till cleanly and reads its journal (exclusive to one process, so only after the till exited). */
async function closeAndReadJournal(till: Till) {
  await till.ask({ do: 'close' });
  await till.until((report) => ('closed' in report ? true : undefined), 'the clean close');
  expect(await till.exited).toEqual({ code: 0, signal: null });
  const journal = await SqliteJournal.open(journalFile);
  try {
    const payments = await journal.history({ limit: 500 });
    const events = new Map<string, JournalEvent[]>();
    for (const payment of payments) events.set(payment.tradeNo, await journal.events(payment.tradeNo));
    return { payments, events, onCounter: await journal.onCounter() };
  } finally {
    await journal.close();
  }
}

/** The journal says what the gateway's ledger says, order by order. */
function expectJournalMatchesLedger(journalPayments: readonly Payment[], ledger: readonly SimOrder[]): void {
  for (const order of ledger) {
    const payment = journalPayments.find((candidate) => candidate.tradeNo === order.tradeNo);
    if (!payment) throw new Error(`the gateway has order ${order.tradeNo} but the journal has no row for it`);
    expect(payment.amount, `amount of ${order.tradeNo}`).toBe(order.amount);
    expect(payment.platFormTradeNo ?? order.platFormTradeNo, `Paypro's id of ${order.tradeNo}`).toBe(order.platFormTradeNo);
    if (order.status === STATUS.pending) {
      const followed = { over: isOver(payment), asked: isWatched(payment) || holdsCounter(payment) };
      expect(followed, `${order.tradeNo} is pending at the gateway but ${payment.state} in the journal`).toEqual({ over: false, asked: true });
    }
    if (order.status === STATUS.paid) expect(payment, `${order.tradeNo} is paid at the gateway`).toMatchObject({ state: 'paid', paidAmount: order.payAmount });
    if (order.status === STATUS.partial) expect(payment, `${order.tradeNo} is partly paid at the gateway`).toMatchObject({ state: 'partial', paidAmount: order.payAmount });
  }
  for (const payment of journalPayments) {
    const order = ledger.find((candidate) => candidate.tradeNo === payment.tradeNo);
    if (payment.state === 'paid') expect(order, `${payment.tradeNo} is paid in the journal`).toMatchObject({ status: STATUS.paid, payAmount: payment.paidAmount });
    if (payment.state === 'partial') expect(order, `${payment.tradeNo} is partial in the journal`).toMatchObject({ status: STATUS.partial, payAmount: payment.paidAmount });
    if (payment.state === 'notCreated') expect(order, `${payment.tradeNo} says no order exists`).toBeUndefined();
  }
}

/**
 * What every kill must leave behind. `before` is the payment as the till held it before the kill; `payIns` how
 * many payIn requests it sent for it (0 when it died before sending).
 */
function expectSurvived(journal: JournalContents, before: Payment, restarted: Ready, payIns: 0 | 1): void {
  // No second order: one payIn per tradeNo at most, and no order the till does not know of.
  const payInTradeNos = sim.requests().filter((entry) => entry.endpoint === 'payIn').map((entry) => entry.tradeNo);
  expect(payInTradeNos.filter((tradeNo) => tradeNo === before.tradeNo), 'payIn requests for the payment').toHaveLength(payIns);
  expect(new Set(payInTradeNos).size, 'a tradeNo sent twice').toBe(payInTradeNos.length);
  expect(sim.ledger().length).toBeLessThanOrEqual(journal.payments.length);
  expectJournalMatchesLedger(journal.payments, sim.ledger());
  // Nothing lost: the payment is there as it was started, with an unbroken history.
  expect(journal.payments.find((payment) => payment.tradeNo === before.tradeNo)).toMatchObject({ amount: before.amount, method: before.method });
  const revisions = (journal.events.get(before.tradeNo) ?? []).map((event) => event.revision);
  expect(revisions, 'event revisions 1..n').toEqual(Array.from({ length: revisions.length }, (_, index) => index + 1));
  expect(revisions.at(-1)).toBe(journal.payments.find((payment) => payment.tradeNo === before.tradeNo)?.revision);
  // The restored payment is the one shown: what the restarted till put on the counter is the journal's.
  const identity = (payment: Payment | null | undefined) => payment && [payment.tradeNo, payment.amount, payment.method, payment.qrString, payment.vaNumber];
  expect(identity(restarted.counter), 'the payment on the counter after the restart').toEqual(identity(journal.onCounter) ?? null);
  expect(tills.flatMap((till) => till.reports.filter((report) => 'bug' in report || 'fatal' in report)), 'bugs the core reported').toEqual([]);
}

describe('a till killed mid-charge comes back to the truth, from the same journal', () => {
  it('after the row is written, before payIn: asked about, never re-sent, notCreated once "no such order" held for 5 s', async () => {
    const [doomed] = await openTill('after-row');
    doomed.send({ do: 'start', amount: AMOUNT, method: 'QRIS' });
    const before = (await dying(doomed)).payment;
    if (!before) throw new Error('the till died without saying which payment it held');
    expect(await doomed.exited, 'killed by its own hand').toEqual(KILLED);
    expect(sim.ledger()).toEqual([]);

    const [till, restarted] = await openTill();
    expect(restarted.counter).toMatchObject({ tradeNo: before.tradeNo, state: 'checking' });
    const notCreated = await update(till, before.tradeNo, 'notCreated', 10_000);
    expect(notCreated.failure).toMatchObject({ code: 'ORDER_NOT_CREATED' });
    const refusals = requestsFor('queryPayInResult', before.tradeNo);
    expect(refusals.length, 'several "no such order" answers').toBeGreaterThanOrEqual(ABSENT_CONFIRMATIONS);
    expect(new Set(refusals.map((entry) => entry.outerCode))).toEqual(new Set([OUTER_CODE.orderError]));
    expect(notCreated.updatedAt - (refusals[0]?.at ?? Infinity), 'believed only after the refusals held').toBeGreaterThanOrEqual(ABSENT_SPREAD_MS);

    const journal = await closeAndReadJournal(till);
    expect(sim.ledger()).toEqual([]);
    expectSurvived(journal, before, restarted, 0);
  }, 20_000);

  it.each([
    { customer: 'does not pay', settle: false, ends: 'stranded' },
    { customer: 'pays while the till is dead', settle: true, ends: 'paid' },
  ] as const)('while payIn is in flight (order created, answer lost); the customer $customer → $ends', async ({ settle, ends }) => {
    sim.setFaults({ latencyMs: 1_500, endpoints: ['payIn'], remaining: 1 });
    const [doomed] = await openTill();
    doomed.send({ do: 'start', amount: AMOUNT, method: 'QRIS' });
    const before = await doomed.until((report) => ('update' in report ? report.update : undefined), 'the new payment');
    await eventually(() => requestsFor('payIn', before.tradeNo).length === 1, 'payIn reaching the gateway');
    expect(await doomed.kill()).toEqual(KILLED);
    expect(sim.order(before.tradeNo)?.status).toBe(STATUS.pending);
    if (settle) sim.settle(before.tradeNo, 'paid');

    const [till, restarted] = await openTill();
    expect(restarted.counter).toMatchObject({ tradeNo: before.tradeNo, state: 'checking' });
    const after = await update(till, before.tradeNo, ends);
    // Reports come as JSON, which leaves undefined fields out: those are checked one by one.
    if (ends === 'stranded') expect(after).toMatchObject({ failure: { code: 'PAYMENT_DETAILS_LOST' } });
    else expect(after).toMatchObject({ paidAmount: AMOUNT });
    expect([after.qrString, after.lateAfter], 'no QR invented, not a late payment').toEqual([undefined, undefined]);
    expect(isWatched(after)).toBe(ends === 'stranded');

    expectSurvived(await closeAndReadJournal(till), before, restarted, 1);
    expect(sim.ledger()).toHaveLength(1);
  }, 15_000);

  it('after payIn was answered, before the answer was journalled: the order is found, its lost QR is not invented', async () => {
    const [doomed] = await openTill('after-answer');
    doomed.send({ do: 'start', amount: AMOUNT, method: 'QRIS' });
    const before = await doomed.until((report) => ('update' in report ? report.update : undefined), 'the new payment');
    const { answer } = await dying(doomed);
    expect(await doomed.exited, 'killed by its own hand').toEqual(KILLED);
    const order = sim.order(before.tradeNo);
    expect(answer).toMatchObject({ kind: 'accepted', value: { tradeNo: before.tradeNo, qrString: order?.qrString } });

    const [till, restarted] = await openTill();
    expect(restarted.counter).toMatchObject({ tradeNo: before.tradeNo, state: 'checking' });
    const stranded = await update(till, before.tradeNo, 'stranded');
    expect(stranded).toMatchObject({ platFormTradeNo: order?.platFormTradeNo, failure: { code: 'PAYMENT_DETAILS_LOST' } });
    expect(stranded.qrString).toBeUndefined();

    expectSurvived(await closeAndReadJournal(till), before, restarted, 1);
    expect(sim.ledger()).toHaveLength(1);
  }, 15_000);

  it.each(['QRIS', 'VA'] as const satisfies PaymentMethod[])('while polling (%s awaiting): the same QR / VA number comes back first, then the payment the customer made meanwhile', async (method) => {
    const [doomed] = await openTill();
    const before = started(await doomed.ask({ do: 'start', amount: AMOUNT, method }));
    expect(before.state).toBe('awaiting');
    expect(before.qrString ?? before.vaNumber, 'something to pay with').toBeDefined();
    await eventually(() => requestsFor('queryPayInResult', before.tradeNo).length >= 3, 'three status checks');
    expect(await doomed.kill()).toEqual(KILLED);
    sim.settle(before.tradeNo, 'paid');

    const [till, restarted] = await openTill();
    expect(restarted.counter).toMatchObject({ tradeNo: before.tradeNo, state: 'awaiting', revision: before.revision });
    expect(restarted.counter?.qrString).toBe(before.qrString);
    expect(restarted.counter?.vaNumber).toBe(before.vaNumber);
    const paid = await update(till, before.tradeNo, 'paid');
    expect([paid.paidAmount, paid.lateAfter]).toEqual([AMOUNT, undefined]);

    expectSurvived(await closeAndReadJournal(till), before, restarted, 1);
  }, 15_000);

  it('after the cancel was journalled: not shown again, still watched, and a payment that comes anyway is late', async () => {
    const [doomed] = await openTill('after-cancel');
    const before = started(await doomed.ask({ do: 'start', amount: AMOUNT, method: 'QRIS' }));
    doomed.send({ do: 'cancel', tradeNo: before.tradeNo });
    expect((await dying(doomed)).payment).toMatchObject({ tradeNo: before.tradeNo, state: 'cancelled', dismissedAt: expect.any(Number) });
    expect(await doomed.exited, 'killed by its own hand').toEqual(KILLED);

    const [till, restarted] = await openTill();
    expect(restarted.counter, 'the cancelled payment is not back on the counter').toBeNull();
    expect(restarted.unfinished).toContainEqual(expect.objectContaining({ tradeNo: before.tradeNo, state: 'cancelled' }));
    const checksBefore = requestsFor('queryPayInResult', before.tradeNo).length;
    await eventually(() => requestsFor('queryPayInResult', before.tradeNo).length >= checksBefore + 2, 'the restarted till asking about it');
    sim.settle(before.tradeNo, 'paid');
    const late = await update(till, before.tradeNo, 'paid');
    expect([late.paidAmount, late.lateAfter, late.acknowledgedAt], 'a late payment awaiting a decision').toEqual([AMOUNT, 'cancelled', undefined]);
    expect(await till.ask({ do: 'counter' }), 'a late payment does not take the counter').toBeNull();

    expectSurvived(await closeAndReadJournal(till), before, restarted, 1);
  }, 15_000);
});
