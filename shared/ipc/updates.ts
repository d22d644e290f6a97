/**
 * The manager's updates and shutdown, as the IPC contract (./contract.ts) carries them. An update is looked for
 * only when the manager asks, at the feed address in the settings (none: updates are off), and installed only
 * when no payment holds the counter or is being checked (electron/updates/update-gate.ts).
 */
export type UpdateState =
  /** No feed address in the settings: this till does not update itself. */
  | 'off'
  /** This build cannot update itself (a development build, or no updater on this system). */
  | 'unavailable'
  /** The feed has not been asked since Kasir started (only the manager's "check" asks it). */
  | 'notChecked'
  /** The feed has nothing newer than this version. */
  | 'upToDate'
  /** A newer version is downloaded and can be installed (Kasir restarts). */
  | 'ready'
  /** The feed could not be reached or read; `detail` says what happened. */
  | 'failed'
  /** Kasir closed its journal and is restarting into the new version. */
  | 'installing';

export interface UpdateStatus {
  readonly state: UpdateState;
  /** The version running now. */
  readonly currentVersion: string;
  /** The newer version ('ready', 'installing'). */
  readonly version: string | undefined;
  /** Why a check failed, in the updater's words (for IT, not translated). */
  readonly detail: string | undefined;
}

export interface QuitOutcome {
  /** false: this till has nothing to quit (no Electron around it, as in tests). */
  readonly quitting: boolean;
}
