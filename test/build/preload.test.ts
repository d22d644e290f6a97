import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { EVENT_CHANNELS, EVENT_NAMES, INVOKE_CHANNELS, INVOKE_NAMES, subscribeMethodName } from '../../shared/ipc/channels.ts';
import { EVENT_ROLES, invokeNamesFor } from '../../shared/ipc/roles.ts';
import { appPaths } from '../../electron/main/paths.ts';

/**
 * The BUILT preload (dist-electron/preload.cjs, made by `vite build`, which `npm test` runs first), evaluated
 * the way a sandboxed preload runs: a CommonJS script whose `require` knows only 'electron'. A fake electron
 * module records what it exposes; no Electron binary is needed.
 */
const paths = appPaths(join(import.meta.dirname, '../..'));

interface Recorded {
  exposed: Map<string, Record<string, unknown>>;
  invokes: Array<[string, unknown]>;
  listeners: Map<string, Set<(...args: unknown[]) => void>>;
  required: string[];
}

function evaluatePreload(file = paths.preload): Recorded {
  const recorded: Recorded = { exposed: new Map(), invokes: [], listeners: new Map(), required: [] };
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => recorded.exposed.set(key, api) },
    ipcRenderer: {
      invoke: async (channel: string, payload: unknown) => {
        recorded.invokes.push([channel, payload]);
        return { ok: true, value: channel };
      },
      on: (channel: string, listener: (...args: unknown[]) => void) => {
        const set = recorded.listeners.get(channel) ?? new Set();
        set.add(listener);
        recorded.listeners.set(channel, set);
      },
      removeListener: (channel: string, listener: (...args: unknown[]) => void) => recorded.listeners.get(channel)?.delete(listener),
    },
  };
  const module = { exports: {} };
  const sandboxRequire = (name: string): unknown => {
    recorded.required.push(name);
    if (name === 'electron') return electron;
    throw new Error(`a sandboxed preload cannot require ${name}`);
  };
  runInNewContext(readFileSync(file, 'utf8'), { require: sandboxRequire, module, exports: module.exports, console });
  return recorded;
}

describe('built preload (sandboxed CommonJS)', () => {
  beforeAll(() => {
    if (!existsSync(paths.preload)) throw new Error(`${paths.preload} is missing: run \`npm run build\` first (npm test does).`);
  });

  it('is CommonJS, not an ES module', () => {
    const source = readFileSync(paths.preload, 'utf8');
    expect(source).not.toMatch(/^\s*(import|export)\s/m);
    expect(source).toMatch(/require\(["']electron["']\)/);
  });

  it('exposes exactly the contract, under window.kasir, and requires only electron', () => {
    const recorded = evaluatePreload();
    expect([...recorded.exposed.keys()]).toEqual(['kasir']);
    const api = recorded.exposed.get('kasir') ?? {};
    const expected = [...INVOKE_NAMES, ...Object.keys(EVENT_CHANNELS).map((e) => subscribeMethodName(e as 'paymentUpdated'))];
    expect(Object.keys(api).sort()).toEqual(expected.sort());
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
    expect(new Set(recorded.required)).toEqual(new Set(['electron']));
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipcRenderer|send|invoke\b/);
  });

  it('sends each operation on its own channel with the payload untouched', async () => {
    const recorded = evaluatePreload();
    const api = recorded.exposed.get('kasir') as Record<string, (payload?: unknown) => Promise<unknown>>;
    for (const name of INVOKE_NAMES) await api[name]?.({ probe: name });
    expect(recorded.invokes).toEqual(INVOKE_NAMES.map((name) => [INVOKE_CHANNELS[name], { probe: name }]));
  });

  it('passes only the payload to listeners and unsubscribes', () => {
    const recorded = evaluatePreload();
    const api = recorded.exposed.get('kasir') as Record<string, (listener: unknown) => () => void>;
    const received: unknown[] = [];
    const unsubscribe = api['onPaymentUpdated']?.((payload: unknown) => received.push(payload)) ?? (() => {});
    const channelListeners = recorded.listeners.get(EVENT_CHANNELS.paymentUpdated);
    expect(channelListeners?.size).toBe(1);
    for (const listener of channelListeners ?? []) listener({ sender: 'IpcRendererEvent' }, { tradeNo: 't1' });
    expect(received).toEqual([{ tradeNo: 't1' }]);
    unsubscribe();
    expect(recorded.listeners.get(EVENT_CHANNELS.paymentUpdated)?.size).toBe(0);
    // The preload runs in its own realm, so its TypeError is not this realm's: match the message.
    expect(() => api['onPaymentUpdated']?.('not a function')).toThrow(/listener must be a function/);
  });
});

describe('built customer-display preload (sandboxed CommonJS)', () => {
  beforeAll(() => {
    if (!existsSync(paths.customerPreload)) throw new Error(`${paths.customerPreload} is missing: run \`npm run build\` first (npm test does).`);
  });

  it('is CommonJS that requires only electron', () => {
    const source = readFileSync(paths.customerPreload, 'utf8');
    expect(source).not.toMatch(/^\s*(import|export)\s/m);
    expect(new Set(evaluatePreload(paths.customerPreload).required)).toEqual(new Set(['electron']));
  });

  it('exposes exactly what the customer role may call and hear: reading the app info and the payment on the counter', () => {
    const recorded = evaluatePreload(paths.customerPreload);
    expect([...recorded.exposed.keys()]).toEqual(['kasir']);
    const api = recorded.exposed.get('kasir') ?? {};
    const expected = [...invokeNamesFor('customer', INVOKE_NAMES), ...EVENT_NAMES.filter((e) => EVENT_ROLES[e].includes('customer')).map(subscribeMethodName)];
    expect(Object.keys(api).sort()).toEqual(expected.sort());
    expect(Object.keys(api).sort()).toEqual(['getAppInfo', 'getCounterPayment', 'onAppInfoChanged', 'onPaymentUpdated']);
    expect(Object.isFrozen(api)).toBe(true);
    for (const name of ['startPayment', 'cancelPayment', 'getPayment', 'toggleCustomerView', 'simulateCustomerPayment']) expect(api, name).not.toHaveProperty(name);
  });

  it('sends its two operations on their own channels, and nothing else ever reaches ipcRenderer.invoke', async () => {
    const recorded = evaluatePreload(paths.customerPreload);
    const api = recorded.exposed.get('kasir') as Record<string, (payload?: unknown) => Promise<unknown>>;
    for (const name of Object.keys(api).filter((key) => !key.startsWith('on'))) await api[name]?.();
    expect(recorded.invokes).toEqual([[INVOKE_CHANNELS.getAppInfo, undefined], [INVOKE_CHANNELS.getCounterPayment, undefined]]);
    const received: unknown[] = [];
    const subscribe = api['onPaymentUpdated'] as unknown as (listener: (payload: unknown) => void) => () => void;
    subscribe((payload) => received.push(payload));
    for (const listener of recorded.listeners.get(EVENT_CHANNELS.paymentUpdated) ?? []) listener({ sender: 'IpcRendererEvent' }, { tradeNo: 't1' });
    expect(received).toEqual([{ tradeNo: 't1' }]);
  });
});
