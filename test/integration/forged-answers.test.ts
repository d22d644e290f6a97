import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DYNAMIC_QR, IDR_NUMERIC, QRIS_TAGS, STATIC_QR, encodeWithCrc } from '../../shared/qris/emv.ts';
import { SqliteJournal } from '../../electron/journal/index.ts';
import { PayproClient } from '../../electron/paypro/client.ts';
import type { Payment } from '../../electron/payments/payment.ts';
import { PaymentService } from '../../electron/payments/payment-service.ts';
import { buildQrisPayload } from '../../electron/simulator/qris.ts';
import { FAST_TIMING, METHODS, PAYER, started } from '../support/payment-harness.ts';

/**
 * A hostile gateway: a real HTTP server on loopback that answers whatever each test scripts, driven through the
 * real Paypro client and payment core. No forged answer may move a payment: not one about another order, not a
 * paid amount that does not add up, not a QR the customer could pay any amount into.
 */
type Answer = (body: Record<string, unknown>) => Record<string, unknown>;
let server: Server;
let folder: string;
let service: PaymentService;
let answers: { payIn: Answer; query: Answer };
const bugs: unknown[] = [];

const accepted = (data: Record<string, unknown>) => ({ code: '0000', msg: 'success', success: true, timestamp: Date.now(), data });
const qris = (amount: number | undefined, initiation = DYNAMIC_QR) =>
  encodeWithCrc([
    { tag: QRIS_TAGS.payloadFormat, value: '01' },
    { tag: QRIS_TAGS.initiationMethod, value: initiation },
    { tag: QRIS_TAGS.currency, value: IDR_NUMERIC },
    ...(amount === undefined ? [] : [{ tag: QRIS_TAGS.amount, value: String(amount) }]),
    { tag: QRIS_TAGS.country, value: 'ID' },
    { tag: QRIS_TAGS.merchantName, value: 'TOKO PALSU' },
  ]);
const honestPayIn: Answer = (body) => accepted({
  tradeNo: body['tradeNo'], platFormTradeNo: 'pf0000000000001', status: '0015', desc: 'Paying',
  qrString: buildQrisPayload({ merchantNo: '8729248847', merchantName: 'KASIR', merchantCity: 'JAKARTA', amount: Number(body['amount']), reference: 'pf0000000000001' }),
});
const queryAnswer = (patch: Record<string, unknown>): Answer => (body) => accepted({
  tradeNo: body['tradeNo'], platFormTradeNo: 'pf0000000000001', status: '0015', orderAmount: '25000.00', payAmount: '0.00', message: 'Paying', ...patch,
});

beforeEach(async () => {
  answers = { payIn: honestPayIn, query: queryAnswer({}) };
  bugs.length = 0;
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      const answer = request.url?.endsWith('/payIn') ? answers.payIn(body) : answers.query(body);
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  folder = await mkdtemp(join(tmpdir(), 'kasir-forged-'));
  service = await PaymentService.open({
    gateway: new PayproClient({ baseUrl: `http://127.0.0.1:${port}/indonesia-pay`, merchantNo: '8729248847', secret: 'forged-test-secret' }),
    journal: await SqliteJournal.open(join(folder, 'journal.sqlite')), notifyUrl: 'https://shop.example/notify', payer: PAYER, methods: METHODS,
    timing: FAST_TIMING, onBug: (what, detail) => bugs.push({ what, detail }),
  });
});
afterEach(async () => {
  await service.close();
  await new Promise((resolve) => server.close(resolve));
  await rm(folder, { recursive: true, force: true });
  expect(bugs).toEqual([]);
});

function untilChecked(tradeNo: string, done: (payment: Payment) => boolean): Promise<Payment> {
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error('no such update')), 5_000);
    const stop = service.onUpdate((payment) => {
      if (payment.tradeNo !== tradeNo || !done(payment)) return;
      clearTimeout(timeout);
      stop();
      resolve(payment);
    });
  });
}

