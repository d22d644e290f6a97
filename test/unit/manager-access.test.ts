import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ManagerState } from '../../shared/ipc/contract.ts';
import { ManagerAccess } from '../../electron/manager/access.ts';
import { FileManagerStore } from '../../electron/manager/manager-store.ts';
import { LOCKOUT_MS, SESSION_IDLE_MS } from '../../electron/manager/pin-guard.ts';
import type { AuditEntry } from '../../electron/payments/journal.ts';
import { OffsetClock } from '../support/offset-clock.ts';

/**
 * The manager's access as main runs it: the real file store (manager.json in a temp folder), a clock the test
 * moves, the audit entries and the state changes the window would hear.
 */
interface Harness {
  readonly access: ManagerAccess;
  readonly clock: OffsetClock;
  readonly file: string;
  readonly audit: AuditEntry[];
  readonly changes: ManagerState[];
}

const open: ManagerAccess[] = [];
afterEach(() => {
  for (const access of open.splice(0)) access.close();
});

async function harness(file?: string, clock = new OffsetClock()): Promise<Harness> {
  const path = file ?? join(await mkdtemp(join(tmpdir(), 'kasir-manager-')), 'manager.json');
  const audit: AuditEntry[] = [];
  const changes: ManagerState[] = [];
  const access = new ManagerAccess({
    store: new FileManagerStore(path),
    clock,
    audit: async (entry) => {
      audit.push(entry);
    },
    onChange: (state) => changes.push(state),
  });
  open.push(access);
  return { access, clock, file: path, audit, changes };
}

const PIN = '5829';

describe('manager access', () => {
  it('a till without a PIN has no manager until one is set; setting it opens the session', async () => {
    const { access, audit, changes, file } = await harness();
    expect(await access.state()).toEqual({ pinSet: false, active: false, retryAt: undefined, locked: false });
    expect(access.isManager()).toBe(false);
    expect(await access.unlock(PIN)).toMatchObject({ ok: false, code: 'PIN_NOT_SET' });
    expect(await access.setPin('1234')).toMatchObject({ ok: false, code: 'PIN_TOO_SIMPLE' });
    expect(await access.setPin('58a9')).toMatchObject({ ok: false, code: 'PIN_FORMAT' });
    expect(await access.setPin(PIN)).toMatchObject({ ok: true, value: { pinSet: true, active: true } });
    expect(access.isManager()).toBe(true);
    expect(audit.map((entry) => [entry.actor, entry.action])).toEqual([['manager', 'pin.set']]);
    expect(changes.at(-1)).toMatchObject({ pinSet: true, active: true });
    const stored = await readFile(file, 'utf8');
    expect(stored).toMatch(/"pinHash":"scrypt\$/);
    expect(stored, 'only the hash is kept').not.toContain(PIN);
  });

  it('a set PIN is changed only in an open session, and the old one stops working', async () => {
    const { access, audit } = await harness();
    await access.setPin(PIN);
    await access.lock();
    expect(await access.setPin('7391')).toMatchObject({ ok: false, code: 'PIN_ALREADY_SET' });
    expect(await access.unlock(PIN)).toMatchObject({ ok: true, value: { active: true } });
    expect(await access.setPin('7391')).toMatchObject({ ok: true });
    await access.lock();
    expect(await access.unlock(PIN)).toMatchObject({ ok: false, code: 'WRONG_PIN' });
    expect(await access.unlock('7391')).toMatchObject({ ok: true });
    expect(audit.map((entry) => entry.action)).toEqual(['pin.set', 'manager.locked', 'manager.unlocked', 'pin.changed', 'manager.locked', 'manager.wrongPin', 'manager.unlocked']);
  });

  it('the session ends after five idle minutes, and the window is told; each manager action extends it', async () => {
    const { access, clock, changes, audit } = await harness();
    await access.setPin(PIN);
    clock.advance(SESSION_IDLE_MS - 60_000);
    expect(access.isManager(), 'a manager action four minutes in').toBe(true);
    clock.advance(SESSION_IDLE_MS - 60_000);
    expect((await access.state()).active, 'four minutes after that action').toBe(true);
    clock.advance(60_001);
    await expect.poll(() => changes.at(-1)?.active).toBe(false);
    expect(access.isManager()).toBe(false);
    expect(audit.at(-1)?.action).toBe('manager.timedOut');
  });

  it('wrong PINs: two slips free, then waits, then a lockout that a restart (a new store on the same file) keeps', async () => {
    const first = await harness();
    await first.access.setPin(PIN);
    await first.access.lock();
    for (const _ of [1, 2]) expect(await first.access.unlock('0001')).toMatchObject({ ok: false, code: 'WRONG_PIN' });
    expect((await first.access.state()).retryAt).toBeUndefined();
    expect(await first.access.unlock('0001')).toMatchObject({ ok: false, code: 'WRONG_PIN' });
    const waiting = await first.access.state();
    expect(waiting).toMatchObject({ active: false, locked: false });
    expect((waiting.retryAt ?? 0) - first.clock.now()).toBeGreaterThan(4_000);
    expect(await first.access.unlock(PIN), 'even the right PIN waits').toMatchObject({ ok: false, code: 'PIN_WAIT' });
    for (const wait of [5_000, 15_000, 60_000]) {
      first.clock.advance(wait);
      expect(await first.access.unlock('0001')).toMatchObject({ ok: false, code: 'WRONG_PIN' });
    }
    const locked = await first.access.state();
    expect(locked.locked).toBe(true);
    expect(first.audit.at(-1)?.action).toBe('manager.lockedOut');

    const restarted = await harness(first.file, first.clock);
    expect(await restarted.access.state()).toMatchObject({ locked: true, retryAt: locked.retryAt });
    restarted.clock.advance(LOCKOUT_MS);
    expect(await restarted.access.unlock(PIN)).toMatchObject({ ok: true, value: { active: true, retryAt: undefined, locked: false } });
  });

  it('a manager.json it did not write means no PIN (IT resets a forgotten PIN by deleting the file)', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'kasir-manager-'));
    const file = join(folder, 'manager.json');
    await writeFile(file, '{ not json');
    expect(await (await harness(file)).access.state()).toMatchObject({ pinSet: false });
    await writeFile(file, JSON.stringify({ pinHash: 'plain-5829' }));
    expect(await (await harness(file)).access.state()).toMatchObject({ pinSet: false });
  });
});
