import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The customer display in the BUILT main process, with a fake `electron` module whose monitors the scenario
 * plugs and unplugs (support/run-customer.mjs): two windows with two roles, what the customer's role may call
 * through main's real IPC wrapper, which payment updates reach it, and where its window goes.
 */
const root = join(import.meta.dirname, '../..');
const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } };
const pole = { id: 2, bounds: { x: 1920, y: 0, width: 1024, height: 768 } };

interface WindowSnapshot {
  url: string;
  bounds: { x: number; y: number; width: number; height: number };
  fullScreen: boolean;
  visible: boolean;
  focused: boolean;
  menuRemoved: boolean;
  destroyed: boolean;
  options: { frame?: boolean; webPreferences: Record<string, unknown> };
}
interface Answer { ok: boolean; code?: string; value?: unknown }
interface Update { tradeNo: string; state: string; onCounter: boolean; lateAfter: string | null }
interface Report {
  start: { counter: WindowSnapshot; customer: WindowSnapshot; layout: string };
  calls: { customer: Record<string, Answer>; stranger: Answer };
  payments: { first: string; second: string; counter: Update[]; customer: Update[] };
  unplugged: { customer: WindowSnapshot; layout: string; infoEvents: string[]; customerInfoEvents: string[] };
  toggledOn: { answer: Answer; customer: WindowSnapshot; counterFocused: boolean };
  otherKeyPrevented: boolean;
  escPrevented: boolean;
  afterEsc: { customer: WindowSnapshot; counterFocused: boolean };
  afterClose: { customer: WindowSnapshot; counterFocused: boolean };
  toggledTwice: Answer[];
  pluggedBack: { customer: WindowSnapshot; counterFocused: boolean; layout: string; escPrevented: boolean; visibleAfterEsc: boolean };
  toggleOnSecondScreen: Answer;
  afterCounterClosed: { customerDestroyed: boolean };
}

async function runScenario(displays: unknown[], env: Record<string, string> = {}): Promise<Report> {
  const userData = await mkdtemp(join(tmpdir(), 'kasir-customer-'));
  const { VITE_DEV_SERVER_URL: _ignored, ...inherited } = process.env;
  const { stdout } = await promisify(execFile)(process.execPath, [join(import.meta.dirname, 'support/run-customer.mjs')], {
    env: { ...inherited, FAKE_APP_PATH: root, FAKE_USER_DATA: userData, FAKE_PACKAGED: '1', FAKE_DISPLAYS: JSON.stringify(displays), ...env },
    timeout: 30_000,
  });
  return JSON.parse(stdout) as Report;
}

let report: Report;

beforeAll(async () => {
  if (!existsSync(join(root, 'dist-electron/main.js'))) throw new Error('dist-electron/main.js is missing: run `npm run build` first (npm test does).');
  report = await runScenario([laptop, pole]);
}, 40_000);

describe('customer display: two windows, two roles', () => {
  it('opens the customer page with its own preload, locked down like the counter, with no menu and no devtools', () => {
    const { counter, customer } = report.start;
    expect(counter.url).toBe('app://kasir/index.html');
    expect(counter.options.webPreferences['preload']).toBe(join(root, 'dist-electron/preload.cjs'));
    expect(customer.url).toBe('app://kasir/customer.html');
    expect(customer.options.webPreferences).toMatchObject({
      preload: join(root, 'dist-electron/customer-preload.cjs'), sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, devTools: false,
    });
    expect(customer.options.frame).toBe(false);
    expect(customer.menuRemoved).toBe(true);
  });

  it('refuses the customer window every payment operation through the real wrapper, and answers what it shows', () => {
    const { customer } = report.calls;
    for (const name of ['startPayment', 'cancelPayment', 'getPayment', 'toggleCustomerView', 'startWhilePaying', 'cancelWhilePaying', 'getWhilePaying']) {
      expect(customer[name], name).toMatchObject({ ok: false, code: 'FORBIDDEN_ROLE' });
    }
    expect(customer['getAppInfo']).toMatchObject({ ok: true, value: { storeName: 'Kasir', customerDisplay: 'second-screen' } });
    expect(customer['getCounterPayment']).toEqual({ ok: true, value: null });
    expect(customer['counterWhilePaying']).toMatchObject({ ok: true, value: { tradeNo: report.payments.first, state: 'awaiting' } });
  });

  it('answers a window main never gave a role nothing at all', () => {
    expect(report.calls.stranger).toMatchObject({ ok: false, code: 'FORBIDDEN_SENDER' });
  });

  it('sends the customer window only the payment on the counter (and its leaving), never a late payment of another', () => {
    const { first, second, counter, customer } = report.payments;
    const late = { tradeNo: first, state: 'paid', onCounter: false, lateAfter: 'cancelled' };
    expect(counter).toContainEqual(late);
    expect(customer).not.toContainEqual(late);
    expect(customer.filter((update) => update.tradeNo === first)).toEqual([
      { tradeNo: first, state: 'creating', onCounter: true, lateAfter: null },
      { tradeNo: first, state: 'awaiting', onCounter: true, lateAfter: null },
      { tradeNo: first, state: 'cancelled', onCounter: false, lateAfter: null },
    ]);
    expect(customer.filter((update) => update.tradeNo === second).map((update) => update.state)).toEqual(['creating', 'awaiting', 'paid']);
  });
});

