import type { ErrorCode } from '../../shared/ipc/contract.ts';
import type { Result } from '../../shared/result.ts';
import { err, ok } from '../../shared/result.ts';

/**
 * Whether the till may restart now (to install an update, or because the manager shuts it down). A payment that
 * holds the counter has a customer in front of it; a status check under way has a question out at Paypro whose
 * answer would be lost. Either way the restart waits: the manager tries again when the counter is free.
 */
export interface TillActivity {
  /** A payment is on the counter: being created, waiting for the customer, or being checked before it may leave. */
  readonly holdsCounter: boolean;
  /** A charge is being recorded or a status check is under way at the gateway right now. */
  readonly working: boolean;
}

export const IDLE: TillActivity = { holdsCounter: false, working: false };

export function mayRestart(activity: TillActivity): Result<void, ErrorCode> {
  if (activity.holdsCounter) return err('PAYMENT_IN_PROGRESS', 'A payment holds the counter: finish or cancel it first.');
  if (activity.working) return err('PAYMENT_IN_PROGRESS', 'A payment is being checked at Paypro: try again in a moment.');
  return ok(undefined);
}

/**
 * The updater as the core sees it: electron-updater in an installed till (electron/main/updater.ts), a stand-in in
 * tests. Only the manager's requests reach it; it never looks for an update by itself.
 */
export interface Updater {
  /** The version running now. */
  readonly currentVersion: string;
  /**
   * Asks the feed for a newer version and downloads it. Resolves to that version, or undefined when there is
   * nothing newer; rejects when the feed cannot be reached or read.
   */
  check(feedUrl: string): Promise<string | undefined>;
  /** The newer version downloaded and ready to install, if any. */
  downloaded(): string | undefined;
  /** Quits and starts the installer. Called only after the journal is closed. */
  install(): void;
}
