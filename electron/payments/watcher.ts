import type { PayproClient } from '../paypro/client.ts';
import type { PaymentBook } from './book.ts';
import type { Clock, Timer } from './clock.ts';
import { isConclusive, queryEvent } from './gateway-answers.ts';
import { isWatched } from './lifecycle.ts';
import type { Payment } from './payment.ts';
import type { PaymentTiming } from './timing.ts';
import { nextCheckDelay } from './timing.ts';

/** The part of the Paypro client the payment core needs; the real client in every test that can run it. */
export type PayproGateway = Pick<PayproClient, 'payIn' | 'paymentLink' | 'queryPayInResult'>;

export interface CheckResult {
  readonly payment: Payment;
  /** The gateway gave an answer Kasir believes (not a lost or disbelieved one). */
  readonly conclusive: boolean;
}

/**
 * Asks the gateway about every payment that is still watched, at the pace `nextCheckDelay` sets, and runs the
 * till's own deadlines: the QR / VA expiry and the end of the watch. One status check per payment is in
 * flight at a time; whoever else wants an answer (the cashier's cancel or "check now") shares it.
 */
export class PaymentWatcher {
  readonly #checks = new Map<string, Timer>();
  readonly #deadlines = new Map<string, Timer>();
  readonly #inFlight = new Map<string, Promise<CheckResult>>();
  readonly #book: PaymentBook;
  readonly #gateway: PayproGateway;
  readonly #clock: Clock;
  readonly #timing: PaymentTiming;
  #stopped = false;

  constructor(book: PaymentBook, gateway: PayproGateway, clock: Clock, timing: PaymentTiming) {
    this.#book = book;
    this.#gateway = gateway;
    this.#clock = clock;
    this.#timing = timing;
  }

  /** (Re)plans the next check and the next deadline of a payment, after any change to it. */
  follow(payment: Payment): void {
    const { tradeNo } = payment;
    this.#checks.get(tradeNo)?.cancel();
    this.#checks.delete(tradeNo);
    this.#deadlines.get(tradeNo)?.cancel();
    this.#deadlines.delete(tradeNo);
    if (this.#stopped) return;
    const now = this.#clock.now();
    const delay = nextCheckDelay(payment, this.#timing, now);
    if (delay !== undefined) this.#checks.set(tradeNo, this.#clock.after(delay, () => void this.#tick(tradeNo)));
    const deadline = payment.state === 'awaiting' ? payment.expiresAt : isWatched(payment) ? payment.watchUntil : undefined;
    if (deadline !== undefined) this.#deadlines.set(tradeNo, this.#clock.after(deadline - now, () => void this.#deadline(tradeNo)));
  }

  /** One status check now, or the answer of the one already under way. */
  check(tradeNo: string): Promise<CheckResult> {
    const running = this.#inFlight.get(tradeNo);
    if (running) return running;
    const check = this.#query(tradeNo).finally(() => this.#inFlight.delete(tradeNo));
    this.#inFlight.set(tradeNo, check);
    return check;
  }

  /** A status check is under way at the gateway now. */
  get checking(): boolean {
    return this.#inFlight.size > 0;
  }

  /** Stops planning checks and waits for the ones under way. */
  async stop(): Promise<void> {
    this.#stopped = true;
    for (const timer of [...this.#checks.values(), ...this.#deadlines.values()]) timer.cancel();
    this.#checks.clear();
    this.#deadlines.clear();
    await Promise.allSettled([...this.#inFlight.values()]);
  }

  async #query(tradeNo: string): Promise<CheckResult> {
    const outcome = await this.#gateway.queryPayInResult(tradeNo);
    const current = this.#book.get(tradeNo);
    if (!current) throw new Error(`payment ${tradeNo} vanished during its status check`);
    const event = queryEvent(outcome, current);
    return { payment: await this.#book.apply(tradeNo, event), conclusive: isConclusive(event) };
  }

  async #tick(tradeNo: string): Promise<void> {
    this.#checks.delete(tradeNo);
    if (this.#stopped) return;
    await this.check(tradeNo).catch(() => undefined);
    const payment = this.#book.get(tradeNo);
    // A check that changed nothing did not replan anything: plan the next one here.
    if (payment && !this.#stopped && !this.#checks.has(tradeNo)) this.follow(payment);
  }

  /** The QR / VA number's time is up, or the watch is over: one last look at the gateway first. */
  async #deadline(tradeNo: string): Promise<void> {
    this.#deadlines.delete(tradeNo);
    if (this.#stopped) return;
    const { payment } = await this.check(tradeNo).catch(() => ({ payment: this.#book.get(tradeNo) }));
    if (!payment || this.#stopped) return;
    const now = this.#clock.now();
    const due = payment.state === 'awaiting' ? payment.expiresAt : isWatched(payment) ? payment.watchUntil : undefined;
    if (due === undefined) return;
    // Timers may fire a moment early (libuv's cached loop time): then wait for the rest instead.
    if (due > now) this.follow(payment);
    else await this.#book.apply(tradeNo, payment.state === 'awaiting' ? { type: 'expire' } : { type: 'watchEnded' });
  }
}
