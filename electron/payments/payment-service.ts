import type { ErrorCode } from '../../shared/ipc/contract.ts';
import type { PaymentMethod } from '../../shared/payments.ts';
import type { Payer } from '../../shared/paypro/types.ts';
import type { Result } from '../../shared/result.ts';
import { err, ok } from '../../shared/result.ts';
import { validateAmountWithin } from '../../shared/paypro/validate.ts';
import type { BugReporter, ChangeObserver } from './book.ts';
import { PaymentBook } from './book.ts';
import type { Clock } from './clock.ts';
import { systemClock } from './clock.ts';
import type { MethodCatalogue } from './catalogue.ts';
import { createdEvent, queryEvent } from './gateway-answers.ts';
import type { CheckEvent } from './gateway-answers.ts';
import type {
  AuditEntry, AuditQuery, AuditRecord, HistoryQuery, JournalCheck, JournalEvent, JournalProblem, PaymentJournal, TotalsRow,
} from './journal.ts';
import { JournalError } from './journal.ts';
import { holdsCounter, isWatched, needsAcknowledgement } from './lifecycle.ts';
import type { Payment } from './payment.ts';
import { newPayment } from './payment.ts';
import type { ChargeChoices } from './order.ts';
import { orderFor, sendOrder } from './order.ts';
import type { PaymentTiming } from './timing.ts';
import { DEFAULT_TIMING } from './timing.ts';
import { makeTradeNo } from './trade-no.ts';
import type { PayproGateway } from './watcher.ts';
import { PaymentWatcher } from './watcher.ts';

export type { PayproGateway };
export type { ChargeChoices };

export interface PaymentServiceOptions {
  readonly gateway: PayproGateway;
  /** The service owns it from here on, and closes it in `close()`. */
  readonly journal: PaymentJournal;
  readonly notifyUrl: string;
  /** Where Paypro sends the customer's browser after paying on its page (e-wallet, hosted cashier); optional. */
  readonly returnUrl?: string | undefined;
  /** The shop's QRIS merchant ID (settings): a QR for any other merchant is never shown. */
  readonly nmid?: string | undefined;
  readonly payer: Payer;
  readonly methods: MethodCatalogue;
  readonly timing?: Partial<PaymentTiming>;
  readonly clock?: Clock;
  readonly newTradeNo?: () => string;
  readonly onBug?: BugReporter;
  /** Hears of every change of a payment after it is journalled (the till's log). */
  readonly onChange?: ChangeObserver;
}

type Outcome = Promise<Result<Payment, ErrorCode>>;

/**
 * The payment core's front door: charge, cancel, check, leave a result, collect the rest, acknowledge a late
 * payment. It decides whether an action is allowed now; the transition table decides what it does to the
 * payment; the book journals it; the watcher keeps asking the gateway.
 */
export class PaymentService {
  readonly #book: PaymentBook;
  readonly #watcher: PaymentWatcher;
  readonly #options: PaymentServiceOptions;
  readonly #clock: Clock;
  readonly #timing: PaymentTiming;
  readonly #lastManualCheck = new Map<string, number>();
  #starting = false;
  #closed = false;

  private constructor(options: PaymentServiceOptions) {
    this.#options = options;
    this.#clock = options.clock ?? systemClock;
    this.#timing = { ...DEFAULT_TIMING, ...options.timing };
    this.#book = new PaymentBook(options.journal, this.#clock, this.#timing.watchGraceMs, options.onBug ?? (() => {}), options.onChange);
    this.#watcher = new PaymentWatcher(this.#book, options.gateway, this.#clock, this.#timing);
    this.#book.onChange((payment) => this.#watcher.follow(payment));
  }

  /**
   * Start-up recovery: every payment that is not over is taken up again by its own tradeNo. One whose payIn
   * may or may not have been sent is asked about, never sent again; the payment on the counter comes back.
   */
  static async open(options: PaymentServiceOptions): Promise<PaymentService> {
    const service = new PaymentService(options);
    const { journal } = options;
    const [unfinished, counter, late] = await Promise.all([journal.unfinished(), journal.onCounter(), journal.awaitingAcknowledgement()]);
    service.#book.load([...late, ...(counter ? [counter] : []), ...unfinished], counter?.tradeNo);
    for (const payment of unfinished) {
      if (payment.state === 'creating') await service.#book.apply(payment.tradeNo, { type: 'recovered' });
      else service.#watcher.follow(payment);
    }
    return service;
  }

