import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../../electron/simulator/index.ts';
import type { Simulator } from '../../electron/simulator/index.ts';
import { parseQris, decodeTlv } from '../../shared/qris/emv.ts';
import { call, dataOf, newTradeNo, payInFields } from '../support/simulator-client.ts';

let sim: Simulator;
let sink: string;

beforeAll(async () => {
  sim = await startSimulator({ secret: 'TESTSECRET0123456789abcdef000000' });
  sink = `${sim.controlUrl}/notify-sink`;
});
afterAll(() => sim.close());

function tlvValue(payload: string, tag: string): string | undefined {
  const decoded = decodeTlv(payload);
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.value.find((field) => field.tag === tag)?.value;
}

describe('request checks (outer code 8000)', () => {
  it('rejects a missing merchantNo header', async () => {
    const result = await call(sim, 'queryBalance', {}, { merchantNo: null });
    expect(result.status).toBe(200);
    expect(result.envelope).toMatchObject({ code: '8000', success: false, msg: 'merchantNo header missing' });
    expect(typeof result.envelope?.timestamp).toBe('number');
    expect(result.envelope).not.toHaveProperty('data');
  });

  it('rejects an unknown merchantNo', async () => {
    const result = await call(sim, 'queryBalance', {}, { merchantNo: '0000000001' });
    expect(result.envelope).toMatchObject({ code: '8000', success: false, msg: 'unknown merchantNo' });
  });

  it.each(['{"timestamp":', 'not json', '', '[1,2]'])('rejects the body %j as not valid JSON', async (rawBody) => {
    const result = await call(sim, 'queryBalance', {}, { rawBody });
    expect(result.envelope?.code).toBe('8000');
    expect(result.envelope?.msg).toMatch(/^request body is not valid JSON/);
  });

  it('rejects a wrong, a missing, or a differently salted sign', async () => {
    const wrong = await call(sim, 'queryBalance', {}, { sign: '0'.repeat(32) });
    expect(wrong.envelope).toMatchObject({ code: '8000', success: false, msg: 'sign verification failed' });
    const missing = await call(sim, 'queryBalance', {}, { sign: '' });
    expect(missing.envelope?.msg).toMatch(/^sign verification failed/);
    const prepended = await call(sim, 'queryBalance', {}, { composition: 'prepend' });
    expect(prepended.envelope?.msg).toBe('sign verification failed');
  });

  it('rejects a missing or malformed timestamp and accepts one as a string or a number', async () => {
    const missing = await call(sim, 'queryBalance', {}, { noTimestamp: true });
    expect(missing.envelope).toMatchObject({ code: '8000', msg: 'timestamp is required' });
    const seconds = await call(sim, 'queryBalance', { timestamp: Math.floor(Date.now() / 1000) }, { noTimestamp: true });
    expect(seconds.envelope?.msg).toMatch(/timestamp/);
    const asString = await call(sim, 'queryBalance', { timestamp: String(Date.now()) }, { noTimestamp: true });
    expect(asString.envelope?.code).toBe('0000');
    const asNumber = await call(sim, 'queryBalance', { timestamp: Date.now() }, { noTimestamp: true });
    expect(asNumber.envelope?.code).toBe('0000');
  });

  it('honours the configured salt composition', async () => {
    const prependSim = await startSimulator({ saltComposition: 'prepend' });
    try {
      expect((await call(prependSim, 'queryBalance', {}, { composition: 'prepend' })).envelope?.code).toBe('0000');
      expect((await call(prependSim, 'queryBalance', {})).envelope?.msg).toBe('sign verification failed');
    } finally {
      await prependSim.close();
    }
  });

  it('answers unknown paths with 404 and non-POST methods with 405', async () => {
    const unknown = await call(sim, 'queryBalance', {}, { url: `${sim.baseUrl}/v1/paypro/payOut` });
    expect(unknown.status).toBe(404);
    expect(unknown.envelope?.code).toBe('8000');
    const get = await fetch(`${sim.baseUrl}/v1/paypro/queryBalance`);
    expect(get.status).toBe(405);
  });

  it('answers under any path prefix', async () => {
    const origin = new URL(sim.baseUrl).origin;
    const result = await call(sim, 'queryBalance', {}, { url: `${origin}/some/other-prefix/v1/paypro/queryBalance` });
    expect(result.envelope?.code).toBe('0000');
  });
});

