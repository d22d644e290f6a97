import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Writes a file whole: its folder made if need be, the content into `<file>.tmp`, then renamed over the old file, so
 * a crash or a power cut leaves the old file or the new one, never half of either. `ownerOnly` files (settings, the
 * PIN hash, the encrypted secret) are created readable by their owner alone.
 */
export async function writeFileWhole(file: string, data: string | Uint8Array, options: { readonly ownerOnly?: boolean } = {}): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  await writeFile(temporary, data, options.ownerOnly === true ? { mode: 0o600 } : {});
  await rename(temporary, file);
}
