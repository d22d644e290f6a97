/**
 * Kiosk mode for a dedicated till (settings: kioskMode): the counter fills the screen and cannot be closed, quit or
 * left by accident. Only the manager ends it, with the PIN (the quitApp operation), which lets the quit through.
 * Plain logic over the few window methods it needs, so it is tested without Electron.
 */

/** What Electron's before-input-event reports of a key (Electron's `Input`). */
export interface KeyInput {
  readonly type: string;
  readonly key: string;
  readonly alt: boolean;
  readonly control: boolean;
  readonly meta: boolean;
  readonly shift: boolean;
}

/**
 * The window options a kiosk till opens its counter with; none otherwise. Not always-on-top: with one monitor the
 * cashier turns the screen to the customer, and the customer view must be able to cover the counter.
 */
export function kioskWindowOptions(kiosk: boolean): { kiosk?: boolean; fullscreen?: boolean; minimizable?: boolean } {
  return kiosk ? { kiosk: true, fullscreen: true, minimizable: false } : {};
}

/**
 * The shortcuts that would close the window, quit, hide it or leave full screen. F11 is on the list only with a
 * modifier: on its own it may be a charge key (F1–F12 in the settings), and a kiosk window re-enters full screen
 * whenever it leaves it anyway.
 */
export function isBlockedShortcut(input: KeyInput, platform: NodeJS.Platform): boolean {
  if (input.type !== 'keyDown') return false;
  const key = input.key.toLowerCase();
  const command = platform === 'darwin' ? input.meta : input.control;
  if (key === 'f4' && (input.alt || input.control)) return true;
  if (command && ['w', 'q'].includes(key)) return true;
  if (platform === 'darwin' && input.meta && ['h', 'm'].includes(key)) return true;
  if (platform === 'darwin' && input.meta && input.control && key === 'f') return true;
  return key === 'f11' && (input.alt || input.control || input.meta || input.shift);
}

/** Whether quitting is allowed now: always without kiosk mode; in kiosk mode only once the manager said so. */
export class QuitGuard {
  #kiosk: boolean;
  #allowed = false;

  constructor(kiosk: boolean) {
    this.#kiosk = kiosk;
  }

  get kiosk(): boolean {
    return this.#kiosk;
  }

  set kiosk(on: boolean) {
    this.#kiosk = on;
  }

  /** The manager's quitApp, the updater's install, or the system ending the session. */
  allowQuit(): void {
    this.#allowed = true;
  }

  get mayClose(): boolean {
    return !this.#kiosk || this.#allowed;
  }
}

interface PreventableEvent {
  preventDefault(): void;
}

/** The window methods kiosk mode uses (Electron's BrowserWindow). */
export interface KioskWindow {
  on(event: 'close', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'leave-full-screen' | 'session-end', listener: () => void): unknown;
  setKiosk(flag: boolean): void;
  readonly webContents: { on(event: 'before-input-event', listener: (event: PreventableEvent, input: KeyInput) => void): unknown };
}

/**
 * Wires the guard to the counter window: close attempts and shortcuts are stopped while it is in kiosk mode, a
 * window that leaves full screen goes back, and the system ending the session (Windows' shutdown) is let through.
 */
export function guardWindow(window: KioskWindow, guard: QuitGuard, platform: NodeJS.Platform): void {
  window.on('close', (event) => {
    if (!guard.mayClose) event.preventDefault();
  });
  window.webContents.on('before-input-event', (event, input) => {
    if (guard.kiosk && isBlockedShortcut(input, platform)) event.preventDefault();
  });
  window.on('leave-full-screen', () => {
    if (guard.kiosk && !guard.mayClose) window.setKiosk(true);
  });
  window.on('session-end', () => guard.allowQuit());
}

/** Turns kiosk mode on or off on a window already open (the manager saved the setting). */
export function setKioskMode(window: KioskWindow, guard: QuitGuard, kiosk: boolean): void {
  if (guard.kiosk === kiosk) return;
  guard.kiosk = kiosk;
  window.setKiosk(kiosk);
}
