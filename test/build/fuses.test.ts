import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import afterPack from '../../build/after-pack.mjs';
import type { PackedApp } from '../../build/after-pack.mjs';

/**
 * The afterPack hook run on a fake packed app per platform: a file holding @electron/fuses' sentinel followed by a
 * fuse wire (version 1, eight fuses, each "inherit" as Electron ships them), where electron-builder would have put the
 * Electron executable. The wire is read back with @electron/fuses itself.
 */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_COUNT = 8;
/** @electron/fuses' FuseState (its index does not export it): ASCII '0', '1', and the byte for "inherit". */
const DISABLE = 48;
const ENABLE = 49;
const INHERIT = 144;

function fakeElectronBinary(): Buffer {
  const wire = Buffer.from([1, FUSE_COUNT, ...Array<number>(FUSE_COUNT).fill(INHERIT)]);
  return Buffer.concat([Buffer.from('\x7fELF fake electron '), Buffer.from(SENTINEL), wire, Buffer.from(' rest of the binary')]);
}

/** Lays out a packed app as electron-builder does for the platform; returns the hook's context and the fuse file. */
async function packedApp(platform: 'linux' | 'win32' | 'darwin'): Promise<{ context: PackedApp; fuseFile: string; executable: string }> {
  const appOutDir = await mkdtemp(join(tmpdir(), `kasir-packed-${platform}-`));
  const executable = { linux: join(appOutDir, 'kasir'), win32: join(appOutDir, 'Kasir.exe'), darwin: join(appOutDir, 'Kasir.app') }[platform];
  const fuseFile = platform === 'darwin' ? join(executable, 'Contents/Frameworks/Electron Framework.framework/Electron Framework') : executable;
  await mkdir(dirname(fuseFile), { recursive: true });
  await writeFile(fuseFile, fakeElectronBinary());
  const packager = { appInfo: { productFilename: 'Kasir' }, ...(platform === 'linux' ? { executableName: 'kasir' } : {}) };
  return { context: { appOutDir, electronPlatformName: platform, arch: 1, packager }, fuseFile, executable };
}


describe('build/after-pack.mjs flips the Electron fuses of the packed app', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('on %s: no RunAsNode, NODE_OPTIONS or inspect; the app only from its asar', async (platform) => {
    const { context, executable } = await packedApp(platform);
    await afterPack(context);
    const wire = await getCurrentFuseWire(executable);
    expect(wire[FuseV1Options.RunAsNode]).toBe(DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(DISABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ENABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(ENABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(DISABLE);
  });

  it('turns asar integrity on where Electron checks it (Windows, macOS) and off on Linux, where it cannot', async () => {
    const states: Record<string, number | undefined> = {};
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const { context, executable } = await packedApp(platform);
      await afterPack(context);
      states[platform] = (await getCurrentFuseWire(executable))[FuseV1Options.EnableEmbeddedAsarIntegrityValidation];
    }
    expect(states).toEqual({ linux: DISABLE, win32: ENABLE, darwin: ENABLE });
  });

  it('changes only the fuse wire, nothing else in the binary', async () => {
    const { context, fuseFile } = await packedApp('win32');
    const before = await readFile(fuseFile);
    await afterPack(context);
    const after = await readFile(fuseFile);
    const wireStart = before.indexOf(SENTINEL) + SENTINEL.length + 2;
    expect(after.length).toBe(before.length);
    expect(after.subarray(0, wireStart)).toEqual(before.subarray(0, wireStart));
    expect(after.subarray(wireStart + FUSE_COUNT)).toEqual(before.subarray(wireStart + FUSE_COUNT));
  });

  it('fails the build when the executable is not where electron-builder puts it (never ships unfused)', async () => {
    const { context } = await packedApp('linux');
    await expect(afterPack({ ...context, packager: { appInfo: { productFilename: 'Kasir' }, executableName: 'other' } })).rejects.toThrow();
  });
});
