import { readFile } from 'node:fs/promises';
import type { ManagerRecord, ManagerStore } from './access.ts';
import { writeFileWhole } from '../files/write-whole.ts';

/**
 * The manager PIN's hash and the wrong-PIN count, in `manager.json` beside `settings.json` (readable by this user
 * only), apart from the journal so a manager can get in even when the journal is what blocks the till. A file that
 * is missing or not one this code wrote means "no PIN yet": deleting it is how IT resets a forgotten PIN.
 */
const EMPTY: ManagerRecord = { pinHash: undefined, guard: { failures: 0, waitUntil: 0 } };

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

function parse(text: string): ManagerRecord {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return EMPTY;
  }
  if (typeof raw !== 'object' || raw === null) return EMPTY;
  const { pinHash, guard } = raw as { pinHash?: unknown; guard?: { failures?: unknown; waitUntil?: unknown } };
  if (typeof pinHash !== 'string' || !pinHash.startsWith('scrypt$')) return EMPTY;
  const failures = isCount(guard?.failures) ? guard.failures : 0;
  const waitUntil = isCount(guard?.waitUntil) ? guard.waitUntil : 0;
  return { pinHash, guard: { failures, waitUntil } };
}

export class FileManagerStore implements ManagerStore {
  readonly #file: string;

  constructor(file: string) {
    this.#file = file;
  }

  async load(): Promise<ManagerRecord> {
    try {
      return parse(await readFile(this.#file, 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY;
      throw error;
    }
  }

  /** Written whole to a temporary file and renamed over the old one, so a power cut leaves one or the other. */
  async save(record: ManagerRecord): Promise<void> {
    await writeFileWhole(this.#file, `${JSON.stringify({ version: 1, pinHash: record.pinHash, guard: record.guard })}\n`, { ownerOnly: true });
  }
}
