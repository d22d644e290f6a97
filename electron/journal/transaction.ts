import type { DatabaseSync } from 'node:sqlite';

/**
 * Runs `work` between BEGIN IMMEDIATE and COMMIT, so its writes land together or not at all. IMMEDIATE takes the
 * write lock up front: a transaction that cannot write fails before it has read anything it would act on.
 */
export function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  // A rollback that failed last time (a failing disk) is retried here, so one bad moment does not wedge the journal.
  if (db.isTransaction) db.exec('ROLLBACK');
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    rollBackQuietly(db);
    throw error;
  }
}

/** SQLite has already rolled back after some errors (SQLITE_FULL in COMMIT); the caller needs the first error, not this one's. */
function rollBackQuietly(db: DatabaseSync): void {
  if (!db.isTransaction) return;
  try {
    db.exec('ROLLBACK');
  } catch {
    // Left for the next transaction to retry; the error that caused the rollback is the one worth reporting.
  }
}
