import { contextBridge, ipcRenderer } from 'electron';
import { EVENT_CHANNELS, EVENT_NAMES, INVOKE_CHANNELS, INVOKE_NAMES, subscribeMethodName } from '../../shared/ipc/channels.ts';

/**
 * The narrow bridge (STYLE.md §5): one function per contract operation and one subscription per event,
 * built from the contract's channel list. `ipcRenderer` itself never reaches the page, listeners receive
 * only the payload (never the IpcRendererEvent), and every subscription returns its unsubscribe.
 * Sandboxed preloads must be CommonJS: vite.config.ts emits dist-electron/preload.cjs.
 */
const api: Record<string, unknown> = {};

for (const name of INVOKE_NAMES) {
  const channel = INVOKE_CHANNELS[name];
  api[name] = (request?: unknown) => ipcRenderer.invoke(channel, request);
}

for (const name of EVENT_NAMES) {
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
