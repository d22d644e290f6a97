import { summarise } from './table.ts';
import type { BenchRow } from './table.ts';

/** Shared by the benches that time one call many times: warm-up first, then one figure per call. */
export const WARM_UP = 20;

/** A seeded generator (mulberry32), so two runs build the same journal and ask the same questions. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export async function time(work: () => unknown): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** `count` timings of `work`, after a warm-up whose calls get negative indexes and are not kept. */
export async function sample(count: number, work: (index: number) => unknown): Promise<number[]> {
  for (let i = 0; i < WARM_UP; i++) await work(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < count; i++) samples.push(await time(() => work(i)));
  return samples;
}

/** A row in ms; met when the median is within `limit` (undefined: a reference figure). */
export function row(name: string, samples: readonly number[], target: string, limit: number | undefined): BenchRow {
  const { median, p95 } = summarise(samples);
  return { name, median, p95, unit: 'ms', target, met: limit === undefined ? undefined : median <= limit };
}
