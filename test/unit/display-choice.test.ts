import { describe, expect, it } from 'vitest';
import type { CustomerViewState, Monitor, Monitors } from '../../electron/main/display-choice.ts';
import { HIDDEN, layoutOf, placeCustomerView, stateAfter, takenAway, toggledState } from '../../electron/main/display-choice.ts';

/** Where the customer window goes as monitors come and go (electron/main/display-choice.ts, no Electron needed). */
const laptop: Monitor = { id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 } };
const pole: Monitor = { id: 2, bounds: { x: 1366, y: 0, width: 1024, height: 600 } };
const tv: Monitor = { id: 3, bounds: { x: -1920, y: 0, width: 1920, height: 1080 } };

const monitors = (all: Monitor[], cashierId = laptop.id, primaryId = laptop.id): Monitors => ({ all, primaryId, cashierId });

/** Applies what main would do after a change: place, then remember what the placement left. */
function follow(current: Monitors, state: CustomerViewState): CustomerViewState {
  return stateAfter(placeCustomerView(current, state));
}

describe('display choice: one monitor', () => {
  const one = monitors([laptop]);

  it('offers the toggle and keeps the customer window hidden until the cashier uses it', () => {
    expect(layoutOf(one)).toBe('toggle');
    expect(placeCustomerView(one, HIDDEN)).toEqual({ kind: 'hidden' });
  });

  it('the toggle covers the cashier’s screen full-screen; the toggle again, or Esc, gives it back', () => {
    const shown = follow(one, toggledState(one, HIDDEN));
    expect(placeCustomerView(one, shown)).toEqual({ kind: 'fullScreen', monitor: laptop, coversCashier: true });
    expect(shown).toEqual({ monitorId: laptop.id, coversCashier: true });
    expect(follow(one, toggledState(one, shown))).toEqual(HIDDEN);
    expect(follow(one, takenAway(shown))).toEqual(HIDDEN);
  });
});

describe('display choice: two monitors', () => {
  const two = monitors([laptop, pole]);

  it('puts the customer window full-screen on the monitor that is not the cashier’s, without the toggle', () => {
    expect(layoutOf(two)).toBe('second-screen');
    expect(placeCustomerView(two, HIDDEN)).toEqual({ kind: 'fullScreen', monitor: pole, coversCashier: false });
  });

  it('the toggle changes nothing there, and Esc does not take the customer’s screen away', () => {
    const onPole = follow(two, HIDDEN);
    expect(toggledState(two, onPole)).toEqual(onPole);
    expect(takenAway(onPole)).toEqual(onPole);
  });

  it('the cashier working on the external monitor: the customer gets the other one, the primary', () => {
    const cashierOnPole = monitors([laptop, pole], pole.id);
    expect(placeCustomerView(cashierOnPole, HIDDEN)).toEqual({ kind: 'fullScreen', monitor: laptop, coversCashier: false });
  });

  it('the cashier’s window dragged onto the customer’s monitor: the customer window moves out of its way', () => {
    const onPole = follow(two, HIDDEN);
    expect(placeCustomerView(monitors([laptop, pole], pole.id), onPole)).toMatchObject({ kind: 'fullScreen', monitor: laptop });
  });
});

describe('display choice: three monitors', () => {
  it('prefers a monitor that is not the primary, and stays where it is while that one stays', () => {
    const three = monitors([laptop, tv, pole]);
    const first = placeCustomerView(three, HIDDEN);
    expect(first).toEqual({ kind: 'fullScreen', monitor: tv, coversCashier: false });
    // The customer window already on the pole display stays there: a change elsewhere never makes it jump.
    expect(placeCustomerView(three, { monitorId: pole.id, coversCashier: false })).toMatchObject({ monitor: pole });
  });

  it('the cashier on a secondary monitor: the customer takes another secondary one before the primary', () => {
    expect(placeCustomerView(monitors([laptop, tv, pole], tv.id), HIDDEN)).toMatchObject({ monitor: pole });
  });

  it('its monitor unplugged: it moves to the one left over, never onto the cashier’s', () => {
    const onPole: CustomerViewState = { monitorId: pole.id, coversCashier: false };
    expect(placeCustomerView(monitors([laptop, tv]), onPole)).toEqual({ kind: 'fullScreen', monitor: tv, coversCashier: false });
  });
});

describe('display choice: plugging and unplugging during a sale', () => {
  it('the customer’s monitor unplugged while a payment is on it: hidden, not thrown over the cashier’s screen', () => {
    const onPole = follow(monitors([laptop, pole]), HIDDEN);
    const afterUnplug = monitors([laptop]);
    expect(placeCustomerView(afterUnplug, onPole)).toEqual({ kind: 'hidden' });
    expect(layoutOf(afterUnplug)).toBe('toggle');
    expect(follow(afterUnplug, onPole)).toEqual(HIDDEN);
  });

  it('plugged back: full-screen on it again', () => {
    const hidden = follow(monitors([laptop]), follow(monitors([laptop, pole]), HIDDEN));
    expect(placeCustomerView(monitors([laptop, pole]), hidden)).toEqual({ kind: 'fullScreen', monitor: pole, coversCashier: false });
  });

  it('a monitor plugged in while the customer view covers the cashier: it moves there and the cashier gets the screen back', () => {
    const one = monitors([laptop]);
    const covering = follow(one, toggledState(one, HIDDEN));
    const moved = follow(monitors([laptop, pole]), covering);
    expect(moved).toEqual({ monitorId: pole.id, coversCashier: false });
    // Unplugged again later, it does not come back over the cashier's screen on its own.
    expect(follow(one, moved)).toEqual(HIDDEN);
  });

  it('the cashier’s monitor unplugged (Electron does not list it yet): counted as the primary, never covered', () => {
    expect(placeCustomerView(monitors([laptop, pole], tv.id), HIDDEN)).toEqual({ kind: 'fullScreen', monitor: pole, coversCashier: false });
    // The cashier worked on the pole display, now gone; the laptop left over is about to hold the cashier's window.
    expect(placeCustomerView(monitors([laptop], pole.id), HIDDEN)).toEqual({ kind: 'hidden' });
    expect(layoutOf(monitors([laptop], pole.id))).toBe('toggle');
  });
});