describe('payIn field validation', () => {
  const cases: [string, Record<string, string | number | undefined>, RegExp][] = [
    ['tradeNo missing', { tradeNo: undefined }, /^tradeNo is required/],
    ['tradeNo with bad characters', { tradeNo: 'bad trade no!' }, /^tradeNo invalid/],
    ['tradeNo too long', { tradeNo: 'x'.repeat(33) }, /^tradeNo invalid/],
    ['username missing', { username: undefined }, /^username is required/],
    ['username blank', { username: '   ' }, /^username invalid/],
    ['mobile missing', { mobile: undefined }, /^mobile is required/],
    ['mobile not Indonesian', { mobile: '+4915112345678' }, /^mobile invalid/],
    ['mobile too short', { mobile: '08123' }, /^mobile invalid/],
    ['email missing', { email: undefined }, /^email is required/],
    ['email malformed', { email: 'budi-at-example' }, /^email invalid/],
    ['channelCode missing', { channelCode: undefined }, /^channelCode is required/],
    ['channelCode unknown', { channelCode: 'CASH' }, /^channelCode must be one of QRIS, VA, EWALLET/],
    ['amount missing', { amount: undefined }, /^amount is required/],
    ['amount with decimals', { amount: 25_000.5 }, /^amount invalid/],
    ['amount as text', { amount: '25000' }, /^amount invalid/],
    ['amount under Rp10.000', { amount: 9_999 }, /^amount invalid: .*10000/],
    ['QRIS amount over Rp10.000.000', { amount: 10_000_001 }, /^amount invalid: QRIS/],
    ['notifyUrl missing', { notifyUrl: undefined }, /^notifyUrl is required/],
    ['notifyUrl not http', { notifyUrl: 'ftp://127.0.0.1/notify' }, /^notifyUrl must be an http\(s\) URL/],
    ['wayCode not a string', { wayCode: 7 }, /^wayCode must be a string/],
  ];

  it.each(cases)('rejects %s', async (_name, overrides, message) => {
    const fields = payInFields(sink, overrides);
    const result = await call(sim, 'payIn', fields);
    expect(result.envelope).toMatchObject({ code: '8000', success: false });
    expect(result.envelope?.msg).toMatch(message);
    expect(result.envelope).not.toHaveProperty('data');
    if (typeof fields['tradeNo'] === 'string') expect(sim.order(fields['tradeNo'])).toBeUndefined();
  });

  it('accepts the limits themselves, and no QRIS ceiling for VA', async () => {
    for (const [channelCode, amount] of [['QRIS', 10_000], ['QRIS', 10_000_000], ['VA', 25_000_000]] as const) {
      const result = await call(sim, 'payIn', payInFields(sink, { channelCode, amount }));
      expect(dataOf(result)['status']).toBe('0015');
    }
  });

  it('rejects a duplicate tradeNo and keeps the first order', async () => {
    const fields = payInFields(sink);
    const first = dataOf(await call(sim, 'payIn', fields));
    const second = await call(sim, 'payIn', { ...fields, amount: 50_000 });
    expect(second.envelope).toMatchObject({ code: '8000', success: false, msg: 'tradeNo already exists' });
    const paymentLink = await call(sim, 'paymentLink', { ...fields, amount: 50_000 });
    expect(paymentLink.envelope?.msg).toBe('tradeNo already exists');
    expect(sim.order(String(fields['tradeNo']))).toMatchObject({ amount: 25_000, platFormTradeNo: first['platFormTradeNo'] });
  });
});