describe('forged status answers never make LUNAS', () => {
  it.each([
    ['names another order, paid, "1" rupiah', { tradeNo: 'someone-elses-order', status: '0000', payAmount: '1' }, /names order someone-elses-order/],
    ['paid more than the order', { status: '0000', payAmount: '30000.00' }, /more than the 25000 ordered/],
    ['paid, with a paid amount that is not a number', { status: '0000', payAmount: 'abc' }, /not a whole number/],
    ['paid in full, yet less arrived', { status: '0000', payAmount: '1' }, /only 1 of 25000/],
    ['partly paid, with nothing paid', { status: '0001', payAmount: '0' }, /paid amount is 0 of 25000/],
    ['another Paypro order', { platFormTradeNo: 'pf-not-ours', status: '0000', payAmount: '25000' }, /names Paypro order pf-not-ours/],
    ['an order of another amount', { status: '0000', orderAmount: '1000', payAmount: '1000' }, /order of 1000, not 25000/],
    ['a status nobody documented', { status: '9999' }, /status "9999"/],
  ])('%s', async (_name, patch, why) => {
    const payment = started(await service.start(25_000, 'QRIS'));
    answers.query = queryAnswer(patch);
    const distrusted = await untilChecked(payment.tradeNo, (p) => p.lastCheckProblem === 'untrusted');
    expect(distrusted).toMatchObject({ state: 'awaiting', paidAmount: undefined });
    expect(distrusted.lastCheckDetail).toMatch(why);
    await untilChecked(payment.tradeNo, (p) => p.failedChecks >= 3);
    expect(service.counter()).toMatchObject({ state: 'awaiting', tradeNo: payment.tradeNo });
    // An honest answer afterwards is believed at once.
    answers.query = queryAnswer({ status: '0000', payAmount: '25000.00' });
    expect(await untilChecked(payment.tradeNo, (p) => p.state === 'paid')).toMatchObject({ paidAmount: 25_000, failedChecks: 0 });
  });
});

describe('forged payIn answers never reach the customer', () => {
  it('a static QR (no amount: the customer could pay anything) is refused, and nothing was charged', async () => {
    answers.payIn = (body) => ({ ...honestPayIn(body), data: { ...honestPayIn(body)['data'] as object, qrString: qris(undefined, STATIC_QR) } });
    expect(started(await service.start(25_000, 'QRIS'))).toMatchObject({ state: 'stranded', qrString: undefined, failure: { code: 'QR_STATIC' } });
  });

  it('a dynamic QR without the amount is refused as well', async () => {
    answers.payIn = (body) => ({ ...honestPayIn(body), data: { ...honestPayIn(body)['data'] as object, qrString: qris(undefined) } });
    expect(started(await service.start(25_000, 'QRIS'))).toMatchObject({ state: 'stranded', failure: { code: 'QR_STATIC' } });
  });

  it('a QR for another amount is refused', async () => {
    answers.payIn = (body) => ({ ...honestPayIn(body), data: { ...honestPayIn(body)['data'] as object, qrString: qris(2_500) } });
    expect(started(await service.start(25_000, 'QRIS'))).toMatchObject({ state: 'stranded', failure: { code: 'GATEWAY_MALFORMED', detail: expect.stringMatching(/for 2500, not 25000/) } });
  });

  it.each(['javascript:alert(1)', 'intent://pay#Intent;end', 'not a link'])('an e-wallet link that is not a web address (%s) never reaches the customer\'s phone', async (link) => {
    answers.payIn = (body) => accepted({ tradeNo: body['tradeNo'], platFormTradeNo: 'pf0000000000001', status: '0015', desc: 'Paying', paymentUrl: link });
    expect(started(await service.start(25_000, 'DANA', { mobile: '081234567890' }))).toMatchObject({ state: 'stranded', paymentUrl: undefined, failure: { code: 'GATEWAY_MALFORMED' } });
  });

  it('an answer about another order proves nothing about ours: Kasir asks about its own order', async () => {
    answers.payIn = (body) => honestPayIn({ ...body, tradeNo: 'someone-elses-order' });
    const payment = started(await service.start(25_000, 'QRIS'));
    expect(payment).toMatchObject({ state: 'checking', qrString: undefined });
    answers.query = queryAnswer({ status: '0000', payAmount: '25000' });
    expect(await untilChecked(payment.tradeNo, (p) => p.state === 'paid')).toMatchObject({ paidAmount: 25_000 });
  });
});
