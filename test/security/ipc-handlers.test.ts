import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INVOKE_NAMES } from '../../shared/ipc/channels.ts';
import type { InvokeName } from '../../shared/ipc/channels.ts';
import { MANAGER_ONLY } from '../../shared/ipc/roles.ts';
import type { KasirCore } from '../../electron/app/core.ts';
import { createKasirCore } from '../../electron/app/core.ts';
import { MemorySecretStore } from '../../electron/secrets/memory-store.ts';

/**
 * Security tests: every IPC handler treated as attack surface. The core runs for real in demo mode (its
 * simulator included); the hostile payloads go through the same `invoke` that main's IPC wrapper calls.
 */
let core: KasirCore;
const results: unknown[] = [];
const invoke = async (name: string, payload: unknown): Promise<unknown> => {
  const result = await core.invoke(name, payload);
  results.push(result);
  return result;
};

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'kasir-sec-'));
  core = await createKasirCore({
    settingsFile: join(dir, 'settings.json'), journalFile: join(dir, 'journal.sqlite'), secretStore: new MemorySecretStore(), timing: { counterCheckMs: 50 },
  });
  // A manager session, so the manager-only operations reach their payload checks too (rights come first).
  await core.invoke('setManagerPin', { pin: '5829' });
});
afterAll(async () => core.close());

