import type { AppInfo, ErrorCode } from '../../shared/ipc/contract.ts';
import type { EventName, InvokeName } from '../../shared/ipc/channels.ts';
import type { WindowRole } from '../../shared/ipc/roles.ts';
import type { Result } from '../../shared/result.ts';
import type { Simulator } from '../simulator/index.ts';
import { dirname, join } from 'node:path';
import { ManagerAccess } from '../manager/access.ts';
import { FileManagerStore } from '../manager/manager-store.ts';
import { systemClock } from '../payments/clock.ts';
import type { KasirCoreOptions, Till } from './till.ts';
import { openTill } from './till.ts';

export type { KasirCoreOptions };

/**
 * The composition root of the main side, free of Electron: it reads the settings, opens the secret and the
 * journal, picks demo or live mode, recovers the payments a previous run left open (./till.ts), and answers the
 * IPC contract. Electron's ipcMain wiring (electron/main/ipc.ts) and the test-only transport of the browser tests
 * both sit on `invoke` and `onEvent`, so both run the same code.
 */
export interface KasirCore {
  readonly simulator: Simulator | undefined;
  /** How the till is set up right now (it changes when, say, the journal stops taking writes). */
  readonly info: AppInfo;
  /** Answers an operation for a window of `role` (default: the cashier's). */
  invoke(name: InvokeName | string, payload: unknown, role?: WindowRole): Promise<Result<unknown, ErrorCode>>;
  onEvent(listener: (name: EventName, payload: unknown) => void): () => void;
  close(): Promise<void>;
}

/**
 * The till behind the windows can be opened again: a blocked till (settings, keychain, journal) is retried on the
 * cashier's "try again", which re-reads all of it without a restart. A till that charges is never replaced
 * under a payment. Requests that arrive while the new till opens wait for it.
 */
export async function createKasirCore(options: KasirCoreOptions): Promise<KasirCore> {
  const listeners = new Set<(name: EventName, payload: unknown) => void>();
  const emit = (name: EventName, payload: unknown): void => {
    for (const listener of listeners) listener(name, payload);
  };
  let reopening: Promise<void> | undefined;
  let closed = false;

  /** A new till in the old one's place, with the settings, secret and journal as they are now. */
  const reload = async (): Promise<AppInfo> => {
    if (closed) return till.info();
    reopening ??= (async () => {
      await till.close();
      till = await openTill(options, hooks);
      // Manager actions taken while the till had no journal (a blocked till being set up) are written now.
      await manager.flushAudit();
    })().finally(() => {
      reopening = undefined;
    });
    await reopening;
    emit('appInfoChanged', till.info());
    return till.info();
  };
  const retrySetup = async (): Promise<AppInfo> => (till.info().ready ? till.info() : reload());
  const manager = new ManagerAccess({
    store: new FileManagerStore(options.managerFile ?? join(dirname(options.settingsFile), 'manager.json')),
    clock: options.clock ?? systemClock,
    audit: (entry) => {
      // Manager actions, settings saved (their field names), reconciliation, exports: support sees them in the log too.
      options.log?.info('audit', { action: entry.action, actor: entry.actor, detail: entry.detail });
      return till.audit(entry);
    },
    onChange: (state) => emit('managerChanged', state),
  });
  let closing: Promise<void> | undefined;
  // Once: the manager's update or quit closes the core, then Electron's will-quit asks again and waits for the same close.
  const close = (): Promise<void> => (closing ??= (async () => {
    closed = true;
    manager.close();
    if (reopening) await reopening.catch(() => undefined);
    listeners.clear();
    await till.close();
  })());
  const hooks = { emit, retrySetup, reload, manager, auditLog: () => till.auditLog(), shutdown: close };
  let till: Till = await openTill(options, hooks);

  return {
    get simulator() {
      return till.simulator;
    },
    get info() {
      return till.info();
    },
    async invoke(name, payload, role) {
      if (reopening) await reopening.catch(() => undefined);
      return till.dispatch(name, payload, role);
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close,
  };
}
