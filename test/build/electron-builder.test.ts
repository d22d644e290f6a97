import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import type { Configuration } from 'app-builder-lib';

/** Packaging needs the Electron download, so electron-builder.yml is tested as data, with electron-builder's own schema. */
const root = join(import.meta.dirname, '../..');
const config = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Configuration & Record<string, unknown>;

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema validation", async () => {
    const logger = { isEnabled: false, add: () => {} };
    await expect(validateConfiguration(config, logger as never)).resolves.toBeUndefined();
  });

  it('builds Kasir for Windows (nsis), macOS (dmg) and Linux (AppImage, deb) from build/', () => {
    expect(config.productName).toBe('Kasir');
    expect(config.directories).toMatchObject({ buildResources: 'build', output: 'release' });
    const targets = (platform: 'win' | 'mac' | 'linux'): string[] =>
      ((config[platform] as { target: Array<string | { target: string }> }).target).map((t) => (typeof t === 'string' ? t : t.target));
    expect(targets('win')).toEqual(['nsis']);
    expect(targets('mac')).toEqual(['dmg']);
    expect(targets('linux')).toEqual(['AppImage', 'deb']);
    expect(existsSync(join(root, String((config.mac as { entitlements: string }).entitlements)))).toBe(true);
  });

  it('has an app icon electron-builder can turn into .icns/.ico (PNG, at least 512×512) in build/', () => {
    const png = readFileSync(join(root, 'build/icon.png'));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(png.readUInt32BE(20)).toBe(png.readUInt32BE(16));
  });

  it('ships only the native keychain module as a runtime dependency; Vite bundles the rest', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies)).toEqual(['@github/keytar']);
  });

  it('packs what main loads, keeps the native keychain module unpacked, and flips the fuses', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/renderer/**', 'dist-electron/**', 'package.json']));
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('node_modules/@github/keytar/**');
    expect(config.electronFuses).toMatchObject({
      runAsNode: false, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true, enableEmbeddedAsarIntegrityValidation: true,
    });
  });
});