const huge = 'x'.repeat(1_000_000);
const badTradeNos = [undefined, null, {}, { tradeNo: '' }, { tradeNo: huge }, { tradeNo: '../../etc' }, { tradeNo: 5 }, { tradeNo: 'a', x: 1 }, 'abc', []];
const noPayload = [null, {}, 'x', 0, { anything: true }, [], { tradeNo: 'x' }];
/** Every operation must list its hostile payloads here: a new operation without them fails the suite. */
const hostile: Record<InvokeName, unknown[]> = {
  startPayment: [
    undefined, null, 25000, '25000', [], [25_000, 'QRIS'], {},
    { amount: '25000', method: 'QRIS' }, { amount: 25_000 }, { method: 'QRIS' }, { amount: 25_000, method: 'qris' },
    { amount: 25_000, method: 'Q R' }, { amount: 25_000, method: '' }, { amount: 25_000, method: 'VA', bank: 5 },
    { amount: 25_000, method: 'VA', bank: '../../etc' }, { amount: 25_000, method: 'DANA', mobile: '08abc4567890' },
    { amount: 25_000, method: 'DANA', mobile: 81234567890 }, { amount: 25_000.5, method: 'QRIS' }, { amount: -25_000, method: 'QRIS' },
    { amount: Number.NaN, method: 'QRIS' }, { amount: Number.POSITIVE_INFINITY, method: 'VA' }, { amount: 2 ** 60, method: 'VA' },
    { amount: 25_000, method: 'QRIS', tradeNo: 'chosen-by-renderer' }, { amount: 25_000, method: 'QRIS', secret: 'x' },
    JSON.parse('{"amount":25000,"method":"QRIS","__proto__":{"admin":true}}'), { amount: 25_000, method: huge },
    { amount: { valueOf: () => 25_000 }, method: 'QRIS' },
  ],
  getPayment: badTradeNos,
  cancelPayment: badTradeNos,
  checkPaymentNow: badTradeNos,
  dismissPayment: badTradeNos,
  collectRest: [...badTradeNos, { tradeNo: 'abc', amount: 1 }],
  acknowledgeLatePayment: [...badTradeNos, { tradeNo: 'abc', decision: 'keep' }],
  printReceipt: [...badTradeNos, { tradeNo: 'abc', reprint: 'yes' }, { tradeNo: 'abc', printer: 'Evil' }, { tradeNo: 'abc', locale: 'fr' }, { tradeNo: 'abc', locale: ['en'] }],
  toggleCustomerView: noPayload,
  simulateCustomerPayment: [
    undefined, {}, { tradeNo: 'abc' }, { tradeNo: 'abc', outcome: 'refund' }, { tradeNo: huge, outcome: 'paid' },
    { tradeNo: 'abc', outcome: 'paid', payAmount: 1 },
  ],
  getAppInfo: noPayload,
  retrySetup: [...noPayload, 'force', { force: true }],
  getManagerState: noPayload,
  lockManager: noPayload,
  setManagerPin: [undefined, null, {}, '5829', { pin: 5829 }, { pin: ['5829'] }, { pin: '5829', confirm: '5829' }, { pin: huge }],
  unlockManager: [undefined, null, {}, '5829', { pin: 5829 }, { pin: { toString: '5829' } }, { pin: '5829', role: 'manager' }, { pin: huge }],
  getCounterPayment: noPayload,
  listLatePayments: noPayload,
  listHistory: [
    null, 'today', [], { limit: 0 }, { limit: 201 }, { limit: 2.5 }, { limit: '50' }, { from: '2026-11-26' }, { from: -1 },
    { to: Number.NaN }, { from: 2 ** 60 }, { states: ['paid', 'refunded'] }, { states: 'paid' }, { methods: ['qris'] },
    { methods: [huge] }, { search: huge }, { search: 5 }, { before: { createdAt: 1_764_000_000_000 } },
    { before: { createdAt: 1_764_000_000_000, tradeNo: '../x' } }, { sql: 'DROP TABLE payments' },
    JSON.parse('{"__proto__":{"isManager":true}}'), { states: Array(20).fill('paid') },
  ],
  getPaymentDetail: [...badTradeNos, { tradeNo: 'abc', events: true }],
  getDayReport: [null, 'today', [], { day: '2026-11-26' }, { day: -1 }, { day: Number.NaN }, { day: 2 ** 60 }, { from: 0, to: 1 }],
  exportDayReport: [null, 'x', { locale: 'fr' }, { day: 1.5 }, { file: '../../etc/passwd' }, { folder: '/tmp' }, { locale: ['id'] }],
  listAuditLog: [null, 'all', { limit: 0 }, { limit: 1_000_000 }, { before: 0 }, { before: '5' }, { actor: 'manager' }],
  getSettings: [...noPayload, { includeSecret: true }],
  reconcileDay: [null, 'today', { day: 'today' }, { day: 0.5 }, { day: -5 }, { tradeNos: ['abc'] }],
  saveSettings: [undefined, null, {}, 'x', { values: 'x' }, { values: [] }, { values: null }, { values: {}, apply: false }, { settings: {} }],
  setAppSecret: [undefined, null, {}, 'secret', { secret: '' }, { secret: '   ' }, { secret: 42 }, { secret: huge }, { secret: 's', merchantNo: '1234567890' }],
  removeAppSecret: [...noPayload, { merchantNo: '1234567890' }],
  exportDiagnostics: [...noPayload, { folder: '/tmp' }, { file: '../../etc/passwd' }, { includeSecret: true }, { includeJournalRows: true }],
  getUpdateStatus: [...noPayload, { feedUrl: 'https://evil.example/' }],
  checkForUpdate: [...noPayload, { feedUrl: 'https://evil.example/' }, 'https://evil.example/'],
  installUpdate: [...noPayload, { version: '9.9.9' }, { force: true }, { feedUrl: 'https://evil.example/' }],
  quitApp: [...noPayload, { force: true }, { pin: '5829' }],
  testConnection: [
    undefined, {}, { merchantNo: '1234567890' }, { merchantNo: '1234567890', environment: 'live', baseUrl: 'https://x', saltComposition: 'append' },
    { merchantNo: '1234567890', environment: 'sandbox', baseUrl: 'https://x', saltComposition: 'md5' },
    { merchantNo: '1234567890', environment: 'sandbox', baseUrl: huge, saltComposition: 'append' },
    { merchantNo: '1234567890', environment: 'sandbox', baseUrl: 'https://x', saltComposition: 'append', secret: 5 },
  ],
};

