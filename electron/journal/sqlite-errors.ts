import { JournalError } from '../payments/journal.ts';

/**
 * node:sqlite throws plain Errors carrying SQLite's *extended* result code as `errcode` (e.g. 3850,
 * SQLITE_IOERR_LOCK, on a read-only mount) and its text as `errstr`. The low byte is the primary code, which is
 * all the cashier's screens need to tell a damaged file from a full disk from a second Kasir.
 */
const SQLITE = {
  PERM: 3,
  BUSY: 5,
  LOCKED: 6,
  READONLY: 8,
  IOERR: 10,
  CORRUPT: 11,
  FULL: 13,
  CANTOPEN: 14,
  NOTADB: 26,
} as const;

/** sqlite3_errstr's words, for an error that lost its code on the way (wrapped, or from an older Node). */
const CODE_BY_MESSAGE: readonly (readonly [RegExp, number])[] = [
  [/file is not a database/i, SQLITE.NOTADB],
  [/database disk image is malformed/i, SQLITE.CORRUPT],
  [/database or disk is full/i, SQLITE.FULL],
  [/attempt to write a readonly database/i, SQLITE.READONLY],
  [/unable to open database file/i, SQLITE.CANTOPEN],
  [/disk I\/O error/i, SQLITE.IOERR],
  [/database (table )?is locked/i, SQLITE.BUSY],
  [/access permission denied/i, SQLITE.PERM],
];

/** SQLite's primary result code behind an error thrown by node:sqlite, when it is one. */
export function sqlitePrimaryCode(error: unknown): number | undefined {
  if (!(error instanceof Error)) return undefined;
  const errcode: unknown = (error as { errcode?: unknown }).errcode;
  if (typeof errcode === 'number') return errcode & 0xff;
  return CODE_BY_MESSAGE.find(([pattern]) => pattern.test(error.message))?.[1];
}

function sqliteWords(error: unknown): string {
  const errstr: unknown = error instanceof Error ? (error as { errstr?: unknown }).errstr : undefined;
  return typeof errstr === 'string' ? errstr : error instanceof Error ? error.message : String(error);
}

/** The journal problem an error stands for, or undefined when it is not one the cashier can act on (a bug). */
export function journalErrorFor(error: unknown, location: string): JournalError | undefined {
  if (error instanceof JournalError) return error;
  const options = { cause: error };
  switch (sqlitePrimaryCode(error)) {
    case SQLITE.NOTADB:
      return new JournalError('damaged', location, 'the file is not a SQLite database, so it cannot be a Kasir journal', options);
    case SQLITE.CORRUPT:
      return new JournalError('damaged', location, 'the file is corrupt (SQLite found a malformed database page)', options);
    case SQLITE.FULL:
      return new JournalError('unwritable', location, 'the disk is full; free some space and the journal can be written again', options);
    case SQLITE.READONLY:
    case SQLITE.PERM:
      return new JournalError('unwritable', location, 'the file or its folder is read-only', options);
    case SQLITE.CANTOPEN:
      return new JournalError('unwritable', location, 'the file cannot be created or opened; check that its folder exists and can be written', options);
    case SQLITE.IOERR:
      return new JournalError('unwritable', location, `the disk refused a read or write (${sqliteWords(error)}); it may be read-only, full or failing`, options);
    case SQLITE.BUSY:
    case SQLITE.LOCKED:
      return new JournalError('busy', location, 'another Kasir has this journal open', options);
    default:
      return undefined;
  }
}

/** What to throw for a failed journal call: the JournalError it stands for, else the original error untouched. */
export function journalFailure(error: unknown, location: string): unknown {
  return journalErrorFor(error, location) ?? error;
}