  /** The payment whose screen is on the counter, if the cashier has not left it. */
  counter(): Payment | undefined {
    return this.#book.counter();
  }

  find(tradeNo: string): Promise<Payment | undefined> {
    return this.#book.find(tradeNo);
  }

  /** The journal's history, newest first, narrowed by the query's filters (../journal/history-plan.ts). */
  history(query: HistoryQuery): Promise<Payment[]> {
    return this.#options.journal.history(query);
  }

  /** Counts and sums of the payments created in [from, to), by method and state. */
  totals(from: number, to: number): Promise<TotalsRow[]> {
    return this.#options.journal.totals(from, to);
  }

  /** The audit log, newest first. */
  auditLog(query: AuditQuery): Promise<AuditRecord[]> {
    return this.#options.journal.auditLog(query);
  }

  /** The journal's integrity and counts (the diagnostics archive); undefined for a journal that cannot tell. */
  async checkJournal(): Promise<JournalCheck | undefined> {
    return this.#options.journal.check?.();
  }

  /** A payment's event log, oldest first. */
  events(tradeNo: string): Promise<JournalEvent[]> {
    return this.#options.journal.events(tradeNo);
  }

  /** Late payments nobody has decided on yet, oldest first. */
  late(): Payment[] {
    return this.#book.all().filter(needsAcknowledgement).sort((a, b) => a.createdAt - b.createdAt);
  }

  /** A charge is being recorded or a status check is under way: a restart now would cut it off (updates wait). */
  get working(): boolean {
    return this.#starting || this.#watcher.checking;
  }

  get journalTrouble(): JournalProblem | undefined {
    return this.#book.trouble;
  }

  onUpdate(listener: (payment: Payment) => void): () => void {
    return this.#book.onChange(listener);
  }

  onJournalTrouble(listener: (problem: JournalProblem | undefined) => void): () => void {
    return this.#book.onTrouble(listener);
  }

