import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Launches the real Electron app where the Electron binary exists. On machines where it cannot be downloaded
 * (these CI machines), the suite is skipped with the reason printed.
 */
function electronBinary(): { path: string } | { missing: string } {
  // Read the package's path.txt rather than require('electron'): requiring it starts a download when the
  // binary is missing, which hangs or fails on machines without internet.
  const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return { missing: 'the Electron binary was never downloaded (no node_modules/electron/path.txt)' };
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { path: binary } : { missing: `${binary} does not exist` };
}

const binary = electronBinary();
if ('missing' in binary) console.warn(`[skip] real-Electron launch test: ${binary.missing}`);

describe.skipIf('missing' in binary)('real Electron launch (skipped: no Electron binary on this machine)', () => {
  it('opens the counter window in demo mode with the keypad', async () => {
    const { _electron } = await import('@playwright/test');
    const userData = await mkdtemp(join(tmpdir(), 'kasir-electron-'));
    const app = await _electron.launch({ ...('path' in binary ? { executablePath: binary.path } : {}), args: [join(import.meta.dirname, '../..'), `--user-data-dir=${userData}`] });
    try {
      const window = await app.firstWindow();
      await expect.poll(() => window.title()).toBe('Kasir');
      await window.getByTestId('demo-badge').waitFor();
      expect(await window.evaluate(() => typeof (window as unknown as { kasir?: unknown }).kasir)).toBe('object');
      expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    } finally {
      await app.close();
    }
  }, 60_000);
});