describe('payIn and paymentLink answers', () => {
  it('creates a QRIS order with a valid dynamic QRIS payload', async () => {
    const fields = payInFields(sink, { amount: 123_000, remark: 'meja 4' });
    const result = await call(sim, 'payIn', fields);
    expect(result.envelope).toMatchObject({ code: '0000', msg: 'success', success: true });
    const data = dataOf(result);
    expect(data).toMatchObject({ tradeNo: fields['tradeNo'], status: '0015', desc: 'Paying', remark: 'meja 4' });
    const platFormTradeNo = String(data['platFormTradeNo']);
    expect(platFormTradeNo).toMatch(/^[a-z0-9]{16}$/);
    expect(data['paymentUrl']).toBe(`${sim.controlUrl}/pay/${platFormTradeNo}`);
    expect(data).not.toHaveProperty('vaNumber');

    const qrString = String(data['qrString']);
    const parsed = parseQris(qrString);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.value).toMatchObject({ dynamic: true, amount: 123_000, merchantName: 'KASIR DEMO', merchantCity: 'JAKARTA' });
    expect(tlvValue(qrString, '52')).toBe('5812');
    expect(tlvValue(qrString, '58')).toBe('ID');
    const national = tlvValue(qrString, '51') ?? '';
    expect(tlvValue(national, '00')).toBe('ID.CO.QRIS.WWW');
    expect(tlvValue(national, '02')).toMatch(/^ID10\d+$/);
    expect(tlvValue(national, '03')).toBe('UMI');
    expect(tlvValue(tlvValue(qrString, '26') ?? '', '01')).toMatch(/^9360\d{15}$/);
    expect(tlvValue(tlvValue(qrString, '62') ?? '', '05')).toBe(platFormTradeNo);
    expect(sim.order(String(fields['tradeNo']))?.qrString).toBe(qrString);
  });

  it('puts the configured merchant name and city into the QRIS payload, trimmed to EMV lengths', async () => {
    const named = await startSimulator({ merchantName: 'Warung Kopi Sejahtera Abadi Jaya', merchantCity: 'Yogyakarta' });
    try {
      const data = dataOf(await call(named, 'payIn', payInFields(`${named.controlUrl}/notify-sink`)));
      const parsed = parseQris(String(data['qrString']));
      if (!parsed.ok) throw new Error(parsed.message);
      expect(parsed.value.merchantName).toBe('Warung Kopi Sejahtera Aba');
      expect(parsed.value.merchantCity).toBe('Yogyakarta');
    } finally {
      await named.close();
    }
  });

  it('creates VA orders with unique 16-digit numbers', async () => {
    const numbers = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const data = dataOf(await call(sim, 'payIn', payInFields(sink, { channelCode: 'VA', wayCode: 'BCA' })));
      expect(String(data['vaNumber'])).toMatch(/^\d{16}$/);
      expect(data).not.toHaveProperty('qrString');
      numbers.add(String(data['vaNumber']));
    }
    expect(numbers.size).toBe(5);
  });

  it('creates an e-wallet order with only a paymentUrl, and omits remark when none was sent', async () => {
    const data = dataOf(await call(sim, 'payIn', payInFields(sink, { channelCode: 'EWALLET', wayCode: 'DANA' })));
    expect(data['paymentUrl']).toMatch(/\/__sim\/pay\/[a-z0-9]{16}$/);
    expect(data).not.toHaveProperty('qrString');
    expect(data).not.toHaveProperty('vaNumber');
    expect(data).not.toHaveProperty('remark');
  });

  it('creates a payment link with or without a channel, and ignores wayCode without one', async () => {
    const open = payInFields(sink, { channelCode: undefined, wayCode: 'DANA', amount: 20_000_000 });
    const data = dataOf(await call(sim, 'paymentLink', open));
    expect(data).toMatchObject({ status: '0015', desc: 'Paying' });
    expect(data).not.toHaveProperty('qrString');
    expect(sim.order(String(open['tradeNo']))).toMatchObject({ kind: 'paymentLink', channelCode: '' });
    expect(sim.order(String(open['tradeNo']))).not.toHaveProperty('wayCode');
    const qris = await call(sim, 'paymentLink', payInFields(sink, { amount: 20_000_000 }));
    expect(qris.envelope?.msg).toMatch(/^amount invalid: QRIS/);
  });

  it('serves the fake cashier page at paymentUrl', async () => {
    const data = dataOf(await call(sim, 'payIn', payInFields(sink)));
    const page = await fetch(String(data['paymentUrl']));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    for (const label of ['Paid', 'Partial', 'Expire']) expect(html).toContain(`>${label}</button>`);
    expect(html).toContain(`action="/__sim/orders/${String(data['tradeNo'])}/settle"`);
  });
});

