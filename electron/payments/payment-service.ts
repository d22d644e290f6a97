import type { ErrorCode, PaymentMethod, PaymentView } from '../../shared/ipc/contract.ts';
import { isFinalState } from '../../shared/ipc/contract.ts';
import type { Result } from '../../shared/result.ts';
import { err, ok } from '../../shared/result.ts';
import type { ChannelCode, Payer } from '../../shared/paypro/types.ts';
import { classifyStatus } from '../../shared/paypro/status.ts';
import { validateAmount } from '../../shared/paypro/validate.ts';
import { parseQris } from '../../shared/qris/emv.ts';
import type { PayproClient } from '../paypro/client.ts';
import { applyQuery, failed } from './payment-view.ts';
import { makeTradeNo } from './trade-no.ts';

/** The part of the Paypro client the service needs; the real client in every test that can run it. */
export type PayproGateway = Pick<PayproClient, 'payIn' | 'queryPayInResult'>;

/** How each counter method maps onto Paypro codes. WayCodes are not published, so they come from settings. */
export interface MethodConfig {
  readonly channelCode: ChannelCode;
  readonly wayCode: string | undefined;
  readonly label: string;
}
export type MethodCatalogue = Readonly<Record<PaymentMethod, MethodConfig>>;

/**
 * Where the durable journal plugs in: `record` is awaited for every new state, and for `creating` it is
 * awaited BEFORE payIn is sent, so a payment can never exist at the gateway without a row at the till.
 */
export interface PaymentRecorder {
  record(view: PaymentView): Promise<void>;
}

export interface PaymentServiceOptions {
  readonly gateway: PayproGateway;
  readonly notifyUrl: string;
  readonly payer: Payer;
  readonly methods: MethodCatalogue;
  readonly recorder?: PaymentRecorder;
  readonly pollIntervalMs?: number;
  readonly maxPollIntervalMs?: number;
  readonly now?: () => number;
  readonly newTradeNo?: () => string;
}

type Listener = (view: PaymentView) => void;

export class PaymentService {
  private readonly payments = new Map<string, PaymentView>();
  private readonly listeners = new Set<Listener>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private active: string | undefined;
  private closed = false;
  private readonly options: PaymentServiceOptions;

  constructor(options: PaymentServiceOptions) {
    this.options = options;
  }

  get(tradeNo: string): PaymentView | undefined {
    return this.payments.get(tradeNo);
  }

  /** The payment this till is still waiting on, if any: at most one is ever open. */
  open(): PaymentView | undefined {
    const view = this.active === undefined ? undefined : this.payments.get(this.active);
    return view && !isFinalState(view.state) ? view : undefined;
  }