  /** Creates the order and resolves once the QR / VA number / link can be shown, or the charge has ended. */
  async start(amount: number, method: PaymentMethod, choices: ChargeChoices = {}): Outcome {
    if (this.#closed) return err('INTERNAL', 'Kasir is shutting down; nothing was charged.');
    // One payment on the counter: a second press of Charge must never become a second order.
    const previous = this.#book.counter();
    if (this.#starting || (previous && holdsCounter(previous))) return err('PAYMENT_IN_PROGRESS', 'Another payment is still open.');
    const definition = this.#options.methods.get(method);
    if (!definition) return err('METHOD_UNAVAILABLE', `This till does not offer ${method}.`);
    const order = orderFor(definition, choices, this.#options.payer);
    if (!order.ok) return order;
    const valid = validateAmountWithin(amount, definition);
    if (!valid.ok) return valid;

    const tradeNo = (this.#options.newTradeNo ?? makeTradeNo)();
    const payment = newPayment(
      {
        tradeNo, amount, method, kind: definition.kind, channelCode: definition.channelCode, wayCode: order.value.wayCode,
        bank: order.value.bank, methodLabel: order.value.label, parentTradeNo: choices.parentTradeNo,
      },
      this.#clock.now(),
    );
    this.#starting = true;
    try {
      // The row is durable before payIn leaves: an order can never exist at the gateway without one here.
      await this.#book.begin(payment);
    } catch (error) {
      return notRecorded(error);
    } finally {
      this.#starting = false;
    }
    // A new charge means the cashier has left the previous result screen. Only now, so a refused charge changes
    // nothing; a crash right here leaves that payment flagged on the counter, which is harmless: the counter is
    // always the newest such payment.
    if (previous) await this.#book.apply(previous.tradeNo, { type: 'dismiss' });

    const outcome = await sendOrder(this.#options.gateway, this.#options, definition, payment, order.value.payer);
    const expiresAt = this.#clock.now() + definition.expiryMs;
    const current = this.#book.get(tradeNo) ?? payment;
    return ok(await this.#book.apply(tradeNo, createdEvent(outcome, current, expiresAt, this.#options.nmid)));
  }

  /** A new payment for what a partial payment left unpaid, linked to it. */
  async collectRest(tradeNo: string): Outcome {
    const parent = this.#book.counter();
    if (parent?.tradeNo !== tradeNo || parent.state !== 'partial' || parent.lateAfter !== undefined || parent.paidAmount === undefined) {
      return err('REST_UNAVAILABLE', 'Only the partial payment on the counter can have its rest collected.');
    }
    return this.start(parent.amount - parent.paidAmount, parent.method, { bank: parent.bank, parentTradeNo: parent.tradeNo });
  }

  /**
   * The cashier's cancel: one immediate status check first (the customer may have just paid), then the payment
   * leaves the counter and is watched in the background. If that check could not confirm the order is unpaid
   * after its QR / VA number was shown, the screen stays on "not sure yet".
   */
  async cancel(tradeNo: string): Outcome {
    const payment = this.#book.get(tradeNo);
    if (!payment || !holdsCounter(payment)) return err('PAYMENT_NOT_OPEN', 'That payment is no longer open.');
    if (payment.state === 'creating') return ok(await this.#book.apply(tradeNo, { type: 'cancel', confirmed: true }));
    const checked = await this.#watcher.check(tradeNo);
    if (!holdsCounter(checked.payment)) return ok(checked.payment);
    return ok(await this.#book.apply(tradeNo, { type: 'cancel', confirmed: checked.conclusive }));
  }

  /**
   * Reconciliation's look at the gateway: a payment still watched changes as the answer says; one the till is done
   * with is only compared (what the answer would have meant), never changed.
   */
  async recheck(tradeNo: string): Promise<{ readonly payment: Payment; readonly compared?: CheckEvent } | undefined> {
    const followed = this.#book.get(tradeNo);
    if (followed && isWatched(followed)) return { payment: (await this.#watcher.check(tradeNo)).payment };
    const payment = await this.find(tradeNo);
    return payment && { payment, compared: queryEvent(await this.#options.gateway.queryPayInResult(tradeNo), payment) };
  }

  /** The cashier's "check now", allowed once every few seconds per payment. */
  async checkNow(tradeNo: string): Outcome {
    const payment = this.#book.get(tradeNo);
    if (!payment || !isWatched(payment)) return err('PAYMENT_NOT_OPEN', 'That payment is not being checked any more.');
    const now = this.#clock.now();
    const last = this.#lastManualCheck.get(tradeNo);
    if (last !== undefined && now - last < this.#timing.checkNowMinIntervalMs) return err('TOO_SOON', 'Checked a moment ago; try again in a few seconds.');
    this.#lastManualCheck.set(tradeNo, now);
    return ok((await this.#watcher.check(tradeNo)).payment);
  }

  /** Leaves a payment's screen. A payment that holds the counter is cancelled, not dismissed. */
  async dismiss(tradeNo: string): Outcome {
    const payment = await this.#book.find(tradeNo);
    if (!payment) return err('NOT_FOUND', 'No such payment on this till.');
    if (holdsCounter(payment)) return err('PAYMENT_IN_PROGRESS', 'This payment is still open: cancel it instead.');
    return ok(await this.#book.apply(tradeNo, { type: 'dismiss' }));
  }

  /** Records that someone decided about a late payment (refund or keep); the manager PIN will guard this. */
  async acknowledge(tradeNo: string): Outcome {
    const payment = await this.#book.find(tradeNo);
    if (!payment) return err('NOT_FOUND', 'No such payment on this till.');
    if (!needsAcknowledgement(payment)) return err('NOT_LATE', 'This payment needs no acknowledgement.');
    return ok(await this.#book.apply(tradeNo, { type: 'acknowledge' }));
  }

  /** Appends a manager action or a settings change to the journal's audit log. */
  audit(entry: AuditEntry): Promise<void> {
    return this.#options.journal.appendAudit(entry);
  }

  /** Stops asking the gateway, waits until every change under way is written, and closes the journal. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#watcher.stop();
    await this.#book.settle();
    await this.#options.journal.close();
  }
}

/** Why a payment could not be stored before its payIn, so nothing was sent. */
function notRecorded(error: unknown): Result<never, ErrorCode> {
  if (error instanceof JournalError && error.problem === 'damaged') {
    return err('JOURNAL_DAMAGED', `Not sent: the journal ${error.location} cannot be read.`);
  }
  if (error instanceof JournalError) return err('JOURNAL_UNWRITABLE', `Not sent: the payment could not be recorded (${error.message}).`);
  return err('INTERNAL', 'Not sent: the payment could not be recorded.');
}
