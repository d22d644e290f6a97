/**
 * Every timer the simulator arms goes through one TimerSet, so close() can cancel all of them and a test
 * process never waits on a forgotten retry or expiry. Timers are unref'd: the listening server, not a
 * pending callback, is what keeps a CLI process alive.
 */
const MAX_TIMEOUT_MS = 2_147_483_647;

export class TimerSet {
  private readonly pending = new Set<NodeJS.Timeout>();
  private closed = false;

  /** Runs fn after ms. Delays beyond setTimeout's range never fire (Node would fire them at once instead). */
  later(ms: number, fn: () => void): void {
    if (this.closed || ms > MAX_TIMEOUT_MS) return;
    const timer = setTimeout(() => {
      this.pending.delete(timer);
      fn();
    }, Math.max(0, ms));
    timer.unref();
    this.pending.add(timer);
  }

  /** Resolves after ms, or never if the set is cleared first (the caller's socket is gone by then anyway). */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.later(ms, resolve));
  }

  clearAll(): void {
    this.closed = true;
    for (const timer of this.pending) clearTimeout(timer);
    this.pending.clear();
  }
}

/** Appends to a log, dropping the oldest entries, so a long-running simulator's memory stays bounded. */
export function pushBounded<T>(log: T[], entry: T, max = 10_000): void {
  log.push(entry);
  if (log.length > max) log.splice(0, log.length - max);
}
