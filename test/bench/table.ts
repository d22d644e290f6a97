/**
 * One line of `npm run bench`'s table. Figures are reported against their targets, never asserted: a slow
 * machine prints a miss, it does not fail a build.
 */
export interface BenchRow {
  /** What is measured, e.g. "journal: write one transition". */
  readonly name: string;
  readonly median: number;
  readonly p95: number;
  /** ms, KB, queries, … */
  readonly unit: string;
  /** The target in words, e.g. "≤ 1.5 × bare insert (0.41 ms)". Empty when the row is a reference figure. */
  readonly target: string;
  /** undefined for reference rows (such as the bare node:sqlite baseline). */
  readonly met: boolean | undefined;
}

/** Median and 95th percentile of a sample (nearest-rank). */
export function summarise(samples: readonly number[]): { median: number; p95: number } {
  if (samples.length === 0) return { median: Number.NaN, p95: Number.NaN };
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95) };
}