describe('queries', () => {
  it('reports a pending order and refuses an unknown one without data', async () => {
    const fields = payInFields(sink, { channelCode: 'EWALLET', wayCode: 'DANA' });
    const created = dataOf(await call(sim, 'payIn', fields));
    const data = dataOf(await call(sim, 'queryPayInResult', { tradeNo: fields['tradeNo'] }));
    expect(data).toEqual({
      tradeNo: fields['tradeNo'],
      platFormTradeNo: created['platFormTradeNo'],
      status: '0015',
      orderAmount: 25_000,
      payAmount: 0,
      message: 'Paying',
      channelCode: 'EWALLET',
      wayCode: 'DANA',
    });
    const unknown = await call(sim, 'queryPayInResult', { tradeNo: newTradeNo('missing') });
    expect(unknown.envelope).toMatchObject({ code: '8000', success: false, msg: 'order not found' });
    expect(unknown.envelope).not.toHaveProperty('data');
  });

  it('reports the balance under the Indonesian spelling availablAmount', async () => {
    const local = await startSimulator();
    try {
      const notify = `${local.controlUrl}/notify-sink`;
      const before = dataOf(await call(local, 'queryBalance', {}));
      expect(before).toEqual({ availablAmount: 0, freezeAmount: 0, unsettledAmount: 0 });
      const paid = payInFields(notify, { amount: 30_000 });
      const partial = payInFields(notify, { amount: 40_000 });
      const expired = payInFields(notify, { amount: 50_000 });
      for (const fields of [paid, partial, expired]) await call(local, 'payIn', fields);
      local.settle(String(paid['tradeNo']), 'paid');
      local.settle(String(partial['tradeNo']), 'partial');
      local.settle(String(expired['tradeNo']), 'expired');
      const after = dataOf(await call(local, 'queryBalance', {}));
      expect(after).not.toHaveProperty('availableAmount');
      expect(after['unsettledAmount']).toBe(30_000 + 20_000);
    } finally {
      await local.close();
    }
  });

  it('answers amounts as strings when numbersAsStrings is set', async () => {
    const quirky = await startSimulator({ numbersAsStrings: true });
    try {
      const fields = payInFields(`${quirky.controlUrl}/notify-sink`);
      await call(quirky, 'payIn', fields);
      quirky.settle(String(fields['tradeNo']), 'partial', { payAmount: 10_000 });
      const data = dataOf(await call(quirky, 'queryPayInResult', { tradeNo: fields['tradeNo'] }));
      expect(data).toMatchObject({ orderAmount: '25000.00', payAmount: '10000.00', status: '0001' });
      expect(dataOf(await call(quirky, 'queryBalance', {}))).toMatchObject({ availablAmount: '0.00', unsettledAmount: '10000.00' });
    } finally {
      await quirky.close();
    }
  });

  it('logs every gateway request with its endpoint, tradeNo and outer code', async () => {
    const fields = payInFields(sink);
    await call(sim, 'payIn', fields);
    await call(sim, 'payIn', fields);
    const entries = sim.requests().filter((entry) => entry.tradeNo === fields['tradeNo']);
    expect(entries.map((entry) => [entry.endpoint, entry.outerCode])).toEqual([['payIn', '0000'], ['payIn', '8000']]);
  });
});