  onUpdate(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Creates the order and resolves once the QR/VA can be shown or the charge has failed. */
  async start(amount: number, method: PaymentMethod): Promise<Result<PaymentView, ErrorCode>> {
    // One open payment per till: a second press of Charge must never become a second order.
    const open = this.open();
    if (open) return err('PAYMENT_IN_PROGRESS', `Payment ${open.tradeNo} is still open.`);
    const config = this.options.methods[method];
    const valid = validateAmount(amount, config.channelCode);
    if (!valid.ok) return valid;

    const now = this.now();
    const tradeNo = (this.options.newTradeNo ?? makeTradeNo)();
    let view: PaymentView = {
      tradeNo, amount, method, state: 'creating', qrString: undefined, vaNumber: undefined,
      vaBankName: method === 'VA' ? config.label : undefined, paidAmount: undefined, failure: undefined,
      createdAt: now, updatedAt: now,
    };
    this.active = tradeNo;
    this.payments.set(tradeNo, view);
    try {
      await this.commit(view);
    } catch (error) {
      this.payments.set(tradeNo, failed(view, 'INTERNAL', `Not sent: the payment could not be recorded (${String(error)}).`));
      return err('INTERNAL', 'The payment could not be recorded, so it was not sent.');
    }

    const outcome = await this.options.gateway.payIn({
      tradeNo, amount, channelCode: config.channelCode, notifyUrl: this.options.notifyUrl,
      ...this.options.payer, ...(config.wayCode === undefined ? {} : { wayCode: config.wayCode }),
    });
    switch (outcome.kind) {
      case 'accepted': {
        const answer = outcome.value;
        const status = classifyStatus(answer.status);
        if (status === 'pending') {
          const problem = credentialProblem(method, amount, answer.qrString, answer.vaNumber);
          view = problem
            ? failed(view, 'GATEWAY_MALFORMED', problem, undefined, this.now())
            : { ...view, state: 'awaiting', qrString: answer.qrString, vaNumber: answer.vaNumber, updatedAt: this.now() };
        } else {
          view = applyQuery(view, { ...answer, orderAmount: amount, payAmount: undefined, message: answer.desc, channelCode: undefined, wayCode: undefined }, this.now());
        }
        break;
      }
      case 'rejected':
        view = failed(view, 'GATEWAY_REJECTED', outcome.message, outcome.code, this.now());
        break;
      case 'not-sent':
        view = failed(view, 'GATEWAY_UNREACHABLE', outcome.detail, undefined, this.now());
        break;
      case 'unknown':
        view = { ...view, state: 'checking', updatedAt: this.now() };
        break;
    }
    await this.commitQuietly(view);
    if (!isFinalState(view.state)) this.schedulePoll(tradeNo, this.pollInterval());
    return ok(view);
  }

  close(): void {
    this.closed = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  /** Asks the gateway for the order's state until it is final; network trouble only slows the asking down. */
  private async poll(tradeNo: string, delay: number): Promise<void> {
    const view = this.payments.get(tradeNo);
    if (!view || isFinalState(view.state) || this.closed) return;
    const outcome = await this.options.gateway.queryPayInResult(tradeNo);
    const current = this.payments.get(tradeNo) ?? view;
    let next = current;
    let nextDelay = this.pollInterval();
    switch (outcome.kind) {
      case 'accepted':
        next = applyQuery(current, outcome.value, this.now());
        // The order exists but the payIn answer carrying its QR / VA number was lost, and no query returns
        // them: nobody can pay it, so tell the cashier to charge again instead of waiting for it to expire.
        if (next === current && current.state === 'checking') {
          next = failed(current, 'PAYMENT_DETAILS_LOST', 'The order exists at Paypro but its payment details were lost.', outcome.value.status, this.now());
        }
        break;
      case 'rejected':
        // After an unknown payIn, a refused query means the gateway holds no such order: nothing was charged.
        if (current.state === 'checking') next = failed(current, 'ORDER_NOT_CREATED', outcome.message, outcome.code, this.now());
        else nextDelay = Math.min(delay * 2, this.options.maxPollIntervalMs ?? 10_000);
        break;
      case 'not-sent':
      case 'unknown':
        nextDelay = Math.min(delay * 2, this.options.maxPollIntervalMs ?? 10_000);
        break;
    }
    if (next !== current) await this.commitQuietly(next);
    if (!isFinalState(next.state)) this.schedulePoll(tradeNo, nextDelay);
  }

  private schedulePoll(tradeNo: string, delay: number): void {
    if (this.closed) return;
    const timer = setTimeout(() => {
      this.timers.delete(tradeNo);
      void this.poll(tradeNo, delay);
    }, delay);
    this.timers.set(tradeNo, timer);
  }

  private async commit(view: PaymentView): Promise<void> {
    await this.options.recorder?.record(view);
    this.payments.set(view.tradeNo, view);
    for (const listener of this.listeners) listener(view);
  }

  /** After payIn the order exists at the gateway: a recorder failure must not hide its state from the cashier. */
  private async commitQuietly(view: PaymentView): Promise<void> {
    try {
      await this.commit(view);
    } catch {
      this.payments.set(view.tradeNo, view);
      for (const listener of this.listeners) listener(view);
    }
  }

  private pollInterval(): number {
    return this.options.pollIntervalMs ?? 2_000;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}

/** What stops the counter showing the gateway's payment credentials, or undefined when they are usable. */
function credentialProblem(method: PaymentMethod, amount: number, qrString: string | undefined, vaNumber: string | undefined): string | undefined {
  if (method === 'VA') {
    return vaNumber !== undefined && /^\d{6,32}$/.test(vaNumber) ? undefined : 'The gateway did not return a usable VA number.';
  }
  if (qrString === undefined) return 'The gateway did not return a QRIS code.';
  const qris = parseQris(qrString);
  if (!qris.ok) return `The gateway's QRIS code is damaged: ${qris.message}`;
  if (qris.value.amount !== undefined && qris.value.amount !== amount) {
    return `The gateway's QRIS code is for ${qris.value.amount}, not ${amount}.`;
  }
  return undefined;
}
