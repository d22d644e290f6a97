import { mkdir, readFile, realpath, writeFile } from 'node:fs/promises';
import { cpus, platform, release, totalmem } from 'node:os';
import { dirname } from 'node:path';
import type { BenchRow } from './table.ts';

/** The machine a run's figures came from: a figure means little without it. */
export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly os: string;
  readonly node: string;
  /** Where the journal bench wrote, e.g. "real disk (ext4)" or "tmpfs (RAM)": fsync costs differ by orders of magnitude. */
  readonly journalDisk: string;
}

export interface Report {
  readonly machine: Machine;
  readonly rows: readonly BenchRow[];
  /** The command as typed, e.g. "npm run bench". */
  readonly command: string;
  readonly startedAt: Date;
  readonly durationMs: number;
  readonly notes: readonly string[];
}

/** The file system that holds `dir`, from /proc/mounts (Linux); "unknown" elsewhere. */
async function fileSystemOf(dir: string): Promise<string | undefined> {
  try {
    const path = await realpath(dir);
    const mounts = (await readFile('/proc/mounts', 'utf8')).split('\n').map((line) => line.split(' '));
    let best: { point: string; type: string } | undefined;
    for (const [, rawPoint, type] of mounts) {
      if (rawPoint === undefined || type === undefined) continue;
      // /proc/mounts escapes spaces and the like as octal (\040).
      const point = rawPoint.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
      const inside = point === '/' || path === point || path.startsWith(`${point}/`);
      if (inside && point.length >= (best?.point.length ?? -1)) best = { point, type };
    }
    return best?.type;
  } catch {
    return undefined;
  }
}

export async function describeMachine(journalDir: string): Promise<Machine> {
  const type = await fileSystemOf(journalDir);
  const journalDisk = type === undefined ? 'unknown file system'
    : type === 'tmpfs' || type === 'ramfs' ? `${type} (RAM, not a real disk)`
    : type === 'overlay' ? 'overlay (container layer over a real disk)'
    : `real disk (${type})`;
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus().length,
    memoryGiB: totalmem() / 1_073_741_824,
    os: `${platform()} ${release()}`,
    node: process.version,
    journalDisk,
  };
}

export function machineLine(machine: Machine): string {
  return `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB.toFixed(1)} GiB RAM, ${machine.os}, Node ${machine.node}, journal temp folder on ${machine.journalDisk}`;
}

/** Enough digits to compare, no more: sub-millisecond figures keep three decimals, counts none. */
export function formatValue(value: number, unit: string): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (unit === 'ms') return value < 10 ? value.toFixed(3) : value < 100 ? value.toFixed(2) : value.toFixed(0);
  if (unit === 'KB') return value.toFixed(1);
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

export function metMark(met: boolean | undefined): string {
  return met === undefined ? '–' : met ? '✓' : '✗';
}

const HEADINGS = ['name', 'median', 'p95', 'unit', 'target', 'met'] as const;

function cells(row: BenchRow): string[] {
  return [row.name, formatValue(row.median, row.unit), formatValue(row.p95, row.unit), row.unit, row.target || 'reference', metMark(row.met)];
}

/** The table for a terminal: columns padded, figures right-aligned. */
export function textTable(rows: readonly BenchRow[]): string {
  const table = [[...HEADINGS], ...rows.map(cells)];
  const widths = HEADINGS.map((_, column) => Math.max(...table.map((line) => [...(line[column] ?? '')].length)));
  const numeric = new Set([1, 2]);
  const render = (line: readonly string[]): string => line
    .map((cell, column) => {
      const width = widths[column] ?? 0;
      return numeric.has(column) ? cell.padStart(width) : cell.padEnd(width);
    })
    .join('  ')
    .trimEnd();
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  return [render(table[0] ?? []), rule, ...table.slice(1).map(render)].join('\n');
}

