import type { Clock, Timer } from '../../electron/payments/clock.ts';

interface Pending {
  readonly due: number;
  readonly callback: () => void;
  handle: NodeJS.Timeout | undefined;
}

/**
 * A clock that runs in real time but can be moved forward, for the payment core under test: status checks keep
 * their real rhythm, while a 15-minute expiry or a 2-hour watch is reached with one `advance`. Timers that fall
 * due when the clock jumps fire right then, in order.
 */
export class OffsetClock implements Clock {
  #offset = 0;
  readonly #pending = new Set<Pending>();

  now(): number {
    return Date.now() + this.#offset;
  }

  after(ms: number, callback: () => void): Timer {
    const entry: Pending = { due: this.now() + Math.max(0, ms), callback, handle: undefined };
    this.#pending.add(entry);
    this.#arm(entry);
    return {
      cancel: () => {
        clearTimeout(entry.handle);
        this.#pending.delete(entry);
      },
    };
  }

  /** Moves time forward; every timer that is now due fires. */
  advance(ms: number): void {
    this.#offset += ms;
    const due = [...this.#pending].filter((entry) => entry.due <= this.now()).sort((a, b) => a.due - b.due);
    for (const entry of this.#pending) clearTimeout(entry.handle);
    for (const entry of due) this.#fire(entry);
    for (const entry of this.#pending) this.#arm(entry);
  }

  #arm(entry: Pending): void {
    entry.handle = setTimeout(() => this.#fire(entry), Math.max(0, entry.due - this.now()));
  }

  #fire(entry: Pending): void {
    if (!this.#pending.delete(entry)) return;
    clearTimeout(entry.handle);
    entry.callback();
  }
}