describe('customer display: monitors', () => {
  it('starts full-screen on the second monitor, without taking the keyboard from the cashier', () => {
    expect(report.start.layout).toBe('second-screen');
    expect(report.start.customer).toMatchObject({ bounds: pole.bounds, fullScreen: true, visible: true, focused: false });
  });

  it('its monitor unplugged mid-sale: hidden (not over the cashier’s screen), and the cashier is offered the toggle', () => {
    expect(report.unplugged.customer).toMatchObject({ visible: false, fullScreen: false });
    expect(report.unplugged.layout).toBe('toggle');
    expect(report.unplugged.infoEvents.at(-1)).toBe('toggle');
  });

  it('one monitor: the toggle covers the cashier’s screen with the customer view; Esc there gives it back', () => {
    expect(report.toggledOn.answer).toEqual({ ok: true, value: { shown: true } });
    expect(report.toggledOn.customer).toMatchObject({ bounds: laptop.bounds, fullScreen: true, visible: true, focused: true });
    expect(report.otherKeyPrevented).toBe(false);
    expect(report.escPrevented).toBe(true);
    expect(report.afterEsc.customer).toMatchObject({ visible: false, fullScreen: false });
    expect(report.afterEsc.counterFocused).toBe(true);
  });

  it('closing the covering customer window (Alt+F4) only takes it away; the toggle shows and hides it', () => {
    expect(report.afterClose.customer).toMatchObject({ visible: false, destroyed: false });
    expect(report.afterClose.counterFocused).toBe(true);
    expect(report.toggledTwice).toEqual([{ ok: true, value: { shown: true } }, { ok: true, value: { shown: false } }]);
  });

  it('plugged back: the customer view moves there, the cashier gets the screen and the keyboard back, Esc no longer hides it', () => {
    expect(report.pluggedBack.customer).toMatchObject({ bounds: pole.bounds, fullScreen: true, visible: true });
    expect(report.pluggedBack.counterFocused).toBe(true);
    expect(report.pluggedBack.layout).toBe('second-screen');
    expect(report.pluggedBack.escPrevented).toBe(false);
    expect(report.pluggedBack.visibleAfterEsc).toBe(true);
    expect(report.toggleOnSecondScreen).toEqual({ ok: true, value: { shown: true } });
  });

  it('closing the cashier’s window closes the customer window too, so the app can quit', () => {
    expect(report.afterCounterClosed.customerDestroyed).toBe(true);
  });

  it('one monitor at start: the customer window waits hidden, and the cashier is offered the toggle', async () => {
    const single = await runScenario([laptop], { FAKE_SCENARIO: 'start' });
    expect(single.start.layout).toBe('toggle');
    expect(single.start.customer).toMatchObject({ url: 'app://kasir/customer.html', visible: false, fullScreen: false });
  }, 40_000);

  it('the cashier on the external monitor: the customer view takes the other one, the primary', async () => {
    // The primary (listed first) is right of the external one, where the cashier's window opened.
    const primary = { id: 1, bounds: { x: 1024, y: 0, width: 1920, height: 1080 } };
    const external = { id: 2, bounds: { x: 0, y: 0, width: 1024, height: 768 } };
    const swapped = await runScenario([primary, external], { FAKE_SCENARIO: 'start' });
    expect(swapped.start.counter.bounds.x).toBe(0);
    expect(swapped.start.customer).toMatchObject({ bounds: primary.bounds, fullScreen: true, visible: true });
  }, 40_000);
});
