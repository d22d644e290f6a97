import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { FileMatcher } from 'app-builder-lib/out/fileMatcher.js';
import type { Configuration } from 'app-builder-lib';

/** Packaging needs the Electron download, so electron-builder.yml is tested as data, with electron-builder's own schema. */
const root = join(import.meta.dirname, '../..');
const config = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Configuration & Record<string, unknown>;

type TargetEntry = string | { target: string; arch?: string[] };
function targets(platform: 'win' | 'mac' | 'linux'): Array<{ target: string; arch: string[] }> {
  return (config[platform] as { target: TargetEntry[] }).target.map((entry) => (typeof entry === 'string' ? { target: entry, arch: [] } : { target: entry.target, arch: entry.arch ?? [] }));
}

/** Would electron-builder pack this path (relative to the project) into the app? Its own matcher decides. */
function isShipped(path: string): boolean {
  const filter = new FileMatcher(root, root, (pattern) => pattern, config.files as string[]).createFilter();
  const file = { isDirectory: () => false, isFile: () => true, isSymbolicLink: () => false };
  return filter(join(root, path), file as never);
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema validation", async () => {
    const logger = { isEnabled: false, add: () => {} };
    await expect(validateConfiguration(config, logger as never)).resolves.toBeUndefined();
  });

  it('builds Windows nsis, macOS dmg for Intel and Apple silicon, Linux AppImage and deb', () => {
    expect(config.productName).toBe('Kasir');
    expect(config.directories).toMatchObject({ buildResources: 'build', output: 'release' });
    expect(targets('win')).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(targets('mac')).toContainEqual({ target: 'dmg', arch: ['x64', 'arm64'] });
    // The zip is what electron-updater installs on a Mac; nothing else sneaks in.
    expect(targets('mac').map((entry) => entry.target)).toEqual(['dmg', 'zip']);
    expect(targets('linux')).toEqual([{ target: 'AppImage', arch: ['x64'] }, { target: 'deb', arch: ['x64'] }]);
  });

  it('offers per-user and per-machine installs on Windows (assisted installer with the install-mode page and elevation)', () => {
    // electron-builder 26 (nsisOptions.d.ts): oneClick false + perMachine false shows the per-user / per-machine page.
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: true });
  });

  it('signs for macOS with the hardened runtime and the entitlements in build/', () => {
    const mac = config.mac as { hardenedRuntime: boolean; entitlements: string; entitlementsInherit: string };
    expect(mac.hardenedRuntime).toBe(true);
    for (const file of [mac.entitlements, mac.entitlementsInherit]) {
      expect(file).toMatch(/^build\//);
      const plist = readFileSync(join(root, file), 'utf8');
      expect(plist).toContain('<key>com.apple.security.cs.allow-jit</key>');
      // A till needs the network and Electron's JIT, and nothing of the camera, microphone or user files.
      expect(plist).not.toMatch(/device\.camera|device\.audio-input|files\.user-selected|disable-library-validation/);
    }
  });

  it('names every artifact with the version', () => {
    expect(String(config.artifactName)).toContain('${version}');
    for (const platform of ['win', 'mac', 'linux', 'nsis', 'dmg', 'deb', 'appImage']) {
      // A per-target name would override the top-level one; none may drop the version.
      const own = (config[platform] as { artifactName?: string } | undefined)?.artifactName;
      if (own !== undefined) expect(own).toContain('${version}');
    }
  });

  it('has one app icon electron-builder can turn into .icns/.ico (PNG, at least 512×512) in build/', () => {
    const png = readFileSync(join(root, 'build/icon.png'));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(png.readUInt32BE(20)).toBe(png.readUInt32BE(16));
    for (const platform of ['win', 'mac', 'linux']) expect((config[platform] as { icon?: string }).icon).toBeUndefined();
  });

  it('ships as runtime dependencies only the keychain binding, the logger and the updater', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['@github/keytar', 'electron-log', 'electron-updater']);
  });

  it('packs the built app and package.json, keeps the native keychain module unpacked from the asar', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('node_modules/@github/keytar/**');
    for (const path of ['dist-electron/main.js', 'dist-electron/preload.cjs', 'dist-electron/customer-preload.cjs', 'dist/renderer/index.html',
      'dist/renderer/customer.html', 'dist/renderer/assets/index-abc123.js', 'package.json']) expect(isShipped(path), path).toBe(true);
  });

  it('leaves out tests, sources, scripts, source maps and build tooling', () => {
    for (const path of ['test/unit/settings.test.ts', 'test/e2e/charge-qris.spec.ts', 'electron/main/index.ts', 'electron/simulator/cli.ts',
      'renderer/App.tsx', 'shared/money.ts', 'scripts/test.mjs', 'build/after-pack.mjs', 'dist-electron/main.js.map',
      'dist/renderer/assets/index-abc123.js.map', 'dist/renderer/test/fixture.html', 'docs/benchmarks.md', 'vite.config.ts', 'electron-builder.yml']) {
      expect(isShipped(path), path).toBe(false);
    }
  });

  it('ships a main process with the simulator demo mode runs on, and nothing of its CLI, the tests or source maps', () => {
    const built = join(root, 'dist-electron');
    if (!existsSync(join(built, 'main.js'))) throw new Error(`${built}/main.js is missing: run \`npm run build\` first (npm test does).`);
    const files = readdirSync(built);
    expect(files.filter((file) => !/\.(js|cjs)$/.test(file)), 'only code, no maps').toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['main.js', 'preload.cjs', 'customer-preload.cjs']));
    const code = files.map((file) => readFileSync(join(built, file), 'utf8')).join('\n');
    expect(code, "demo mode's in-process gateway").toContain('notify-sink');
    for (const devOnly of ['Usage: npm run simulator', 'vitest', '@playwright/test', 'KASIR_RENDERER_DIR', 'fake-electron', 'sourceMappingURL']) {
      expect(code, devOnly).not.toContain(devOnly);
    }
  });

  it('flips the fuses with the afterPack hook (one mechanism), not with electron-builder\'s own key', () => {
    expect(config.afterPack).toBe('./build/after-pack.mjs');
    expect(existsSync(join(root, String(config.afterPack)))).toBe(true);
    expect(config).not.toHaveProperty('electronFuses');
  });

  it('writes update metadata for a generic feed, whose address each store sets in its settings', () => {
    expect(config.publish).toEqual([{ provider: 'generic', url: expect.stringMatching(/^https:\/\//) }]);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['dist']).toMatch(/vite build && electron-builder .*--publish never/);
  });
});
