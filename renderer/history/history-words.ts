import type { PaymentEventType } from '../../shared/ipc/history.ts';
import type { PaymentState } from '../../shared/payments.ts';
import type { Locale, MessageKey } from '../i18n/translate.ts';
import type { Period, StatusGroup } from './history-rules.ts';

/**
 * The history screen's words for what main names with codes: a payment's state, each kind of event in its log, the
 * chips. Lookups typed over every code, so a new state or event kind fails the type check until it has words.
 */
const STATE_KEYS: { readonly [S in PaymentState]: MessageKey } = {
  creating: 'history.state.creating',
  awaiting: 'history.state.awaiting',
  checking: 'history.state.checking',
  cancelled: 'history.state.cancelled',
  expired: 'history.state.expired',
  declined: 'history.state.declined',
  stranded: 'history.state.stranded',
  paid: 'history.state.paid',
  partial: 'history.state.partial',
  unpaid: 'history.state.unpaid',
  notCreated: 'history.state.notCreated',
};

const EVENT_KEYS: { readonly [E in PaymentEventType]: MessageKey } = {
  begun: 'history.event.begun',
  created: 'history.event.created',
  unusable: 'history.event.unusable',
  refused: 'history.event.refused',
  notSent: 'history.event.notSent',
  outcomeUnknown: 'history.event.outcomeUnknown',
  pending: 'history.event.pending',
  paid: 'history.event.paid',
  partial: 'history.event.partial',
  declined: 'history.event.declined',
  absent: 'history.event.absent',
  checkFailed: 'history.event.checkFailed',
  cancel: 'history.event.cancel',
  expire: 'history.event.expire',
  watchEnded: 'history.event.watchEnded',
  acknowledge: 'history.event.acknowledge',
  dismiss: 'history.event.dismiss',
  recovered: 'history.event.recovered',
};

const GROUP_KEYS: { readonly [G in StatusGroup]: MessageKey } = {
  paid: 'history.status.paid',
  partial: 'history.status.partial',
  waiting: 'history.status.waiting',
  cancelled: 'history.status.cancelled',
  timedOut: 'history.status.timedOut',
  failed: 'history.status.failed',
};

const PERIOD_KEYS: { readonly [P in Period]: MessageKey } = {
  today: 'history.period.today',
  yesterday: 'history.period.yesterday',
  week: 'history.period.week',
  all: 'history.period.all',
};

export const stateKey = (state: PaymentState): MessageKey => STATE_KEYS[state];
export const eventKey = (type: PaymentEventType): MessageKey => EVENT_KEYS[type];
export const groupKey = (group: StatusGroup): MessageKey => GROUP_KEYS[group];
export const periodKey = (period: Period): MessageKey => PERIOD_KEYS[period];

const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const clockWithSeconds = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
const dates: { [L in Locale]?: Intl.DateTimeFormat } = {};

/** "14:05" on the till's 24-hour clock; "14:05:09" with `seconds`. */
export function clockText(moment: number, seconds = false): string {
  return (seconds ? clockWithSeconds : clock).format(moment);
}

/** "24 Nov 2026", in the screen's language. */
export function dateText(moment: number, locale: Locale): string {
  const format = (dates[locale] ??= new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric' }));
  return format.format(moment);
}

/** Whether a moment falls before today's business day (unknown: it does not). */
export function beforeToday(moment: number, dayStart: number | undefined): boolean {
  return dayStart !== undefined && moment < dayStart;
}

/**
 * When something happened, as the cashier reads it: "14:05" today (since the business day began), "24 Nov 2026
 * 14:05" before; `seconds` for an event log, where several changes fall in one minute.
 */
export function whenText(moment: number, dayStart: number | undefined, locale: Locale, seconds = false): string {
  const time = clockText(moment, seconds);
  return beforeToday(moment, dayStart) ? `${dateText(moment, locale)} ${time}` : time;
}
