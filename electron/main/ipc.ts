import { BrowserWindow, ipcMain } from 'electron';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { err } from '../../shared/result.ts';
import type { EventName } from '../../shared/ipc/channels.ts';
import { EVENT_CHANNELS, INVOKE_CHANNELS, INVOKE_NAMES } from '../../shared/ipc/channels.ts';
import type { WindowRole } from '../../shared/ipc/roles.ts';
import { EVENT_ROLES } from '../../shared/ipc/roles.ts';
import type { KasirCore } from '../app/core.ts';
import { CounterFeed } from './counter-feed.ts';
import { isTrustedSender } from './security.ts';

/**
 * Every window's role, by its webContents, given by main when it creates the window and before the window loads
 * anything (STYLE.md §14). The role comes from here and nowhere else: never from the page, the URL or the payload.
 * A webContents that main did not register has no role, and gets no answers and no events.
 */
export class WindowRoles {
  readonly #roles = new Map<number, { readonly contents: WebContents; readonly role: WindowRole }>();

  assign(contents: WebContents, role: WindowRole): void {
    this.#roles.set(contents.id, { contents, role });
    contents.once('destroyed', () => this.#roles.delete(contents.id));
  }

  roleOf(contents: WebContents): WindowRole | undefined {
    const entry = this.#roles.get(contents.id);
    return entry?.contents === contents ? entry.role : undefined;
  }

  windows(): ReadonlyArray<{ readonly contents: WebContents; readonly role: WindowRole }> {
    return [...this.#roles.values()];
  }
}

function senderFacts(event: IpcMainInvokeEvent): Parameters<typeof isTrustedSender>[0] {
  const frame = event.senderFrame;
  const owner = BrowserWindow.fromWebContents(event.sender);
  return {
    frameUrl: frame?.url,
    isMainFrame: frame !== null && frame === event.sender.mainFrame,
    isOwnWindow: owner !== null && !owner.isDestroyed(),
  };
}

/** Whether a window of `role` receives this event; `forCustomers` is the counter feed's word on a payment update. */
function receives(role: WindowRole, name: EventName, forCustomers: boolean): boolean {
  return EVENT_ROLES[name].includes(role) && (role !== 'customer' || forCustomers);
}

/**
 * Registers every contract operation through one wrapper that checks the sender and looks up its window's role;
 * the core then checks the role before the payload. Events go only to the windows whose role may receive them.
 */
export function registerIpc(core: KasirCore, devOrigin: string | undefined, roles: WindowRoles): () => void {
  for (const name of INVOKE_NAMES) {
    ipcMain.handle(INVOKE_CHANNELS[name], (event, payload: unknown) => {
      const role = roles.roleOf(event.sender);
      if (role === undefined || !isTrustedSender(senderFacts(event), devOrigin)) return err('FORBIDDEN_SENDER', 'Request refused: unknown sender.');
      return core.invoke(name, payload, role);
    });
  }
  const feed = new CounterFeed();
  void core.invoke('getCounterPayment', undefined, 'cashier').then((counter) => feed.start(counter.ok ? counter.value : null));
  const unsubscribe = core.onEvent((name, payload) => {
    const forCustomers = name !== 'paymentUpdated' || feed.admit(payload);
    for (const { contents, role } of roles.windows()) {
      if (!contents.isDestroyed() && receives(role, name, forCustomers)) contents.send(EVENT_CHANNELS[name], payload);
    }
  });
  return () => {
    unsubscribe();
    for (const name of INVOKE_NAMES) ipcMain.removeHandler(INVOKE_CHANNELS[name]);
  };
}
