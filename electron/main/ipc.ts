import { BrowserWindow, ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { err } from '../../shared/result.ts';
import { EVENT_CHANNELS, INVOKE_CHANNELS, INVOKE_NAMES } from '../../shared/ipc/channels.ts';
import type { KasirCore } from '../app/core.ts';
import { isTrustedSender } from './security.ts';

function senderFacts(event: IpcMainInvokeEvent): Parameters<typeof isTrustedSender>[0] {
  const frame = event.senderFrame;
  const owner = BrowserWindow.fromWebContents(event.sender);
  return {
    frameUrl: frame?.url,
    isMainFrame: frame !== null && frame === event.sender.mainFrame,
    isOwnWindow: owner !== null && !owner.isDestroyed(),
  };
}

/** Registers every contract operation through one wrapper that checks the sender, then the payload (in core). */
export function registerIpc(core: KasirCore, devOrigin: string | undefined): () => void {
  for (const name of INVOKE_NAMES) {
    ipcMain.handle(INVOKE_CHANNELS[name], (event, payload: unknown) => {
      if (!isTrustedSender(senderFacts(event), devOrigin)) return err('FORBIDDEN_SENDER', 'Request refused: unknown sender.');
      return core.invoke(name, payload);
    });
  }
  const unsubscribe = core.onEvent((name, payload) => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (!window.isDestroyed()) window.webContents.send(EVENT_CHANNELS[name], payload);
    }
  });
  return () => {
    unsubscribe();
    for (const name of INVOKE_NAMES) ipcMain.removeHandler(INVOKE_CHANNELS[name]);
  };
}
