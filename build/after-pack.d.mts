// Types for build/after-pack.mjs (plain JS so electron-builder can load it without a TypeScript step).
import type { FuseV1Config } from '@electron/fuses';

/** The part of electron-builder's AfterPackContext the hook reads. */
export interface PackedApp {
  readonly appOutDir: string;
  readonly electronPlatformName: string;
  readonly arch: number;
  readonly packager: { readonly appInfo: { readonly productFilename: string }; readonly executableName?: string };
}

export function fusesFor(platform: string): FuseV1Config;
export function executablePath(context: PackedApp): string;
export default function afterPack(context: PackedApp): Promise<void>;
