/* eslint-disable no-empty-pattern -- Playwright reads fixture dependencies from the destructuring pattern */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { KasirCore } from '../../../electron/app/core.ts';
import type { CustomerDisplayControl } from '../../../electron/app/devices.ts';
import { createKasirCore } from '../../../electron/app/core.ts';
import { KeytarSecretStore, appSecretAccount } from '../../../electron/secrets/secret-store.ts';
import type { Simulator } from '../../../electron/simulator/index.ts';
import { startSimulator } from '../../../electron/simulator/index.ts';
import type { StaticServer } from './static-server.ts';
import { serveRenderer } from './static-server.ts';
import type { TrafficEntry } from './transport.ts';
import { installTransport } from './transport.ts';
import { OffsetClock } from '../../support/offset-clock.ts';
import { CoreHost } from './core-host.ts';
import { QuitRecorder, StandInUpdater } from './updater.ts';

const KEYCHAIN_SERVICE = 'Kasir-e2e';

interface TestFixtures {
  /** Raw content of the core's settings file; undefined means no file at all, which is demo mode. */
  settingsText: string | undefined;
  /**
   * Sandbox mode against a simulator started here (not the core's own demo simulator), with its secret in
   * the real keychain: the app is then NOT in demo mode. Needs a Secret Service (.ci/run provides one).
   */
  liveGateway: boolean;
  /** The customer display main would hand the core (electron/main/customer-window.ts); none by default. */
  customerDisplay: CustomerDisplayControl | undefined;
  /** Installs Playwright's clock in the page before it loads, so a test can move the countdown's time. */
  pageClock: boolean;
  /**
   * Let-go payments are asked about at a till's own slow pace (a minute) instead of the suite's fast one, so a test
   * can change an order at the simulator and be sure the till has not looked yet (reconciliation).
   */
  slowWatch: boolean;
  /** Gives the core an updater (a recording stand-in: ./updater.ts) and a quit callback, as main does in an installed till. */
  installedTill: boolean;
  /** The stand-in updater the core was given (installedTill), for the test to set the feed's answer and read the calls. */
  updater: StandInUpdater | undefined;
  /** The core's calls to quit the app (installedTill). */
  appQuit: QuitRecorder | undefined;
  gateway: Simulator | undefined;
  /** Main's clock: real time, but a test can jump it forward (an expiry 15 minutes away, say). */
  clock: OffsetClock;
  /** The core the page talks to, restartable on the same settings and journal. */
  host: CoreHost;
  core: KasirCore;
  /** The secret that must never reach the renderer, whichever simulator holds it. */
  appSecret: string | undefined;
  /** Every invoke result and event payload the test-only transport carried, in order. */
  traffic: TrafficEntry[];
  pageProblems: string[];
  /** The customer display's page (customer.html), opened beside the cashier's with the customer role. */
  customerPage: Page;
  ipcSecurityCheck: void;
}

interface WorkerFixtures {
  rendererServer: StaticServer;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  rendererServer: [async ({}, use) => {
    const server = await serveRenderer();
    await use(server);
    await server.close();
  }, { scope: 'worker' }],

  settingsText: [undefined, { option: true }],
  liveGateway: [false, { option: true }],
  customerDisplay: [undefined, { option: true }],
  pageClock: [false, { option: true }],
  slowWatch: [false, { option: true }],
  installedTill: [false, { option: true }],

  updater: async ({ installedTill }, use) => {
    await use(installedTill ? new StandInUpdater() : undefined);
  },

  appQuit: async ({ installedTill }, use) => {
    await use(installedTill ? new QuitRecorder() : undefined);
  },

  gateway: async ({ liveGateway }, use, testInfo) => {
    if (!liveGateway) {
      await use(undefined);
      return;
    }
    const store = new KeytarSecretStore(KEYCHAIN_SERVICE);
    if (!(await store.isAvailable())) {
      testInfo.skip(process.env['KASIR_REQUIRE_KEYCHAIN'] !== '1', 'no Secret Service on this session bus (run through .ci/run)');
      throw new Error('KASIR_REQUIRE_KEYCHAIN=1 but the OS keychain cannot be reached');
    }
    const simulator = await startSimulator();
    const account = appSecretAccount(simulator.merchantNo);
    await store.set(account, simulator.secret);
    await use(simulator);
    await store.delete(account).catch(() => false);
    await simulator.close();
  },

