import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PaymentView } from '../../shared/ipc/contract.ts';
import type { UpdateStatus } from '../../shared/ipc/updates.ts';
import { SqliteJournal } from '../../electron/journal/index.ts';
import type { Updater } from '../../electron/updates/update-gate.ts';
import type { SandboxTill } from '../support/sandbox-till.ts';
import { openSandboxTill, value } from '../support/sandbox-till.ts';

/**
 * Updates and quitting gated by the till's state: the real core in sandbox mode against the simulator on loopback,
 * the real journal file. Only the updater is a stand-in (electron-updater needs the Electron runtime): it records
 * what it was asked, and when told to install it looks at the journal file to see whether Kasir really closed it.
 */
const PIN = '5829';
const FEED = 'https://updates.example/kasir/';

interface StandIn extends Updater {
  readonly checks: string[];
  /** Each install: could another connection open the journal (it is closed), and what did it hold? */
  readonly installs: Array<{ journalClosed: boolean; states: string[] }>;
  next: string | undefined;
  failWith: Error | undefined;
}

function standInUpdater(journalFile: () => string): StandIn {
  let downloaded: string | undefined;
  const installs: StandIn['installs'] = [];
  const standIn: StandIn = {
    currentVersion: '0.1.0', checks: [], installs, next: '0.2.0', failWith: undefined,
    async check(feedUrl) {
      standIn.checks.push(feedUrl);
      if (standIn.failWith) throw standIn.failWith;
      downloaded = standIn.next;
      return downloaded;
    },
    downloaded: () => downloaded,
    install() {
      // Synchronous like quitAndInstall, so the check happens at the very moment the installer would take over.
      installs.push({ journalClosed: false, states: [] });
      void inspect(installs.length - 1);
    },
  };
  const inspect = async (index: number): Promise<void> => {
    try {
      const journal = await SqliteJournal.open(journalFile(), { busyTimeoutMs: 50 });
      const states = (await journal.history({ limit: 50 })).map((payment) => payment.state);
      await journal.close();
      installs[index] = { journalClosed: true, states };
    } catch {
      installs[index] = { journalClosed: false, states: [] };
    }
  };
  return standIn;
}

let till: SandboxTill | undefined;
let updater: StandIn;
let quits = 0;

async function open(settings: Record<string, unknown> = { updateFeedUrl: FEED }): Promise<SandboxTill> {
  let dir = '';
  updater = standInUpdater(() => join(dir, 'journal.sqlite'));
  quits = 0;
  till = await openSandboxTill({
    settings,
    // Background checks of let-go payments far apart, so only the checks a test starts are in flight.
    core: { updates: updater, quit: () => { quits += 1; }, timing: { counterCheckMs: 50, watchedCheckMinMs: 600_000, watchedCheckMaxMs: 600_000 } },
  });
  dir = till.dir;
  await value(till.core.invoke('setManagerPin', { pin: PIN }));
  return till;
}

afterEach(async () => {
  await till?.close();
  till = undefined;
});

