import { copyFile, readFile } from 'node:fs/promises';
import type { z } from 'zod';
import type { SettingsProblem, SettingsValues } from '../../shared/ipc/settings.ts';
import type { Settings, SettingsLoad } from './settings.ts';
import { defaultSettings, settingsSchema } from './settings.ts';
import { writeFileWhole } from '../files/write-whole.ts';

/**
 * settings.json as the manager's screen reads and writes it. Reading never throws for a bad file: it answers what
 * can be used, what cannot (each field named), and the defaults in the broken fields' place, so the screen can
 * offer a repair. Writing is whole-file and atomic, and a damaged file is kept aside, never overwritten.
 */

// The screen's interface and the schema must describe the same object: a field added to one is added to both.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameKeys: Same<keyof SettingsValues, keyof Settings> = true;
const readsAsValues: SettingsValues = {} as Settings;
void sameKeys;
void readsAsValues;

export interface SettingsRead {
  readonly values: Settings;
  readonly source: 'file' | 'defaults' | 'damaged';
  readonly problems: readonly SettingsProblem[];
  /** The file as it was, when it was damaged: kept aside before a repair overwrites it. */
  readonly damagedText: string | undefined;
}

export function problemsOf(error: z.ZodError): SettingsProblem[] {
  return error.issues.map((issue) => ({ field: issue.path.map(String).join('.'), rule: issue.code, detail: issue.message }));
}

export async function readSettingsFile(file: string): Promise<SettingsRead> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { values: defaultSettings(), source: 'defaults', problems: [], damagedText: undefined };
    return damaged([{ field: '', rule: 'unreadable', detail: (error as Error).message }], undefined);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return damaged([{ field: '', rule: 'json', detail: 'settings.json is not valid JSON' }], text);
  }
  const parsed = settingsSchema.safeParse(raw);
  if (parsed.success) return { values: parsed.data, source: 'file', problems: [], damagedText: undefined };
  const problems = problemsOf(parsed.error);
  // Keep every field that is fine; the broken ones (and unknown ones) fall back to their defaults.
  const broken = new Set(problems.map((problem) => problem.field.split('.')[0] ?? ''));
  const kept = typeof raw === 'object' && raw !== null && !Array.isArray(raw)
    ? Object.fromEntries(Object.entries(raw).filter(([key]) => !broken.has(key) && key in settingsSchema.shape))
    : {};
  const rest = settingsSchema.safeParse(kept);
  return { values: rest.success ? rest.data : defaultSettings(), source: 'damaged', problems, damagedText: text };

  function damaged(found: SettingsProblem[], original: string | undefined): SettingsRead {
    return { values: defaultSettings(), source: 'damaged', problems: found, damagedText: original };
  }
}

/**
 * The settings as the till opens with them. A missing file means defaults (demo mode); a broken file is an error
 * naming what is wrong, never a silent switch to demo: the screen's repair (readSettingsFile) is for the manager.
 */
export async function loadSettings(file: string): Promise<SettingsLoad> {
  const read = await readSettingsFile(file);
  if (read.source !== 'damaged') return { ok: true, settings: read.values, fromFile: read.source === 'file' };
  const first = read.problems[0];
  if (first?.rule === 'unreadable') return { ok: false, message: `cannot read ${file}: ${first.detail}` };
  if (first?.rule === 'json') return { ok: false, message: `${file} is not valid JSON` };
  return { ok: false, message: `${first?.field || 'settings'}: ${first?.detail ?? 'invalid'}` };
}

/**
 * Writes the settings whole: a temporary file renamed over the old one, so a power cut leaves one or the other.
 * A damaged file is first copied aside as settings.json.damaged-<time>, for IT to look at.
 */
export async function writeSettingsFile(file: string, settings: Settings, previous: SettingsRead, now: number): Promise<void> {
  if (previous.source === 'damaged' && previous.damagedText !== undefined) await copyFile(file, `${file}.damaged-${now}`).catch(() => undefined);
  await writeFileWhole(file, `${JSON.stringify(settings, null, 2)}\n`, { ownerOnly: true });
}

/** The top-level fields whose values differ: what the audit log records of a change (never a value). */
export function changedFields(before: Settings, after: Settings): string[] {
  return (Object.keys(after) as (keyof Settings)[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}
