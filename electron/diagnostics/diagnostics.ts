import { readFile, stat } from 'node:fs/promises';
import { arch, platform, release, type } from 'node:os';
import { basename, join } from 'node:path';
import type { DiagnosticsExport } from '../../shared/ipc/diagnostics.ts';
import type { AppInfo, ErrorCode } from '../../shared/ipc/contract.ts';
import type { Result } from '../../shared/result.ts';
import { ok } from '../../shared/result.ts';
import { logFiles } from '../logging/file-sink.ts';
import type { Logger } from '../logging/logger.ts';
import { redact } from '../logging/redact.ts';
import type { AuditEntry, JournalCheck } from '../payments/journal.ts';
import type { ZipEntry } from './zip.ts';
import { writeZip } from './zip.ts';
import { writeFileWhole } from '../files/write-whole.ts';

/**
 * The manager's diagnostics archive for support: one .zip beside the day's CSV exports with the log files, the
 * settings (payer data masked; the secret is never in them), the journal's health (integrity and counts, never a
 * row) and the versions of Kasir, Electron and the OS. Every text is scrubbed once more on its way into the archive.
 */
export interface DiagnosticsContext {
  readonly reportsDir: string;
  readonly settingsFile: string;
  /** The log folder; undefined when this till keeps no log files. */
  readonly logDir: string | undefined;
  readonly log: Logger;
  readonly info: () => AppInfo;
  /** The open journal's check; undefined while the till has no journal open (it is blocked) or cannot check. */
  readonly checkJournal: () => Promise<JournalCheck | undefined>;
  readonly appVersion: string | undefined;
  readonly now: () => number;
  readonly audit: (action: string, detail: AuditEntry['detail']) => Promise<void>;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
const two = (value: number): string => String(value).padStart(2, '0');

function stamp(at: Date): string {
  return `${at.getFullYear()}${two(at.getMonth() + 1)}${two(at.getDate())}-${two(at.getHours())}${two(at.getMinutes())}${two(at.getSeconds())}`;
}

async function sizeOf(file: string): Promise<number | null> {
  try {
    return (await stat(file)).size;
  } catch {
    return null;
  }
}

async function settingsEntry(context: DiagnosticsContext): Promise<string> {
  let text: string;
  try {
    text = await readFile(context.settingsFile, 'utf8');
  } catch {
    return json({ note: 'There is no settings.json: the till runs in demo mode.' });
  }
  try {
    // The parsed file, so payer fields are masked by name; a damaged one is kept as text, scrubbed.
    return context.log.scrub(json(redact(JSON.parse(text.replace(/^\uFEFF/, '')))));
  } catch {
    return context.log.scrub(text);
  }
}

async function journalEntry(context: DiagnosticsContext): Promise<string> {
  const info = context.info();
  const file = info.journalFile;
  const check = await context.checkJournal();
  return json({
    open: check !== undefined,
    inMemory: file === undefined,
    blockedReason: info.blockedReason ?? null,
    warning: info.warning ?? null,
    file: file === undefined ? null : basename(file),
    fileSizeBytes: file === undefined ? null : await sizeOf(file),
    writeAheadLogBytes: file === undefined ? null : await sizeOf(`${file}-wal`),
    ...(check ?? { integrity: null }),
  });
}

function versionsEntry(context: DiagnosticsContext, at: Date): string {
  const { versions } = process;
  return json({
    kasir: context.appVersion ?? null,
    electron: versions['electron'] ?? null,
    chrome: versions['chrome'] ?? null,
    node: versions.node,
    v8: versions.v8,
    os: { platform: platform(), type: type(), release: release(), arch: arch() },
    mode: context.info().mode,
    createdAt: at.toISOString(),
  });
}

export async function exportDiagnostics(context: DiagnosticsContext): Promise<Result<DiagnosticsExport, ErrorCode>> {
  const at = new Date(context.now());
  const entries: ZipEntry[] = [];
  const text = (name: string, content: string): void => {
    entries.push({ name, data: Buffer.from(context.log.scrub(content), 'utf8') });
  };
  for (const file of context.logDir === undefined ? [] : logFiles(context.logDir)) {
    text(`logs/${basename(file)}`, await readFile(file, 'utf8'));
  }
  text('settings.json', await settingsEntry(context));
  text('journal.json', await journalEntry(context));
  text('versions.json', versionsEntry(context, at));

  const file = join(context.reportsDir, `kasir-diagnostik-${stamp(at)}.zip`);
  // Written whole, so a half-written archive never stays behind.
  await writeFileWhole(file, writeZip(entries, at));
  await context.audit('diagnostics.exported', { entries: entries.length });
  context.log.info('diagnostics.exported', { file: basename(file), entries: entries.map((entry) => entry.name) });
  return ok({ file, entries: entries.map((entry) => entry.name) });
}
