import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ElectronApplication, Page } from '@playwright/test';
import { KeytarSecretStore, appSecretAccount } from '../../electron/secrets/secret-store.ts';
import { startSimulator } from '../../electron/simulator/index.ts';

/**
 * The real app under test: Playwright drives the built Kasir in the real Electron binary through a QRIS payment in
 * demo mode (with the customer display), and a restart with a payment open. Run it with `npm run test:electron`
 * (it builds first); `npm test` runs it too. On machines where the Electron binary cannot be downloaded (these CI
 * machines), every test is skipped with the reason printed. On Linux without a display, run it under `xvfb-run -a`.
 */
function electronBinary(): { path: string } | { missing: string } {
  // Read the package's path.txt rather than require('electron'): requiring it starts a download when the
  // binary is missing, which hangs or fails on machines without internet.
  const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return { missing: 'the Electron binary was never downloaded (no node_modules/electron/path.txt)' };
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary)) return { missing: `${binary} does not exist` };
  if (process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']) return { missing: 'no display (run under xvfb-run -a)' };
  return { path: binary };
}

const root = join(import.meta.dirname, '../..');
const binary = electronBinary();
if ('missing' in binary) console.warn(`[skip] real-Electron suite: ${binary.missing}`);
else if (!existsSync(join(root, 'dist-electron/main.js'))) throw new Error('dist-electron/main.js is missing: run `npm run test:electron` (it builds first).');

async function launch(userData: string): Promise<ElectronApplication> {
  const { _electron } = await import('@playwright/test');
  if ('missing' in binary) throw new Error(binary.missing);
  return _electron.launch({ executablePath: binary.path, args: [root, `--user-data-dir=${userData}`] });
}

/** The page of the window loaded from `file` (index.html: the counter; customer.html: the customer display). */
async function windowOf(app: ElectronApplication, file: string): Promise<Page> {
  await expect.poll(() => app.windows().some((page) => page.url().endsWith(file)), { timeout: 30_000 }).toBe(true);
  const page = app.windows().find((candidate) => candidate.url().endsWith(file));
  if (!page) throw new Error(`no ${file} window`);
  return page;
}

const digitsOf = (text: string | null): string => (text ?? '').replace(/\D/g, '');

async function chargeQris(counter: Page, amount: string): Promise<void> {
  await counter.getByTestId('amount-display').waitFor();
  await counter.keyboard.type(amount);
  await counter.getByTestId('charge-qris').click();
  await counter.getByTestId('qris-canvas').waitFor();
}

describe.skipIf('missing' in binary)('the real app in Electron (skipped: no Electron binary or display on this machine)', () => {
  it('opens the counter in demo mode, locked down, with the keypad', async () => {
    const app = await launch(await mkdtemp(join(tmpdir(), 'kasir-electron-')));
    try {
      const counter = await windowOf(app, 'index.html');
      await expect.poll(() => counter.title()).toBe('Kasir');
      await counter.getByTestId('demo-badge').waitFor();
      expect(await counter.evaluate(() => typeof (window as unknown as { kasir?: unknown }).kasir)).toBe('object');
      expect(await counter.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    } finally {
      await app.close();
    }
  }, 90_000);

  it('charges Rp 25.000 by QRIS in demo mode to LUNAS, followed on the customer display', async () => {
    const app = await launch(await mkdtemp(join(tmpdir(), 'kasir-electron-')));
    try {
      const counter = await windowOf(app, 'index.html');
      await counter.getByTestId('demo-badge').waitFor();
      await chargeQris(counter, '25000');
      expect(digitsOf(await counter.getByTestId('payment-amount').textContent())).toBe('25000');
      // One monitor here: the cashier turns the screen to the customer (with two, the display opens by itself).
      await counter.getByTestId('customer-view-toggle').click();
      const customer = await windowOf(app, 'customer.html');
      await customer.getByTestId('customer-awaiting').waitFor();
      expect(digitsOf(await customer.getByTestId('customer-amount').textContent())).toBe('25000');
      expect(await customer.locator('button, input, a[href]').count(), 'nothing to press on the customer display').toBe(0);
      await customer.keyboard.press('Escape');
      // The demo's own "the customer paid" button settles the order at the built-in simulator.
      await counter.getByTestId('simulate-payment').click();
      await counter.getByTestId('paid-screen').waitFor({ timeout: 30_000 });
      await expect.poll(() => counter.getByTestId('paid-screen').getByRole('heading', { name: 'LUNAS' }).count()).toBe(1);
      await customer.getByTestId('customer-thanks').waitFor({ timeout: 30_000 });
    } finally {
      await app.close();
    }
  }, 120_000);

  it('a restart with a QR on screen brings the same payment back (sandbox mode: the journal on disk, the secret in the keychain)', async (context) => {
    const keychain = new KeytarSecretStore('Kasir');
    if (!(await keychain.isAvailable())) context.skip('no OS keychain to hold the sandbox secret');
    const sim = await startSimulator({ secret: 'electron-restart-secret-0123456789' });
    const userData = await mkdtemp(join(tmpdir(), 'kasir-electron-'));
    const account = appSecretAccount(sim.merchantNo);
    await writeFile(join(userData, 'settings.json'), JSON.stringify({ merchantNo: sim.merchantNo, sandboxBaseUrl: sim.baseUrl, notifyUrl: 'https://shop.example/notify' }));
    await keychain.set(account, sim.secret);
    let app = await launch(userData);
    try {
      let counter = await windowOf(app, 'index.html');
      await chargeQris(counter, '25000');
      const [order] = sim.ledger();
      expect(order?.amount).toBe(25_000);
      await app.close();

      app = await launch(userData);
      counter = await windowOf(app, 'index.html');
      await counter.getByTestId('qris-canvas').waitFor({ timeout: 30_000 });
      expect(digitsOf(await counter.getByTestId('payment-amount').textContent())).toBe('25000');
      expect(sim.ledger(), 'the same order, never a second one').toHaveLength(1);
      sim.settle(order?.tradeNo ?? '', 'paid');
      await counter.getByTestId('paid-screen').waitFor({ timeout: 30_000 });
    } finally {
      await app.close();
      await keychain.delete(account);
      await sim.close();
    }
  }, 180_000);
});
