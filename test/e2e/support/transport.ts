import type { Page } from '@playwright/test';
import type { EventName } from '../../../shared/ipc/channels.ts';
import { EVENT_NAMES, INVOKE_NAMES, subscribeMethodName } from '../../../shared/ipc/channels.ts';
import type { WindowRole } from '../../../shared/ipc/roles.ts';
import { EVENT_ROLES, invokeNamesFor } from '../../../shared/ipc/roles.ts';
import type { KasirCore } from '../../../electron/app/core.ts';
import { CounterFeed } from '../../../electron/main/counter-feed.ts';
import type { CoreHost } from './core-host.ts';

/**
 * TEST-ONLY stand-in for the preload (electron/preload/index.ts): the same `window.kasir` shape, built from
 * the same channel lists, but carried over a Playwright binding to a KasirCore running in this Node process
 * instead of over Electron IPC. The shipped app never contains this file. Every message it carries is
 * recorded, so the suites can check what crossed the boundary (e.g. that the app secret never did).
 * A page opened with the customer display's role gets what its preload and main's wrapper give that role: only
 * its operations, the core's role check on every call, and main's counter feed on payment updates.
 */
export type TrafficEntry =
  | { readonly kind: 'invoke'; readonly role: WindowRole; readonly name: string; readonly request: unknown; readonly result: unknown }
  | { readonly kind: 'event'; readonly role: WindowRole; readonly name: EventName; readonly payload: unknown };

interface BridgeNames {
  readonly invokeNames: readonly string[];
  readonly events: ReadonlyArray<{ readonly event: string; readonly method: string }>;
}

interface TransportWindow {
  __kasirInvoke(name: string, payload: unknown): Promise<unknown>;
}

/** Runs in the page before any of its scripts, like a preload. Must be self-contained: it is serialised. */
function installBridge({ invokeNames, events }: BridgeNames): void {
  const bridge = window as unknown as TransportWindow;
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const api: Record<string, unknown> = {};
  for (const name of invokeNames) {
    api[name] = (request?: unknown) => bridge.__kasirInvoke(name, request);
  }
  for (const { event, method } of events) {
    const set = new Set<(payload: unknown) => void>();
    listeners.set(event, set);
    api[method] = (listener: (payload: unknown) => void) => {
      if (typeof listener !== 'function') throw new TypeError('listener must be a function');
      const forward = (payload: unknown): void => listener(payload);
      set.add(forward);
      return () => {
        set.delete(forward);
      };
    };
  }
  Object.defineProperty(window, 'kasir', { value: Object.freeze(api), enumerable: true });
  Object.defineProperty(window, '__kasirDispatch', {
    value: (event: string, payload: unknown) => {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
  });
}

export interface Transport {
  /** Stops forwarding events (the core outlives nothing, but the page may close first). */
  detach(): void;
}

export async function installTransport(page: Page, host: CoreHost, traffic: TrafficEntry[], role: WindowRole = 'cashier'): Promise<Transport> {
  await page.exposeBinding('__kasirInvoke', async (_source, name: string, request: unknown) => {
    const result = await host.core.invoke(name, request, role);
    traffic.push({ kind: 'invoke', role, name, request, result });
    return result;
  });
  const events = EVENT_NAMES.filter((event) => EVENT_ROLES[event].includes(role));
  await page.addInitScript(installBridge, {
    invokeNames: invokeNamesFor(role, INVOKE_NAMES),
    events: events.map((event) => ({ event, method: subscribeMethodName(event) })),
  } satisfies BridgeNames);

  // Events go out one after another, so the page sees them in the order main emitted them.
  let delivery = Promise.resolve();
  const forward = (core: KasirCore): (() => void) => {
    const feed = new CounterFeed();
    void core.invoke('getCounterPayment', undefined).then((counter) => feed.start(counter.ok ? counter.value : null));
    return core.onEvent((name, payload) => {
      const forCustomers = name !== 'paymentUpdated' || feed.admit(payload);
      if (!events.includes(name) || (role === 'customer' && !forCustomers)) return;
      traffic.push({ kind: 'event', role, name, payload });
      delivery = delivery
        .then(() =>
          page.evaluate(
            ([event, body]) => (window as unknown as { __kasirDispatch(e: string, p: unknown): void }).__kasirDispatch(event, body),
            [name, payload] as const,
          ),
        )
        .catch(() => undefined);
    });
  };
  // After a restart the events come from the new core, as they would from a new main process.
  let unsubscribe = forward(host.core);
  const stopFollowing = host.onSwap((core) => {
    unsubscribe();
    unsubscribe = forward(core);
  });
  return {
    detach: () => {
      stopFollowing();
      unsubscribe();
    },
  };
}
