import { BrowserWindow, app, screen } from 'electron';
import type { Event, Input, Rectangle } from 'electron';
import type { CustomerDisplayLayout } from '../../shared/ipc/contract.ts';
import type { CustomerDisplayControl } from '../app/devices.ts';
import type { CustomerViewState, Monitors, Placement } from './display-choice.ts';
import { HIDDEN, layoutOf, placeCustomerView, stateAfter, takenAway, toggledState } from './display-choice.ts';
import { APP_CUSTOMER_URL, CUSTOMER_PAGE } from './paths.ts';
import { windowOptions } from './security.ts';
import type { WindowSetup } from './window.ts';
import { pageUrl, reloadAfterCrash } from './window.ts';

/**
 * The customer-facing window, Electron's side only: it opens the window, asks ./display-choice.ts where it belongs
 * whenever monitors are plugged, unplugged or rearranged (or the cashier's window moves), and puts it there. It is
 * the core's CustomerDisplayControl, for the cashier's one-monitor toggle.
 *
 * The window has the counter window's hardening (windowOptions; hardenWebContents runs for every webContents),
 * plus: no frame, no menu, no taskbar entry, and the customer role, so its preload and main both limit it to
 * reading what it shows. Shown on a second monitor it never takes the keyboard from the cashier; covering the
 * cashier's own screen it does, and Esc (or closing it) gives the screen back, since the window has no controls.
 */
const sameRect = (a: Rectangle, b: Rectangle): boolean => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

export class CustomerDisplay implements CustomerDisplayControl {
  readonly #preload: string;
  readonly #setup: WindowSetup;
  readonly #listeners = new Set<() => void>();
  #counter: BrowserWindow | undefined;
  #window: BrowserWindow | undefined;
  #state: CustomerViewState = HIDDEN;
  #layout: CustomerDisplayLayout = 'none';
  /** Set when the app quits or the cashier's window is gone: only then may the customer window close. */
  #closing = false;

  constructor(preload: string, setup: WindowSetup) {
    this.#preload = preload;
    this.#setup = setup;
  }

  /** After app `ready`, once the cashier's window exists: opens the customer window and follows the monitors. */
  async start(counter: BrowserWindow): Promise<void> {
    this.#counter = counter;
    app.on('before-quit', () => {
      this.#closing = true;
    });
    // Without this the hidden customer window would keep the app running after the cashier closed the till.
    counter.on('closed', () => {
      this.#counter = undefined;
      this.#closing = true;
      this.#window?.destroy();
    });
    counter.on('moved', () => this.#follow());
    screen.on('display-added', () => this.#follow());
    screen.on('display-removed', () => this.#follow());
    screen.on('display-metrics-changed', () => this.#follow());
    await this.#open();
    this.#follow();
  }

  layout(): CustomerDisplayLayout {
    return this.#layout;
  }

  onLayoutChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async toggle(): Promise<boolean> {
    if (!this.#counter || !this.#window) return false;
    this.#follow(toggledState(this.#monitors(), this.#state));
    return this.#state.monitorId !== undefined;
  }

  async #open(): Promise<void> {
    const window = new BrowserWindow({
      ...windowOptions(this.#preload, this.#setup.isDevelopment),
      // A customer display may be a small pole screen, far below the cashier's minimum size.
      minWidth: 320,
      minHeight: 240,
      frame: false,
      skipTaskbar: true,
      fullscreenable: true,
    });
    this.#setup.roles.assign(window.webContents, 'customer');
    window.removeMenu();
    reloadAfterCrash(window);
    window.webContents.on('before-input-event', (event, input) => this.#key(event, input));
    window.on('close', (event) => {
      if (this.#closing) return;
      event.preventDefault();
      this.#takeAway();
    });
    window.on('closed', () => {
      if (this.#window === window) this.#window = undefined;
    });
    this.#window = window;
    await window.loadURL(pageUrl(APP_CUSTOMER_URL, CUSTOMER_PAGE, this.#setup.devOrigin));
  }

  #monitors(): Monitors {
    const primaryId = screen.getPrimaryDisplay().id;
    const counter = this.#counter;
    return {
      all: screen.getAllDisplays().map(({ id, bounds }) => ({ id, bounds })),
      primaryId,
      cashierId: counter && !counter.isDestroyed() ? screen.getDisplayMatching(counter.getBounds()).id : primaryId,
    };
  }

  /**
   * Puts the window where the monitors now say, given what it is asked to do (`wanted`: the toggle, Esc) or was
   * doing, and tells the core when the layout changed.
   */
  #follow(wanted: CustomerViewState = this.#state): void {
    if (!this.#counter) return;
    const monitors = this.#monitors();
    const placement = placeCustomerView(monitors, wanted);
    const wasCovering = this.#state.coversCashier;
    this.#apply(placement);
    this.#state = stateAfter(placement);
    // The cashier's screen is back: so is the keyboard, wherever the customer window went.
    if (wasCovering && !this.#state.coversCashier) this.#counter.focus();
    const layout = layoutOf(monitors);
    if (layout === this.#layout) return;
    this.#layout = layout;
    for (const listener of this.#listeners) listener();
  }

  #apply(placement: Placement): void {
    const window = this.#window;
    if (!window || window.isDestroyed()) return;
    if (placement.kind === 'hidden') {
      if (window.isFullScreen()) window.setFullScreen(false);
      window.hide();
      return;
    }
    const { bounds } = placement.monitor;
    if (!sameRect(window.getBounds(), bounds)) {
      // A full-screen window leaves full screen to move, then fills its new monitor.
      if (window.isFullScreen()) window.setFullScreen(false);
      window.setBounds(bounds);
    }
    if (!window.isFullScreen()) window.setFullScreen(true);
    if (placement.coversCashier) {
      window.show();
      window.focus();
    } else if (!window.isVisible()) {
      window.showInactive();
    }
  }

  #key(event: Event, input: Input): void {
    if (input.type !== 'keyDown' || input.key !== 'Escape' || !this.#state.coversCashier) return;
    event.preventDefault();
    this.#takeAway();
  }

  #takeAway(): void {
    if (!this.#state.coversCashier) return;
    this.#follow(takenAway(this.#state));
  }
}
