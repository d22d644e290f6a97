/**
 * Which payment updates a customer-facing window may receive: those of the payment on the counter, and the one
 * update in which that payment leaves the counter (cancelled, or the cashier moved on), so the customer's screen
 * can go back to its welcome. Never anything about another customer's payment, such as money that arrives
 * late for a payment let go an hour ago. Plain module: main's IPC wrapper and the browser tests' transport
 * filter with the same code.
 */
export interface CounterFacts {
  readonly tradeNo: string;
  readonly onCounter: boolean;
}

function isCounterFacts(payload: unknown): payload is CounterFacts {
  if (typeof payload !== 'object' || payload === null) return false;
  const { tradeNo, onCounter } = payload as Partial<Record<keyof CounterFacts, unknown>>;
  return typeof tradeNo === 'string' && typeof onCounter === 'boolean';
}

export class CounterFeed {
  /** The payment on the counter as the updates so far tell it. */
  #onCounter: string | undefined;
  #heardAny = false;

  /**
   * Starts from the payment main has on the counter (a restart may have brought one back), unless an update
   * has already said something newer.
   */
  start(counter: unknown): void {
    if (!this.#heardAny && isCounterFacts(counter) && counter.onCounter) this.#onCounter = counter.tradeNo;
  }

  /** Sees every payment update, in order; answers whether customer windows may receive this one. */
  admit(payload: unknown): boolean {
    this.#heardAny = true;
    if (!isCounterFacts(payload)) return false;
    if (payload.onCounter) {
      this.#onCounter = payload.tradeNo;
      return true;
    }
    if (payload.tradeNo !== this.#onCounter) return false;
    this.#onCounter = undefined;
    return true;
  }
}
