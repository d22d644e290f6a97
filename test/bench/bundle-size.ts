import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import type { BenchRow } from './table.ts';

/**
 * The renderer's JavaScript as the customer's till downloads it from disk: every chunk in dist/renderer/assets,
 * gzipped at level 9 one file at a time, summed. 1 KB = 1,000 bytes, as Vite prints it.
 */
export interface BundleSizeOptions {
  /** The project root (the folder with node_modules and dist). */
  readonly root: string;
  readonly onProgress?: (message: string) => void;
}

export const BUNDLE_ROW = 'renderer bundle (JS, gzipped)';
const TARGET_KB = 90;

/** Builds the renderer when there is no build to measure. */
function buildRenderer(root: string, onProgress: (message: string) => void): void {
  onProgress('bundle size: dist/renderer is missing, running vite build');
  const vite = join(root, 'node_modules', '.bin', 'vite');
  const built = spawnSync(vite, ['build', '--logLevel', 'warn'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (built.error) throw built.error;
  if (built.status !== 0) throw new Error(`bundle size: vite build failed (exit ${built.status ?? built.signal ?? 'unknown'})`);
}

export async function benchBundleSize(options: BundleSizeOptions): Promise<{ rows: BenchRow[]; files: string[] }> {
  const onProgress = options.onProgress ?? (() => undefined);
  const renderer = join(options.root, 'dist', 'renderer');
  if (!existsSync(renderer)) buildRenderer(options.root, onProgress);
  const assets = join(renderer, 'assets');
  const files = existsSync(assets) ? (await readdir(assets)).filter((name) => name.endsWith('.js')).sort() : [];
  if (files.length === 0) throw new Error(`bundle size: no JavaScript in ${assets}`);
  let bytes = 0;
  for (const file of files) {
    bytes += gzipSync(await readFile(join(assets, file)), { level: constants.Z_BEST_COMPRESSION }).byteLength;
  }
  const kilobytes = bytes / 1_000;
  onProgress(`bundle size: ${files.length} JS file(s), ${kilobytes.toFixed(1)} KB gzipped`);
  return {
    rows: [{ name: BUNDLE_ROW, median: kilobytes, p95: kilobytes, unit: 'KB', target: `≤ ${TARGET_KB} KB gzipped`, met: kilobytes <= TARGET_KB }],
    files,
  };
}
