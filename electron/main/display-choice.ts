import type { Rectangle } from 'electron';
import type { CustomerDisplayLayout } from '../../shared/ipc/contract.ts';

/**
 * Where the customer-facing window goes, decided from the monitors alone. Pure on purpose (Electron's types only,
 * never its runtime): electron/main/customer-window.ts asks these functions after every change and applies the
 * answer, and the unit tests can walk through every plugging and unplugging without a screen.
 *
 * The rules:
 * - A monitor besides the cashier's: the customer window is full-screen there. It stays on the monitor it is on
 *   while that one is attached and not the cashier's, so a change elsewhere never makes it jump; otherwise it
 *   takes a monitor that is not the primary one (the cashier's screen is usually the primary), else the first.
 * - The cashier's screen only: the customer window is hidden until the cashier turns the screen towards the
 *   customer (the toggle); then it covers the cashier's screen, until the toggle or Esc takes it away.
 * - A monitor unplugged while the customer window is on it: it moves to another spare monitor, or is hidden
 *   when none is left; it never jumps over the cashier's screen in the middle of a sale on its own.
 * - A monitor plugged in while the customer view covers the cashier's screen: it moves there and gives the
 *   cashier's screen back.
 */
export interface Monitor {
  readonly id: number;
  readonly bounds: Rectangle;
}

export interface Monitors {
  readonly all: readonly Monitor[];
  readonly primaryId: number;
  /** The monitor showing the cashier's window (Electron's getDisplayMatching of its bounds). */
  readonly cashierId: number;
}

/** What the customer window is doing now. */
export interface CustomerViewState {
  /** The monitor it is shown on, full-screen; undefined while it is hidden. */
  readonly monitorId: number | undefined;
  /** It covers the cashier's own screen because the cashier asked for it (one monitor). */
  readonly coversCashier: boolean;
}

export type Placement =
  | { readonly kind: 'hidden' }
  | { readonly kind: 'fullScreen'; readonly monitor: Monitor; readonly coversCashier: boolean };

export const HIDDEN: CustomerViewState = { monitorId: undefined, coversCashier: false };

/** The cashier's monitor; one Electron no longer lists (just unplugged) counts as the primary. */
function cashierMonitorId(monitors: Monitors): number {
  return monitors.all.some((monitor) => monitor.id === monitors.cashierId) ? monitors.cashierId : monitors.primaryId;
}

function spareMonitors(monitors: Monitors): Monitor[] {
  const cashier = cashierMonitorId(monitors);
  return monitors.all.filter((monitor) => monitor.id !== cashier);
}

export function layoutOf(monitors: Monitors): CustomerDisplayLayout {
  return spareMonitors(monitors).length > 0 ? 'second-screen' : 'toggle';
}

/** Where the customer window belongs, given the monitors now and what it was doing until now. */
export function placeCustomerView(monitors: Monitors, state: CustomerViewState): Placement {
  const spare = spareMonitors(monitors);
  const chosen = spare.find((monitor) => monitor.id === state.monitorId) ?? spare.find((monitor) => monitor.id !== monitors.primaryId) ?? spare[0];
  if (chosen) return { kind: 'fullScreen', monitor: chosen, coversCashier: false };
  const cashier = monitors.all.find((monitor) => monitor.id === cashierMonitorId(monitors));
  if (state.coversCashier && cashier) return { kind: 'fullScreen', monitor: cashier, coversCashier: true };
  return { kind: 'hidden' };
}

/** The state a placement leaves behind, to decide the next change from. */
export function stateAfter(placement: Placement): CustomerViewState {
  return placement.kind === 'hidden' ? HIDDEN : { monitorId: placement.monitor.id, coversCashier: placement.coversCashier };
}

/**
 * The cashier's toggle. With one monitor it turns the screen towards the customer or back; with a second
 * monitor the customer view is already there, and the toggle changes nothing.
 */
export function toggledState(monitors: Monitors, state: CustomerViewState): CustomerViewState {
  if (layoutOf(monitors) === 'second-screen') return state;
  return { monitorId: state.monitorId, coversCashier: !state.coversCashier };
}

/** The key the cashier presses on the covering customer view (it has no controls): back to the cashier's screen. */
export function takenAway(state: CustomerViewState): CustomerViewState {
  return state.coversCashier ? HIDDEN : state;
}
