import { DatabaseSync } from 'node:sqlite';
import { JournalError } from '../payments/journal.ts';
import { KASIR_APPLICATION_ID, SCHEMA_VERSION, migrate } from './schema.ts';
import { journalFailure } from './sqlite-errors.ts';
import { inTransaction } from './transaction.ts';

export interface ConnectionOptions {
  /** How long to wait for another process's lock before reporting 'busy' (default 250 ms: fail fast, never hang). */
  readonly busyTimeoutMs?: number;
}

const DEFAULT_BUSY_TIMEOUT_MS = 250;
/** SQLite's name for a database that lives in this process's memory only. */
const IN_MEMORY = ':memory:';

/**
 * Opens the journal file as this process's own: durable settings, checked to be a Kasir journal this version can
 * read, migrated to the current layout, and locked against a second Kasir. Every check that can refuse a file runs
 * before anything is written to it, so a damaged or foreign file is left exactly as it was.
 */
export function openConnection(file: string, options: ConnectionOptions = {}): DatabaseSync {
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(file, { timeout: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS });
  } catch (error) {
    throw journalFailure(error, file);
  }
  try {
    settle(db, file);
    return db;
  } catch (error) {
    // Closing also releases the file's lock and handle (an open handle would, for one, keep its disk from unmounting).
    db.close();
    throw journalFailure(error, file);
  }
}

function settle(db: DatabaseSync, file: string): void {
  // EXCLUSIVE before WAL: SQLite then keeps the WAL index in this process's memory instead of a shared -shm file,
  // and holds the file lock from the first read until close. A second Kasir gets SQLITE_BUSY at once; a Kasir that
  // dies releases the lock with its process.
  db.exec('PRAGMA locking_mode = EXCLUSIVE');
  const version = checkIdentity(db, file);
  const mode = db.prepare('PRAGMA journal_mode = WAL').get()?.['journal_mode'];
  // An in-memory journal (demo mode, whose simulated gateway is gone after a restart anyway) has no log to keep.
  if (mode !== (file === IN_MEMORY ? 'memory' : 'wal')) {
    throw new JournalError('unwritable', file, `SQLite cannot keep a write-ahead log for this file (journal mode stays ${String(mode)})`);
  }
  db.exec('PRAGMA synchronous = FULL');
  db.exec('PRAGMA foreign_keys = ON');
  migrate(db, version);
  // An empty write transaction takes the write lock now, so a file that cannot be written is found at start-up
  // rather than at the first payment.
  inTransaction(db, () => undefined);
}

/** The file's layout version, once it is known to be a Kasir journal (or empty) that this code can read. */
function checkIdentity(db: DatabaseSync, file: string): number {
  // The first read: a file that is not SQLite (NOTADB) or that another Kasir holds (BUSY) stops here.
  const version = Number(db.prepare('PRAGMA user_version').get()?.['user_version']);
  const applicationId = Number(db.prepare('PRAGMA application_id').get()?.['application_id']);
  const objects = Number(db.prepare('SELECT count(*) AS objects FROM sqlite_schema').get()?.['objects']);
  if (version > SCHEMA_VERSION) {
    throw new JournalError(
      'damaged', file,
      `it was written by a newer Kasir (journal layout ${version}; this Kasir reads up to ${SCHEMA_VERSION}). Update Kasir; the file was not changed`,
    );
  }
  const fresh = version === 0 && objects === 0;
  if (!fresh && applicationId !== KASIR_APPLICATION_ID) {
    throw new JournalError('damaged', file, 'it is a SQLite database of another program, not a Kasir journal; the file was not changed');
  }
  return version;
}
