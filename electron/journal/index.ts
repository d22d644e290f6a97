/** The payment journal on SQLite (node:sqlite); the payment service sees it only as a PaymentJournal. */
export { SqliteJournal, MAX_HISTORY_PAGE, MAX_AUDIT_PAGE } from './sqlite-journal.ts';
export type { SqliteJournalOptions } from './sqlite-journal.ts';
export { SCHEMA_VERSION } from './schema.ts';
