import type { Updater } from '../../../electron/updates/update-gate.ts';

/** What the feed answers the next check: a newer version (downloaded), nothing newer, or a failure in the updater's words. */
export type FeedAnswer = { readonly version: string } | 'nothingNewer' | { readonly fails: string };

/**
 * A stand-in for electron-updater, which needs Electron and cannot start on this machine: the one part of the
 * update path that is not real in the e2e suite. It answers checks as the test sets it and records what the core
 * asked of it; the gating, the audit entry, the core's shutdown and the screen around it are all real.
 */
export class StandInUpdater implements Updater {
  readonly currentVersion = '1.4.0';
  next: FeedAnswer = 'nothingNewer';
  /** The feed addresses checks were sent to, in order. */
  readonly checks: string[] = [];
  installs = 0;
  #downloaded: string | undefined;

  check(feedUrl: string): Promise<string | undefined> {
    this.checks.push(feedUrl);
    const answer = this.next;
    if (answer === 'nothingNewer') return Promise.resolve(undefined);
    if ('fails' in answer) return Promise.reject(new Error(answer.fails));
    this.#downloaded = answer.version;
    return Promise.resolve(answer.version);
  }

  downloaded(): string | undefined {
    return this.#downloaded;
  }

  install(): void {
    this.installs += 1;
  }
}

/** Counts the core's calls to end the app (Electron's app.quit in main). */
export class QuitRecorder {
  calls = 0;
  readonly quit = (): void => {
    this.calls += 1;
  };
}
