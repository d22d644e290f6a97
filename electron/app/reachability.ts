import type { Clock, Timer } from '../payments/clock.ts';

/**
 * Whether Paypro can be reached, as the counter needs to know it: a failed charge or failed status checks
 * make Kasir suspect the connection, a light probe confirms it before anyone is told, and while Paypro stays
 * unreachable the probe keeps trying on its own, so the methods come back by themselves when it answers again.
 */
export type Reachability = 'reachable' | 'unreachable';

export interface ReachabilityOptions {
  /** Resolves true when the gateway answered at all (even a refusal), false when nothing got through. */
  readonly probe: () => Promise<boolean>;
  readonly clock: Clock;
  readonly onChange: (state: Reachability) => void;
  /** First retry while unreachable, doubling up to `maxRetryMs`. */
  readonly retryMs?: number;
  readonly maxRetryMs?: number;
}

export class GatewayReachability {
  readonly #options: ReachabilityOptions;
  #state: Reachability = 'reachable';
  #probing = false;
  #retries = 0;
  #timer: Timer | undefined;
  #closed = false;

  constructor(options: ReachabilityOptions) {
    this.#options = options;
  }

  get state(): Reachability {
    return this.#state;
  }

  /** Something failed in a way that may be the connection: confirm with a probe (one at a time). */
  suspect(): void {
    if (this.#probing || this.#closed || this.#timer) return;
    void this.#probe();
  }

  close(): void {
    this.#closed = true;
    this.#timer?.cancel();
    this.#timer = undefined;
  }

  async #probe(): Promise<void> {
    this.#probing = true;
    const answered = await this.#options.probe().catch(() => false);
    this.#probing = false;
    if (this.#closed) return;
    this.#set(answered ? 'reachable' : 'unreachable');
    if (answered) {
      this.#retries = 0;
      return;
    }
    const retry = Math.min((this.#options.retryMs ?? 10_000) * 2 ** this.#retries, this.#options.maxRetryMs ?? 60_000);
    this.#retries += 1;
    this.#timer = this.#options.clock.after(retry, () => {
      this.#timer = undefined;
      void this.#probe();
    });
  }

  #set(state: Reachability): void {
    if (state === this.#state) return;
    this.#state = state;
    this.#options.onChange(state);
  }
}