  clock: async ({}, use) => {
    await use(new OffsetClock());
  },

  host: async ({ settingsText, gateway, clock, customerDisplay, slowWatch, updater, appQuit }, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'kasir-e2e-'));
    const settingsFile = join(dir, 'settings.json');
    const text = gateway
      ? JSON.stringify({ merchantNo: gateway.merchantNo, sandboxBaseUrl: gateway.baseUrl, notifyUrl: `${gateway.controlUrl}/notify-sink` })
      : settingsText;
    if (text !== undefined) await writeFile(settingsFile, text);
    const host = await CoreHost.start(() =>
      createKasirCore({
        settingsFile, journalFile: join(dir, 'journal.sqlite'), secretStore: new KeytarSecretStore(KEYCHAIN_SERVICE), clock,
        ...(customerDisplay ? { devices: { customerDisplay } } : {}),
        ...(updater ? { updates: updater } : {}),
        ...(appQuit ? { quit: appQuit.quit } : {}),
        // Faster than a till's 1 s so the suite does not wait on every payment; the pace itself is unit-tested.
        timing: {
          counterCheckMs: 100, counterBackoffMaxMs: 400, checkNowMinIntervalMs: 1_000,
          ...(slowWatch ? { watchedCheckMinMs: 60_000, watchedCheckMaxMs: 60_000 } : { watchedCheckMinMs: 100, watchedCheckMaxMs: 400 }),
        },
      }), settingsFile);
    await use(host);
    await host.close();
    await rm(dir, { recursive: true, force: true });
  },

  core: async ({ host }, use) => {
    await use(host.core);
  },

  appSecret: async ({ core, gateway }, use) => {
    await use(core.simulator?.secret ?? gateway?.secret);
  },

  traffic: async ({}, use) => {
    await use([]);
  },

  pageProblems: async ({}, use) => {
    await use([]);
  },

  page: async ({ page, host, traffic, pageProblems, rendererServer, pageClock }, use) => {
    page.on('pageerror', (error) => pageProblems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      const text = message.text();
      if (message.type() === 'error' || /Content.Security.Policy/i.test(text)) {
        pageProblems.push(`console ${message.type()}: ${text}`);
      }
    });
    const transport = await installTransport(page, host, traffic);
    if (pageClock) await page.clock.install();
    await page.goto(rendererServer.url);
    await use(page);
    transport.detach();
    expect(pageProblems, 'the renderer logged errors or CSP violations').toEqual([]);
  },

  customerPage: async ({ context, host, traffic, rendererServer }, use) => {
    const customer = await context.newPage();
    const problems: string[] = [];
    customer.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    customer.on('console', (message) => {
      if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text())) problems.push(`console ${message.type()}: ${message.text()}`);
    });
    const transport = await installTransport(customer, host, traffic, 'customer');
    await customer.goto(new URL('customer.html', rendererServer.url).href);
    await use(customer);
    transport.detach();
    expect(problems, 'the customer display logged errors or CSP violations').toEqual([]);
  },

  // Runs after every test, over everything the transport carried and what the page finally showed.
  ipcSecurityCheck: [async ({ appSecret, traffic, page }, use) => {
    await use();
    expect(traffic.length, 'the transport recorded no traffic at all').toBeGreaterThan(0);
    if (appSecret === undefined) return;
    expect(appSecret.length).toBeGreaterThanOrEqual(8);
    const leaked = traffic.filter((entry) => JSON.stringify(entry).includes(appSecret));
    expect(leaked, 'SECURITY: the app secret crossed IPC to the renderer').toEqual([]);
    expect(await page.content(), 'SECURITY: the app secret reached the page').not.toContain(appSecret);
  }, { auto: true, title: 'security check: the app secret never crosses IPC' }],
});

export { expect };
