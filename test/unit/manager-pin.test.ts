import { describe, expect, it } from 'vitest';
import { DEFAULT_COST, checkNewPin, hashPin, verifyPin } from '../../electron/manager/pin.ts';
import type { GuardRecord } from '../../electron/manager/pin-guard.ts';
import { LOCKOUT_MS, PinGuard, SESSION_IDLE_MS, waitAfterFailures } from '../../electron/manager/pin-guard.ts';
import { OffsetClock } from '../support/offset-clock.ts';

/** Cheap cost for the tests' many hashes; the real cost is checked once below. */
const FAST = { N: 2 ** 10, r: 8, p: 1 };

describe('manager PIN hashing', () => {
  it('stores a salted scrypt hash that verifies the PIN and nothing else', async () => {
    const stored = await hashPin('582941', FAST);
    expect(stored).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(stored).not.toContain('582941');
    expect(await verifyPin('582941', stored)).toBe(true);
    expect(await verifyPin('582942', stored)).toBe(false);
    expect(await hashPin('582941', FAST), 'a new salt each time').not.toBe(stored);
  });

  it('uses a slow cost by default (N = 2^15)', async () => {
    expect(DEFAULT_COST).toEqual({ N: 32_768, r: 8, p: 1 });
    expect(await verifyPin('5829', await hashPin('5829'))).toBe(true);
  });

  it('a stored value it did not write is a wrong PIN, never a crash', async () => {
    for (const stored of ['', 'plain-5829', 'scrypt$x$8$1$AAAA$BBBB', 'scrypt$1024$8$1$AAAA$short', 'scrypt$99999999$8$1$AAAA$' + 'A'.repeat(44)]) {
      expect(await verifyPin('5829', stored), stored).toBe(false);
    }
  });

  it('refuses PINs that are not 4–8 digits, or that a thief tries first', () => {
    expect(['123', '123456789', '12a4', '', ' 5829'].map(checkNewPin)).toEqual(Array(5).fill('PIN_FORMAT'));
    expect(['0000', '1234', '4321', '98765', '777777'].map(checkNewPin)).toEqual(Array(5).fill('PIN_TOO_SIMPLE'));
    expect(['5829', '1357', '2580', '12344'].map(checkNewPin)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('wrong PINs: growing waits, then a lockout that a restart does not lift', () => {
  const store = () => {
    let record: GuardRecord = { failures: 0, waitUntil: 0 };
    return { load: async () => record, save: async (next: GuardRecord) => { record = next; }, peek: () => record };
  };

  it('two slips are free, then 5 s, 15 s, 60 s, then 15 minutes', () => {
    expect([1, 2, 3, 4, 5, 6, 9].map(waitAfterFailures)).toEqual([0, 0, 5_000, 15_000, 60_000, LOCKOUT_MS, LOCKOUT_MS]);
  });

  it('waits are enforced before the PIN is even looked at; the right PIN resets the count', async () => {
    const clock = new OffsetClock();
    const saved = store();
    const guard = new PinGuard(saved, clock);
    const stored = await hashPin('582941', FAST);
    expect(await guard.attempt('000001', stored)).toMatchObject({ ok: false, reason: 'WRONG_PIN', locked: false });
    expect(await guard.attempt('000002', stored)).toMatchObject({ ok: false, reason: 'WRONG_PIN' });
    const third = await guard.attempt('000003', stored);
    expect(third).toMatchObject({ ok: false, reason: 'WRONG_PIN' });
    expect(!third.ok && third.retryAt - clock.now(), 'about 5 s from now (hashing took a moment)').toBeGreaterThan(4_000);
    expect(!third.ok && third.retryAt - clock.now()).toBeLessThanOrEqual(5_000);
    expect(await guard.attempt('582941', stored), 'even the right PIN waits').toMatchObject({ ok: false, reason: 'WAIT' });
    clock.advance(5_000);
    expect(await guard.attempt('582941', stored)).toEqual({ ok: true });
    expect(saved.peek()).toEqual({ failures: 0, waitUntil: 0 });
  });

  it('locks for 15 minutes after six wrong PINs, and a new guard on the same store (a restart) is still locked', async () => {
    const clock = new OffsetClock();
    const saved = store();
    const stored = await hashPin('582941', FAST);
    const guard = new PinGuard(saved, clock);
    for (let attempt = 1; attempt <= 6; attempt++) {
      await guard.attempt('111111', stored);
      clock.advance(waitAfterFailures(attempt));
    }
    clock.advance(-LOCKOUT_MS + 1_000);
    const restarted = new PinGuard(saved, clock);
    expect(await restarted.attempt('582941', stored)).toMatchObject({ ok: false, reason: 'WAIT', locked: true });
    clock.advance(LOCKOUT_MS);
    expect(await restarted.attempt('582941', stored)).toEqual({ ok: true });
  });
});

describe('the manager session', () => {
  it('ends after five idle minutes; each manager action extends it; it can be ended at once', async () => {
    const clock = new OffsetClock();
    let record: GuardRecord = { failures: 0, waitUntil: 0 };
    const guard = new PinGuard({ load: async () => record, save: async (next) => { record = next; } }, clock);
    expect(guard.isManager()).toBe(false);
    await guard.attempt('582941', await hashPin('582941', FAST));
    clock.advance(SESSION_IDLE_MS - 1_000);
    expect(guard.isManager(), 'an action just before the end keeps it open').toBe(true);
    clock.advance(SESSION_IDLE_MS - 1_000);
    expect(guard.isManager()).toBe(true);
    clock.advance(SESSION_IDLE_MS);
    expect(guard.isManager(), 'five idle minutes').toBe(false);
    await guard.attempt('582941', await hashPin('582941', FAST));
    guard.endSession();
    expect(guard.isManager()).toBe(false);
  });
});
