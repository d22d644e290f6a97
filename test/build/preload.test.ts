import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS, INVOKE_NAMES, subscribeMethodName } from '../../shared/ipc/channels.ts';
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

function evaluatePreload(): Recorded {
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
  runInNewContext(readFileSync(paths.preload, 'utf8'), { require: sandboxRequire, module, exports: module.exports, console });
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
