// electron-builder's afterPack hook (electron-builder.yml): flips the Electron fuses of the packed app before
// electron-builder signs it (STYLE.md §12). One mechanism, this hook, rather than electron-builder's own
// `electronFuses` key, so what it does can be run and checked on a fake binary (test/build/fuses.test.ts).
import { join } from 'node:path';
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';

/** builder-util's Arch.arm64. */
const ARCH_ARM64 = 3;

/** Asar integrity is checked by Electron on macOS and Windows only; elsewhere the fuse would promise nothing. */
const ASAR_INTEGRITY_PLATFORMS = new Set(['darwin', 'mas', 'win32']);

/** The fuse settings for one platform: no way to run the binary as plain Node or to attach a debugger to it. */
export function fusesFor(platform) {
  return {
    version: FuseVersion.V1,
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: ASAR_INTEGRITY_PLATFORMS.has(platform),
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

/** Where electron-builder put the Electron executable it renamed to the app's name. */
export function executablePath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return join(appOutDir, `${packager.appInfo.productFilename}.app`);
  if (electronPlatformName === 'win32') return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  // On Linux electron-builder names the executable after `executableName` (lower-case product name by default).
  return join(appOutDir, packager.executableName ?? packager.appInfo.productFilename);
}

export default async function afterPack(context) {
  const target = executablePath(context);
  // Changing the binary breaks the ad-hoc signature an arm64 Mac needs to start at all; only macOS can redo it.
  const resetAdHocDarwinSignature = process.platform === 'darwin' && context.electronPlatformName === 'darwin' && context.arch === ARCH_ARM64;
  await flipFuses(target, { ...fusesFor(context.electronPlatformName), resetAdHocDarwinSignature });
}
