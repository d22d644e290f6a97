import { contextBridge, ipcRenderer } from 'electron';
import { EVENT_CHANNELS, EVENT_NAMES, INVOKE_CHANNELS, INVOKE_NAMES, subscribeMethodName } from '../../shared/ipc/channels.ts';
import type { WindowRole } from '../../shared/ipc/roles.ts';
import { EVENT_ROLES, invokeNamesFor } from '../../shared/ipc/roles.ts';

/**
 * The narrow bridge (STYLE.md §5), for one window role: one function per operation that role may call and one
 * subscription per event it may receive, built from the contract's shared lists. `ipcRenderer` itself never
 * reaches the page, listeners receive only the payload (never the IpcRendererEvent), and every subscription
 * returns its unsubscribe. Main checks the role again on every call: this only keeps the page's API honest.
 * Sandboxed preloads must be CommonJS and cannot load a second file: vite.config.ts bundles each preload whole.
 */
export function exposeKasirApi(role: WindowRole): void {
  const api: Record<string, unknown> = {};

  for (const name of invokeNamesFor(role, INVOKE_NAMES)) {
    const channel = INVOKE_CHANNELS[name];
    api[name] = (request?: unknown) => ipcRenderer.invoke(channel, request);
  }

  for (const name of EVENT_NAMES.filter((event) => EVENT_ROLES[event].includes(role))) {
    const channel = EVENT_CHANNELS[name];
    api[subscribeMethodName(name)] = (listener: (payload: unknown) => void) => {
      if (typeof listener !== 'function') throw new TypeError('listener must be a function');
      const forward = (_event: unknown, payload: unknown): void => listener(payload);
      ipcRenderer.on(channel, forward);
      return () => {
        ipcRenderer.removeListener(channel, forward);
      };
    };
  }

  contextBridge.exposeInMainWorld('kasir', Object.freeze(api));
}