export function markdownTable(rows: readonly BenchRow[]): string {
  const escape = (cell: string): string => cell.replaceAll('|', '\\|');
  return [
    `| ${HEADINGS.join(' | ')} |`,
    '| --- | ---: | ---: | --- | --- | :---: |',
    ...rows.map((row) => `| ${cells(row).map(escape).join(' | ')} |`),
  ].join('\n');
}

/** The whole of docs/benchmarks.md: it shows the latest run only. */
export function markdown(report: Report): string {
  const { machine } = report;
  return `# Benchmarks

Written by \`npm run bench\` (test/bench/run.ts); this file shows the **latest run only** — every run replaces it, older
figures live in git history. Figures are **reported against their targets, never asserted**: the test suites only check
that each bench still runs and that its rows have the right shape, so a slow machine prints a miss instead of failing a
build.

What is measured:

- **Journal** (\`test/bench/journal-bench.ts\`): a SQLite journal holding a year of payments, built in a temp folder
  and removed afterwards. One durable write (WAL, \`synchronous=FULL\`) against a bare node:sqlite insert on the same
  disk, interleaved; a history page of 50 at a random depth; the manager's history screen: a page of one day, of two
  states and of one method, and a search by a tradeNo's first 8 digits, by a Paypro reference's first 8 characters
  (lower case) and by an amount; one day's totals; the start-up scan. The search "20250" (most of the year, none of
  its last quarter) is the slowest kind of search, whose cost grows with the rows it matches: a reference figure.
  The **day report** (\`test/bench/day-report-bench.ts\`) is the whole report "Tutup hari" shows for one business day
  (totals by method and state, the partial payments, the late payments awaiting a decision), built by the real
  payment core opened over that same journal.
- **Paid-to-screen** (\`test/bench/paid-to-screen.ts\`): a real \`PaymentService\` at the production pace
  (\`DEFAULT_TIMING\`: one status check a second for the payment on the counter), the real Paypro client over loopback
  HTTP to the Paypro simulator, the real SQLite journal. Each QRIS payment is paid at the simulator a random
  moment within two check periods of its QR being shown — a whole number of periods, so every phase of the polling
  is equally likely, as it is for a real customer. The figure runs from just before the settle to the service
  announcing \`paid\`, so it is mostly the wait for the next status check. Status queries are counted per payment
  up to \`paid\` (target: no more than one per second on the counter, plus one); "queries after paid" counts every
  Paypro request about a payment after it was announced paid, until its till closes (at least 2.5 s after the
  till's last payment). Several tills (each with its own service, journal and simulator) charge side by side to
  keep the run short.
- **Renderer bundle** (\`test/bench/bundle-size.ts\`): the JavaScript the counter loads at start (the scripts and
  module preloads \`dist/renderer/index.html\` names), each file gzipped (level 9) and summed; 1 KB = 1,000 bytes, as
  Vite prints it. The 90 KB target is for this: what a till loads before it can charge. English (loaded when a
  cashier picks it), the customer display's page and the screens loaded the first time they open (history, the
  manager PIN dialog) are not loaded at start: they count in the second row, every \`assets/*.js\` file of both
  windows, and each has a row of its own; those rows are reference figures. Built with \`vite build\` only when
  \`dist/renderer\` is missing, so it measures the build that is there.

## Latest run

- Date: ${report.startedAt.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}
- Command: \`${report.command}\`
- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB.toFixed(1)} GiB RAM
- OS: ${machine.os}; Node ${machine.node}
- Journal temp folder: ${machine.journalDisk}
- Duration: ${(report.durationMs / 1_000).toFixed(0)} s

${markdownTable(report.rows)}

met: ✓ target met, ✗ missed, – reference figure (no target).
${report.notes.length > 0 ? `\n${report.notes.map((note) => `- ${note}`).join('\n')}\n` : ''}`;
}

export async function writeMarkdown(file: string, report: Report): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, markdown(report));
}