const invoke = (name: string, payload?: unknown) => till!.core.invoke(name, payload);
async function waitFor(done: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let waited = 0; !(await done()); waited += 20) {
    if (waited > 10_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
async function paidPayment(): Promise<PaymentView> {
  const started = await value<PaymentView>(invoke('startPayment', { amount: 25_000, method: 'QRIS' }));
  till!.sim.settle(started.tradeNo, 'paid');
  await waitFor(async () => (await value<PaymentView>(invoke('getPayment', { tradeNo: started.tradeNo }))).state === 'paid', 'the payment to be paid');
  return started;
}

describe('updates: only when the manager asks, at the feed in the settings', () => {
  it('are off without a feed address: nothing is asked, nothing can be installed', async () => {
    await open({});
    expect(await value<UpdateStatus>(invoke('checkForUpdate'))).toMatchObject({ state: 'off', currentVersion: '0.1.0' });
    // A development build has no updater: a feed in its settings gets "unavailable", with the version it runs.
    const plain = await openSandboxTill({ settings: { updateFeedUrl: FEED }, core: { appVersion: '0.1.7' } });
    try {
      await value(plain.core.invoke('setManagerPin', { pin: PIN }));
      expect(await value<UpdateStatus>(plain.core.invoke('checkForUpdate', undefined))).toMatchObject({ state: 'unavailable', currentVersion: '0.1.7' });
      expect(await value<UpdateStatus>(plain.core.invoke('installUpdate', undefined))).toMatchObject({ state: 'unavailable' });
    } finally {
      await plain.close();
    }
    expect(await value<UpdateStatus>(invoke('installUpdate'))).toMatchObject({ state: 'off' });
    expect(updater.checks).toEqual([]);
    expect(updater.installs).toEqual([]);
  });

  it('are the manager\'s: a cashier without the PIN can neither check nor install nor quit', async () => {
    await open();
    await value(invoke('lockManager'));
    for (const name of ['getUpdateStatus', 'checkForUpdate', 'installUpdate', 'quitApp']) expect(await invoke(name), name).toMatchObject({ ok: false, code: 'MANAGER_ONLY' });
    expect(updater.checks).toEqual([]);
  });

  it('says where the till stands without asking the feed: not checked, then ready once a check downloaded a version', async () => {
    await open();
    expect(await value<UpdateStatus>(invoke('getUpdateStatus'))).toEqual({ state: 'notChecked', currentVersion: '0.1.0', version: undefined, detail: undefined });
    expect(updater.checks, 'the status asks no feed').toEqual([]);
    updater.next = '0.2.0';
    await value(invoke('checkForUpdate'));
    expect(await value<UpdateStatus>(invoke('getUpdateStatus'))).toMatchObject({ state: 'ready', version: '0.2.0' });
    expect(updater.checks).toEqual([FEED]);
  });

  it('checks the configured feed and reports the downloaded version, or that there is nothing newer, or why the check failed', async () => {
    await open();
    updater.next = undefined;
    expect(await value<UpdateStatus>(invoke('checkForUpdate'))).toMatchObject({ state: 'upToDate', version: undefined });
    updater.failWith = new Error('net::ERR_NAME_NOT_RESOLVED');
    expect(await value<UpdateStatus>(invoke('checkForUpdate'))).toMatchObject({ state: 'failed', detail: 'net::ERR_NAME_NOT_RESOLVED' });
    updater.failWith = undefined;
    updater.next = '0.2.0';
    expect(await value<UpdateStatus>(invoke('checkForUpdate'))).toEqual({ state: 'ready', currentVersion: '0.1.0', version: '0.2.0', detail: undefined });
    expect(updater.checks).toEqual([FEED, FEED, FEED]);
    expect(updater.installs, 'a check never installs').toEqual([]);
  });
});

describe('updates: never under a payment, and the journal closed first', () => {
  it('is refused while a payment holds the counter; the till keeps charging', async () => {
    await open();
    await value(invoke('checkForUpdate'));
    const open1 = await value<PaymentView>(invoke('startPayment', { amount: 25_000, method: 'QRIS' }));
    expect(open1.holdsCounter).toBe(true);
    expect(await invoke('installUpdate')).toMatchObject({ ok: false, code: 'PAYMENT_IN_PROGRESS' });
    expect(await invoke('quitApp')).toMatchObject({ ok: false, code: 'PAYMENT_IN_PROGRESS' });
    expect(updater.installs).toEqual([]);
    expect(quits).toBe(0);
    till!.sim.settle(open1.tradeNo, 'paid');
    await waitFor(async () => (await value<PaymentView>(invoke('getPayment', { tradeNo: open1.tradeNo }))).state === 'paid', 'the payment to be paid');
  });

  it('is refused while a status check is out at Paypro, even for a payment no longer on the counter', async () => {
    await open();
    await value(invoke('checkForUpdate'));
    const started = await value<PaymentView>(invoke('startPayment', { amount: 25_000, method: 'QRIS' }));
    const cancelled = await value<PaymentView>(invoke('cancelPayment', { tradeNo: started.tradeNo }));
    expect(cancelled).toMatchObject({ state: 'cancelled', holdsCounter: false });
    const asked = () => till!.sim.requests().filter((entry) => entry.endpoint === 'queryPayInResult').length;
    const before = asked();
    till!.sim.setFaults({ latencyMs: 1_500, endpoints: ['queryPayInResult'] });
    const checking = invoke('checkPaymentNow', { tradeNo: started.tradeNo });
    await waitFor(() => asked() > before, 'the status check to reach the simulator');
    expect(await invoke('installUpdate')).toMatchObject({ ok: false, code: 'PAYMENT_IN_PROGRESS' });
    expect(updater.installs).toEqual([]);
    await checking;
    till!.sim.setFaults(undefined);
    expect(await value<UpdateStatus>(invoke('installUpdate'))).toMatchObject({ state: 'installing', version: '0.2.0' });
    await waitFor(() => updater.installs[0]?.journalClosed === true, 'the install to find the journal closed');
  });

  it('closes the journal, with every payment written, before the installer takes over; audited as the manager\'s', async () => {
    await open();
    await value(invoke('checkForUpdate'));
    await paidPayment();
    const audit = await value<Array<{ action: string; detail: Record<string, unknown> }>>(invoke('listAuditLog', {}));
    expect(audit.map((entry) => entry.action)).not.toContain('update.installed');
    expect(await value<UpdateStatus>(invoke('installUpdate'))).toMatchObject({ state: 'installing', version: '0.2.0' });
    expect(updater.installs).toHaveLength(1);
    await waitFor(() => updater.installs[0]?.journalClosed === true, 'the install to find the journal closed');
    expect(updater.installs[0]?.states).toEqual(['paid']);
    // The core is closed: it charges nothing more, and closing it again (Electron's will-quit) is harmless.
    expect(await invoke('startPayment', { amount: 25_000, method: 'QRIS' })).toMatchObject({ ok: false });
    await till!.core.close();
    const journal = await SqliteJournal.open(join(till!.dir, 'journal.sqlite'));
    const written = await journal.auditLog({ limit: 5 });
    await journal.close();
    expect(written[0]).toMatchObject({ action: 'update.installed', actor: 'manager', detail: { from: '0.1.0', to: '0.2.0' } });
  });

  it('installs nothing when nothing was downloaded', async () => {
    await open();
    expect(await value<UpdateStatus>(invoke('installUpdate'))).toMatchObject({ state: 'notChecked' });
    expect(updater.installs).toEqual([]);
  });
});

describe('quitApp: the manager ends a (kiosk) till cleanly', () => {
  it('closes the journal, then quits, once no payment holds the counter', async () => {
    await open();
    await paidPayment();
    expect(await value(invoke('quitApp'))).toEqual({ quitting: true });
    expect(quits).toBe(1);
    const journal = await SqliteJournal.open(join(till!.dir, 'journal.sqlite'), { busyTimeoutMs: 50 });
    expect((await journal.auditLog({ limit: 1 }))[0]).toMatchObject({ action: 'app.quit', actor: 'manager' });
    await journal.close();
  });
});
