/**
 * The manager's diagnostics archive (Menu → Diagnostik): one .zip for support with the logs, the settings without
 * secrets, the journal's health (counts, never rows) and the versions. Manager-only (shared/ipc/roles.ts).
 */
export interface DiagnosticsExport {
  /** Where the archive was written (the till's reports folder, beside the day's CSV exports). */
  readonly file: string;
  /** The archive's entries, e.g. `logs/kasir.log`, `settings.json`, `journal.json`, `versions.json`. */
  readonly entries: readonly string[];
}
