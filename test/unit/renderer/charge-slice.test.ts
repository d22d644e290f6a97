import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_KEYPAD_DIGITS } from '../../../shared/money.ts';
import { kasirStore, resetStore } from '../../../renderer/store/index.ts';
import { demoInfo, view } from './fixtures.ts';

const state = () => kasirStore.getState();

beforeEach(() => {
  resetStore();
  state().appInfoLoaded(demoInfo);
});

describe('charge slice: a quick or pasted amount', () => {
  it('replaces the typed amount; setting it twice does not add up', () => {
    state().pressKey('7');
    state().setAmount(50_000);
    expect(state().amount).toBe(50_000);
    state().setAmount(50_000);
    expect(state().amount).toBe(50_000);
    state().setAmount(20_000);
    expect(state().amount).toBe(20_000);
  });

  it('ignores an amount the keypad could not hold', () => {
    state().setAmount(25_000);
    for (const amount of [10 ** MAX_KEYPAD_DIGITS, -5, 1.5, Number.NaN]) {
      state().setAmount(amount);
      expect(state().amount, String(amount)).toBe(25_000);
    }
    state().setAmount(10 ** MAX_KEYPAD_DIGITS - 1);
    expect(state().amount).toBe(10 ** MAX_KEYPAD_DIGITS - 1);
  });

  it('leaves the amount of an open payment alone', () => {
    state().setAmount(25_000);
    state().chargeRequested('QRIS');
    state().setAmount(99_000);
    state().adoptStartedPayment(view());
    state().setAmount(99_000);
    expect(state().amount).toBe(25_000);
  });

  it('a refused paste is said until the next edit, and clears nothing else', () => {
    state().setAmount(25_000);
    state().chargeFailed('GATEWAY_UNREACHABLE');
    state().refusePaste();
    expect(state()).toMatchObject({ amount: 25_000, pasteRefused: true, chargeError: 'GATEWAY_UNREACHABLE' });
    state().pressKey('backspace');
    expect(state()).toMatchObject({ amount: 2_500, pasteRefused: false, chargeError: undefined });
    state().refusePaste();
    state().setAmount(30_000);
    expect(state().pasteRefused).toBe(false);
    state().refusePaste();
    state().chargeRequested('QRIS');
    expect(state().pasteRefused).toBe(false);
  });
});
