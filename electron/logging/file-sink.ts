import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { LogFile, NodeLogger } from 'electron-log';
import type { LogLevel, LogSink } from './logger.ts';

export interface FileSinkOptions {
  /** The log folder: Electron's app.getPath('logs') in the app, a temp folder in tests. */
  readonly dir: string;
  /** Rotate when the file passes this size (bytes). */
  readonly maxSize?: number;
  /** How many rotated files to keep beside the current one. */
  readonly keep?: number;
  /** Also print to the console (development). */
  readonly console?: boolean;
}

export const LOG_FILE = 'kasir.log';
export const DEFAULT_MAX_LOG_SIZE = 1024 * 1024;
export const DEFAULT_KEPT_LOGS = 4;

/** kasir.log, then kasir.1.log (the newest rotated) … kasir.<keep>.log. */
export function rotatedName(index: number): string {
  return index === 0 ? LOG_FILE : LOG_FILE.replace(/\.log$/, `.${index}.log`);
}

/** The till's log files in `dir`, current first, then the rotated ones newest first. */
export function logFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const indexOf = (name: string): number => (name === LOG_FILE ? 0 : Number(/^kasir\.(\d{1,3})\.log$/.exec(name)?.[1] ?? Number.NaN));
  return readdirSync(dir)
    .filter((name) => Number.isInteger(indexOf(name)))
    .sort((a, b) => indexOf(a) - indexOf(b))
    .map((name) => join(dir, name));
}

/** Shifts kasir.log → kasir.1.log → … and drops the oldest, so a till's disk never fills with logs. */
function rotate(dir: string, keep: number): void {
  rmSync(join(dir, rotatedName(keep)), { force: true });
  for (let index = keep - 1; index >= 0; index--) {
    const from = join(dir, rotatedName(index));
    if (existsSync(from)) renameSync(from, join(dir, rotatedName(index + 1)));
  }
}

/**
 * electron-log's file transport as the sink of the till's log: its own file in `dir`, written synchronously (a
 * crash loses no line), rotated by size. `electronLog` is `electron-log/node` (it needs no Electron, so the app and
 * the tests write logs the same way); each call makes a logger instance of its own.
 */
export function createFileSink(electronLog: NodeLogger, options: FileSinkOptions): LogSink {
  const keep = Math.max(1, options.keep ?? DEFAULT_KEPT_LOGS);
  const log = electronLog.create({ logId: `kasir-${options.dir}` });
  const file = log.transports.file;
  // Naming the app keeps electron-log from looking for a package.json to find a default folder it will not use.
  file.setAppName('Kasir');
  file.resolvePathFn = () => join(options.dir, LOG_FILE);
  file.maxSize = options.maxSize ?? DEFAULT_MAX_LOG_SIZE;
  file.sync = true;
  file.level = 'info';
  file.archiveLogFn = (_old: LogFile) => rotate(options.dir, keep);
  file.format = '[{y}-{m}-{d} {h}:{i}:{s}.{ms}] [{level}] {text}';
  log.transports.console.level = options.console === true ? 'info' : false;
  for (const name of ['ipc', 'remote'] as const) {
    const transport = log.transports[name];
    if (transport) transport.level = false;
  }
  return {
    write(level: LogLevel, line: string) {
      log[level](line);
    },
  };
}