describe('security: hostile IPC payloads are refused whole', () => {
  it('every operation of the contract has hostile cases (a missing list is a failure, not a pass)', () => {
    expect(Object.keys(hostile).sort()).toEqual([...INVOKE_NAMES].sort());
    for (const name of INVOKE_NAMES) expect(hostile[name].length, name).toBeGreaterThan(3);
  });

  it.each(INVOKE_NAMES)('%s refuses every malformed payload with INVALID_REQUEST', async (name) => {
    const cases = hostile[name];
    expect(cases, `no hostile payloads listed for ${name}`).toBeDefined();
    for (const payload of cases) {
      expect(await invoke(name, payload), `${name} ${String(JSON.stringify(payload)).slice(0, 80)}`).toMatchObject({ ok: false, code: 'INVALID_REQUEST' });
    }
    expect(core.simulator?.ledger()).toHaveLength(0);
  });

  it('refuses unknown and inherited operation names', async () => {
    for (const name of ['deletePayments', 'constructor', '__proto__', 'toString', 'hasOwnProperty', '']) {
      expect(await invoke(name, undefined)).toMatchObject({ ok: false, code: 'INVALID_REQUEST' });
    }
  });

  it('answers with a specific error for well-formed but wrong requests', async () => {
    expect(await invoke('startPayment', { amount: 9_999, method: 'QRIS' })).toMatchObject({ ok: false, code: 'AMOUNT_TOO_SMALL' });
    expect(await invoke('startPayment', { amount: 25_000, method: 'EWALLET' })).toMatchObject({ ok: false, code: 'METHOD_UNAVAILABLE' });
    expect(await invoke('startPayment', { amount: 25_000, method: 'VA' })).toMatchObject({ ok: false, code: 'BANK_REQUIRED' });
    expect(await invoke('startPayment', { amount: 25_000, method: 'VA', bank: 'NOSUCHBANK' })).toMatchObject({ ok: false, code: 'BANK_REQUIRED' });
    expect(await invoke('getPayment', { tradeNo: 'unknown_trade_no' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await invoke('simulateCustomerPayment', { tradeNo: 'unknown_trade_no', outcome: 'paid' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await invoke('cancelPayment', { tradeNo: 'unknown_trade_no' })).toMatchObject({ ok: false, code: 'PAYMENT_NOT_OPEN' });
    expect(await invoke('dismissPayment', { tradeNo: 'unknown_trade_no' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await invoke('acknowledgeLatePayment', { tradeNo: 'unknown_trade_no' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await invoke('collectRest', { tradeNo: 'unknown_trade_no' })).toMatchObject({ ok: false, code: 'REST_UNAVAILABLE' });
    expect(core.simulator?.ledger()).toHaveLength(0);
  });

  it('never returns the app secret in any result', async () => {
    const started = (await invoke('startPayment', { amount: 25_000, method: 'QRIS' })) as { ok: boolean; value: { tradeNo: string } };
    expect(started.ok).toBe(true);
    await invoke('getPayment', { tradeNo: started.value.tradeNo });
    await invoke('simulateCustomerPayment', { tradeNo: started.value.tradeNo, outcome: 'paid' });
    await invoke('getAppInfo', undefined);
    const secret = core.simulator?.secret ?? '';
    expect(secret.length).toBeGreaterThan(8);
    expect(JSON.stringify(results)).not.toContain(secret);
  });
});

describe('security: each window\'s role is checked in main, per operation', () => {
  const valid: Record<InvokeName, unknown> = {
    getAppInfo: undefined, retrySetup: undefined, getCounterPayment: undefined, listLatePayments: undefined,
    getManagerState: undefined, setManagerPin: { pin: '7391' }, unlockManager: { pin: '5829' }, lockManager: undefined,
    startPayment: { amount: 25_000, method: 'QRIS' }, getPayment: { tradeNo: 'abc' }, cancelPayment: { tradeNo: 'abc' },
    checkPaymentNow: { tradeNo: 'abc' }, dismissPayment: { tradeNo: 'abc' }, collectRest: { tradeNo: 'abc' },
    acknowledgeLatePayment: { tradeNo: 'abc' }, printReceipt: { tradeNo: 'abc' }, toggleCustomerView: undefined,
    simulateCustomerPayment: { tradeNo: 'abc', outcome: 'paid' }, listHistory: {}, getPaymentDetail: { tradeNo: 'abc' },
    getDayReport: {}, exportDayReport: {}, listAuditLog: {}, reconcileDay: {}, getSettings: undefined, saveSettings: { values: {} },
    setAppSecret: { secret: 'not-a-real-secret' }, removeAppSecret: undefined, exportDiagnostics: undefined,
    getUpdateStatus: undefined, checkForUpdate: undefined, installUpdate: undefined, quitApp: undefined,
    testConnection: { merchantNo: '1234567890', environment: 'sandbox', baseUrl: 'http://127.0.0.1:9/x', saltComposition: 'append' },
  };

  it('the customer display may read what it shows, and nothing else: it cannot charge, cancel or look payments up', async () => {
    const orders = core.simulator?.ledger().length;
    const allowed: string[] = [];
    for (const name of INVOKE_NAMES) {
      const answer = await core.invoke(name, valid[name], 'customer');
      if (answer.ok || answer.code !== 'FORBIDDEN_ROLE') allowed.push(name);
    }
    expect(allowed.sort()).toEqual(['getAppInfo', 'getCounterPayment']);
    expect(core.simulator?.ledger().length, 'nothing was charged').toBe(orders);
  });

  it('the role is checked before the payload, so a forbidden window learns nothing from validation', async () => {
    expect(await core.invoke('startPayment', { amount: 'x' }, 'customer')).toMatchObject({ ok: false, code: 'FORBIDDEN_ROLE' });
  });

  it('manager-only operations are refused to the cashier without a manager session, before the payload is read', async () => {
    expect(await core.invoke('lockManager', undefined)).toMatchObject({ ok: true, value: { active: false } });
    expect(await core.invoke('acknowledgeLatePayment', { tradeNo: 'abc' })).toMatchObject({ ok: false, code: 'MANAGER_ONLY' });
    expect(await core.invoke('acknowledgeLatePayment', { tradeNo: 42 })).toMatchObject({ ok: false, code: 'MANAGER_ONLY' });
    expect([...MANAGER_ONLY].sort()).toEqual([
      'acknowledgeLatePayment', 'checkForUpdate', 'exportDayReport', 'exportDiagnostics', 'getDayReport', 'getSettings', 'getUpdateStatus', 'installUpdate', 'listAuditLog', 'quitApp',
      'reconcileDay', 'removeAppSecret', 'saveSettings', 'setAppSecret', 'testConnection',
    ]);
    for (const name of MANAGER_ONLY) expect(await core.invoke(name, valid[name]), name).toMatchObject({ ok: false, code: 'MANAGER_ONLY' });
    expect(await core.invoke('setManagerPin', { pin: '7391' }), 'no new PIN without the old one').toMatchObject({ ok: false, code: 'PIN_ALREADY_SET' });
    expect(await core.invoke('unlockManager', { pin: '5829' }, 'customer')).toMatchObject({ ok: false, code: 'FORBIDDEN_ROLE' });
    expect(await core.invoke('unlockManager', { pin: '5829' })).toMatchObject({ ok: true, value: { active: true } });
    expect(await core.invoke('acknowledgeLatePayment', { tradeNo: 'abc' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await core.invoke('acknowledgeLatePayment', { tradeNo: 'abc' }, 'customer'), 'a manager session is the cashier window\'s, not every window\'s').toMatchObject({ ok: false, code: 'FORBIDDEN_ROLE' });
  });
});

describe('security: production never over plain HTTP', () => {
  it('an http:// production base URL blocks charging; nothing is signed or sent', async () => {
    const { writeFile } = await import('node:fs/promises');
    const dir = await mkdtemp(join(tmpdir(), 'kasir-http-'));
    const settingsFile = join(dir, 'settings.json');
    await writeFile(settingsFile, JSON.stringify({
      merchantNo: '8729248847', environment: 'production', productionBaseUrl: 'http://pay.example.com/indonesia-pay', notifyUrl: 'https://example.com/notify',
    }));
    const store = new MemorySecretStore();
    await store.set('paypro-app-secret:8729248847', 'live-secret-value-0123456789');
    const production = await createKasirCore({ settingsFile, journalFile: join(dir, 'journal.sqlite'), secretStore: store });
    try {
      expect(production.info).toMatchObject({ ready: false, blockedReason: 'SETTINGS_INVALID' });
      expect(await production.invoke('startPayment', { amount: 25_000, method: 'QRIS' })).toMatchObject({ ok: false, code: 'SETTINGS_INVALID' });
    } finally {
      await production.close();
    }
  });
});

describe('security: demo-only operations', () => {
  it('refuses simulated payments outside demo mode', async () => {
    const { writeFile } = await import('node:fs/promises');
    const dir = await mkdtemp(join(tmpdir(), 'kasir-live-'));
    const settingsFile = join(dir, 'settings.json');
    await writeFile(settingsFile, JSON.stringify({ merchantNo: '8729248847', notifyUrl: 'https://example.com/notify' }));
    const store = new MemorySecretStore();
    await store.set('paypro-app-secret:8729248847', 'live-secret-value-0123456789');
    const live = await createKasirCore({ settingsFile, journalFile: join(dir, 'journal.sqlite'), secretStore: store });
    try {
      expect(live.info).toMatchObject({ mode: 'sandbox', ready: true });
      expect(live.simulator).toBeUndefined();
      expect(await live.invoke('simulateCustomerPayment', { tradeNo: 'abc', outcome: 'paid' })).toMatchObject({ ok: false, code: 'NOT_DEMO_MODE' });
    } finally {
      await live.close();
    }
  });
});
