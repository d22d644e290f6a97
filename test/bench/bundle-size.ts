import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import type { BenchRow } from './table.ts';

/**
 * The counter's JavaScript as the till loads it at start: the scripts and module preloads index.html names,
 * gzipped at level 9 one file at a time, summed (1 KB = 1,000 bytes, as Vite prints it). That is what the
 * 90 KB target is for: what a till loads before it can charge. Beside it, for reference, every renderer JS file of
 * both windows: English (loaded when a cashier picks it), the customer display's page, and the screens loaded
 * the first time they open (history, the manager PIN dialog), each also listed on its own.
 */
export interface BundleSizeOptions {
  /** The project root (the folder with node_modules and dist). */
  readonly root: string;
  readonly onProgress?: (message: string) => void;
}

export const BUNDLE_ROW = 'counter JS at start (gzipped)';
export const ALL_JS_ROW = 'all renderer JS, both windows (gzipped)';

const gzipped = async (file: string): Promise<number> => gzipSync(await readFile(file), { level: constants.Z_BEST_COMPRESSION }).byteLength;

/** The JS files index.html makes the browser load before the counter can run. */
function startFiles(indexHtml: string): string[] {
  return [...indexHtml.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((match) => match[1] ?? '').filter((file) => file !== '');
}
const TARGET_KB = 90;

/** "HistoryScreen-ALUt_-Ya.js" → "HistoryScreen": the chunk without its content hash. */
function chunkName(file: string): string {
  return file.replace(/-[\w-]{8}\.js$/, '').replace(/\.js$/, '');
}

/** Builds the renderer when there is no build to measure. */
function buildRenderer(root: string, onProgress: (message: string) => void): void {
  onProgress('bundle size: dist/renderer is missing, running vite build');
  const vite = join(root, 'node_modules', '.bin', 'vite');
  const built = spawnSync(vite, ['build', '--logLevel', 'warn'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (built.error) throw built.error;
  if (built.status !== 0) throw new Error(`bundle size: vite build failed (exit ${built.status ?? built.signal ?? 'unknown'})`);
}

export async function benchBundleSize(options: BundleSizeOptions): Promise<{ rows: BenchRow[]; atStart: string[]; files: string[] }> {
  const onProgress = options.onProgress ?? (() => undefined);
  const renderer = join(options.root, 'dist', 'renderer');
  if (!existsSync(renderer)) buildRenderer(options.root, onProgress);
  const assets = join(renderer, 'assets');
  const files = existsSync(assets) ? (await readdir(assets)).filter((name) => name.endsWith('.js')).sort() : [];
  if (files.length === 0) throw new Error(`bundle size: no JavaScript in ${assets}`);
  const atStart = startFiles(await readFile(join(renderer, 'index.html'), 'utf8'));
  if (atStart.length === 0) throw new Error('bundle size: index.html loads no JavaScript from assets/');
  let startBytes = 0;
  for (const file of atStart) startBytes += await gzipped(join(assets, file));
  let allBytes = 0;
  const onDemand: { file: string; bytes: number }[] = [];
  for (const file of files) {
    const bytes = await gzipped(join(assets, file));
    allBytes += bytes;
    if (!atStart.includes(file)) onDemand.push({ file, bytes });
  }
  const kilobytes = startBytes / 1_000;
  onProgress(`bundle size: ${atStart.length} JS file(s) at start, ${kilobytes.toFixed(1)} KB gzipped (${(allBytes / 1_000).toFixed(1)} KB in all)`);
  return {
    rows: [
      { name: BUNDLE_ROW, median: kilobytes, p95: kilobytes, unit: 'KB', target: `≤ ${TARGET_KB} KB gzipped`, met: kilobytes <= TARGET_KB },
      { name: ALL_JS_ROW, median: allBytes / 1_000, p95: allBytes / 1_000, unit: 'KB', target: 'reference (the rest loads on demand)', met: undefined },
      ...onDemand.map(({ file, bytes }) => ({ name: `  on demand: ${chunkName(file)} (gzipped)`, median: bytes / 1_000, p95: bytes / 1_000, unit: 'KB', target: 'reference', met: undefined })),
    ],
    atStart,
    files,
  };
}
