import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import electronLog from 'electron-log/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PaymentView } from '../../shared/ipc/contract.ts';
import { createFileSink, logFiles } from '../../electron/logging/file-sink.ts';
import { createLogger } from '../../electron/logging/logger.ts';
import type { SandboxTill } from '../support/sandbox-till.ts';
import { openSandboxTill, value } from '../support/sandbox-till.ts';

/**
 * The till's log over a real payment session: the real core in sandbox mode, the Paypro simulator on loopback, the
 * real journal, and electron-log's real file transport writing into a temp folder. The files must let support
 * follow each payment, and must hold no secret, no signature and no full payer mobile or e-mail.
 */
const PAYER = { username: 'Budi', mobile: '081234567891', email: 'budi.santoso@tokojaya.example' };
const CUSTOMER_MOBILE = '087712345678';
const PIN = '5829';

let logDir: string;
let till: SandboxTill | undefined;

beforeEach(async () => {
  logDir = await mkdtemp(join(tmpdir(), 'kasir-logs-'));
});
afterEach(async () => {
  await till?.close();
  till = undefined;
  await rm(logDir, { recursive: true, force: true });
});

async function readLogs(): Promise<string> {
  const files = logFiles(logDir);
  expect(files.map((file) => basename(file))).toContain('kasir.log');
  return (await Promise.all(files.map((file) => readFile(file, 'utf8')))).join('\n');
}

/** The JSON records of the log's lines (electron-log puts the date and level in front). */
function records(text: string): Record<string, unknown>[] {
  return text.split('\n').filter((line) => line.includes('{')).map((line) => JSON.parse(line.slice(line.indexOf('{'))) as Record<string, unknown>);
}

describe('the till log over a real payment session', () => {
  it('follows each payment and Paypro call, and holds no secret, no sign and no full payer data', async () => {
    const log = createLogger(createFileSink(electronLog, { dir: logDir }));
    till = await openSandboxTill({
      settings: { payer: PAYER, methods: [{ id: 'QRIS', kind: 'qris' }, { id: 'DANA', kind: 'ewallet', wayCode: 'DANA', needsMobile: true }] },
      core: { log, logDir },
    });
    const { core, sim } = till;

    const paid = await value<PaymentView>(core.invoke('startPayment', { amount: 25_000, method: 'QRIS' }));
    // Several status checks with the same "pending" answer before the customer pays.
    await new Promise((resolve) => setTimeout(resolve, 500));
    sim.settle(paid.tradeNo, 'paid');
    await expect.poll(async () => (await value<PaymentView>(core.invoke('getPayment', { tradeNo: paid.tradeNo }))).state).toBe('paid');
    await value(core.invoke('dismissPayment', { tradeNo: paid.tradeNo }));

    const cancelled = await value<PaymentView>(core.invoke('startPayment', { amount: 30_000, method: 'DANA', mobile: CUSTOMER_MOBILE }));
    await value(core.invoke('cancelPayment', { tradeNo: cancelled.tradeNo }));
    await value(core.invoke('setManagerPin', { pin: PIN }));
    await value(core.invoke('reconcileDay', {}));
    await till.close();
    till = undefined;

    const text = await readLogs();
    const lines = records(text);
    expect(lines.find((line) => line['event'] === 'till.opened')).toMatchObject({ mode: 'sandbox', environment: 'sandbox', ready: true });

    const moves = (tradeNo: string) => lines.filter((line) => line['event'] === 'payment.changed' && line['tradeNo'] === tradeNo)
      .map((line) => `${String(line['from'])}→${String(line['to'])}`);
    expect(moves(paid.tradeNo)).toEqual(['null→creating', 'creating→awaiting', 'awaiting→paid', 'paid→paid']);
    expect(lines.find((line) => line['tradeNo'] === paid.tradeNo && line['to'] === 'paid')).toMatchObject({ method: 'QRIS', amount: 25_000, paidAmount: 25_000, cause: 'paid' });
    expect(moves(cancelled.tradeNo).at(-1)).toMatch(/→cancelled$/);

    const calls = lines.filter((line) => line['event'] === 'paypro.call');
    const payIn = calls.find((line) => line['endpoint'] === 'payIn' && line['tradeNo'] === cancelled.tradeNo);
    expect(payIn, 'the order request is logged').toMatchObject({ answer: { kind: 'accepted', code: '0000' }, request: { amount: 30_000, channelCode: 'EWALLET' } });
    expect(payIn?.['durationMs']).toEqual(expect.any(Number));
    expect(payIn?.['request']).toMatchObject({ mobile: '*********678', email: 'b***@tokojaya.example' });
    const checks = calls.filter((line) => line['endpoint'] === 'queryPayInResult' && line['tradeNo'] === paid.tradeNo);
    expect(checks.length, 'a status check is logged when its answer changes, not every second').toBeLessThanOrEqual(3);
    expect(checks.at(-1)).toMatchObject({ answer: { kind: 'accepted', status: expect.any(String) } });
    expect(lines.some((line) => line['event'] === 'audit' && (line['detail'] as Record<string, unknown> | undefined) !== undefined && line['action'] === 'day.reconciled')).toBe(true);

    expect(text).not.toContain(sim.secret);
    expect(text).not.toMatch(/"sign"/i);
    for (const payer of [PAYER.mobile, PAYER.email, CUSTOMER_MOBILE, 'budi.santoso']) expect(text, payer).not.toContain(payer);
  });

  it('rotates by size and keeps only a few old files', async () => {
    const log = createLogger(createFileSink(electronLog, { dir: logDir, maxSize: 2_000, keep: 2 }));
    for (let index = 0; index < 120; index++) log.info('filler', { index, text: 'x'.repeat(40) });
    const names = logFiles(logDir).map((file) => basename(file));
    expect(names).toEqual(['kasir.log', 'kasir.1.log', 'kasir.2.log']);
    const current = await readFile(join(logDir, 'kasir.log'), 'utf8');
    expect(current).toContain('"index":119');
    const older = await readFile(join(logDir, 'kasir.1.log'), 'utf8');
    expect(older).not.toContain('"index":119');
    for (const name of names) expect((await readFile(join(logDir, name))).length).toBeLessThan(2_000 + 200);
  });
});
