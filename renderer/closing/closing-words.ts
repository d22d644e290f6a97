import type { AuditView, DayReport, ReconcileRow } from '../../shared/ipc/report.ts';
import { formatRupiah } from '../../shared/money.ts';
import { stateKey } from '../history/history-words.ts';
import { idClosing } from '../i18n/id-closing.ts';
import type { Translate } from '../i18n/translate.ts';
import type { ClosingKey, ClosingT } from './closing-t.ts';

/** The main dictionary's translator (state words live there, with the history screen). */
type AppT = Translate;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Which business day the screen shows: undefined is today (main decides where today begins). The others are any
 * instant inside the day, taken from the shown report's bounds, so the till's day-start hour is main's alone.
 */
export type DayChoice = number | undefined;

/** Yesterday: a day before now is inside yesterday's business day (no daylight saving in Indonesia). */
export const yesterday = (now: number): number => now - DAY_MS;
/** The day before the one shown: its last instant. */
export const previousDay = (report: Pick<DayReport, 'from'>): number => report.from - 1;
/** The day after the one shown (its first instant), or today once that is where it lands. */
export const nextDay = (report: Pick<DayReport, 'to'>, now: number): DayChoice => (report.to <= now && now < report.to + DAY_MS ? undefined : report.to);
/** Whether the shown day holds now: there is no next day to go to. */
export const isCurrentDay = (report: Pick<DayReport, 'from' | 'to'>, now: number): boolean => report.from <= now && now < report.to;

/** The report's headline counts, as one sentence for a screen reader and the printout. */
export function summaryText(report: DayReport, t: ClosingT): string {
  const money = (amount: number) => formatRupiah(amount);
  const parts = [
    `${t('closing.received')}: ${money(report.received)}`,
    `${t('closing.paid')}: ${report.paidCount}`,
    `${t('closing.partial')}: ${report.partialCount}${report.partialCount > 0 ? ` (${t('closing.shortfall', { amount: money(report.partialShortfall) })})` : ''}`,
    `${t('closing.unpaid')}: ${report.unpaidCount}`,
    `${t('closing.open')}: ${report.openCount}`,
  ];
  return parts.join(' · ');
}

/** Whether the day still has payments open: it is not settled, and reconciling is suggested. */
export const settledKey = (report: Pick<DayReport, 'openCount'>): ClosingKey => (report.openCount > 0 ? 'closing.notSettled' : 'closing.settled');

/** One reconciliation finding in words: before → after for a change, what to do when Paypro says paid. */
export function findingText(row: ReconcileRow, t: ClosingT, appT: AppT): string {
  switch (row.finding) {
    case 'changed':
      return t('closing.finding.changed', { before: appT(stateKey(row.before)), after: appT(stateKey(row.payment.state)) });
    case 'paidAtGateway':
      return t('closing.finding.paidAtGateway');
    case 'unchanged':
      return t('closing.finding.unchanged', { state: appT(stateKey(row.payment.state)) });
    case 'noAnswer':
      return t('closing.finding.noAnswer');
  }
}

/** How many were checked, changed, and left without an answer. */
export function reconcileCounts(rows: readonly ReconcileRow[]): { readonly count: number; readonly changed: number; readonly paidAtGateway: number; readonly noAnswer: number } {
  const count = (finding: ReconcileRow['finding']) => rows.filter((row) => row.finding === finding).length;
  return { count: rows.length, changed: count('changed'), paidAtGateway: count('paidAtGateway'), noAnswer: count('noAnswer') };
}

const ACTIONS = [
  'pin.set',
  'pin.changed',
  'manager.unlocked',
  'manager.wrongPin',
  'manager.lockedOut',
  'manager.locked',
  'manager.timedOut',
  'late.acknowledged',
  'settings.changed',
  'secret.replaced',
  'secret.removed',
  'connection.tested',
  'report.exported',
  'day.reconciled',
  'update.installed',
  'app.quit',
  'diagnostics.exported',
] as const;
type KnownAction = (typeof ACTIONS)[number];
const isKnown = (action: string): action is KnownAction => (ACTIONS as readonly string[]).includes(action);

const hasWords = (key: string): key is ClosingKey => Object.hasOwn(idClosing, key);
/** Main writes what a save changed as the settings' own names, "(repaired)" for a damaged file put right. */
const REPAIRED = '(repaired)';

/** A settings field main names (`merchantNo`, `methods`), in words; one the screen has no words for stays as it is. */
export function fieldText(field: string, t: ClosingT): string {
  const key = field === REPAIRED ? 'closing.field.repaired' : `closing.field.${field}`;
  return hasWords(key) ? t(key) : field;
}

/** A connection test's result kind (`wrongSecret`, `ok`), in words; an unknown kind stays as it is. */
export function resultText(kind: string, t: ClosingT): string {
  const key = `closing.result.${kind}`;
  return hasWords(key) ? t(key) : kind;
}

const fieldsText = (fields: string, t: ClosingT): string =>
  fields.split(',').filter((field) => field !== '').map((field) => fieldText(field, t)).join(', ');

type DetailKey = 'closing.detail.fields' | 'closing.detail.result' | 'closing.detail.rows' | 'closing.detail.checked' | 'closing.detail.files';

/** An audit entry's action in words; one main names that the screen does not know is shown as its id. */
export function actionText(entry: Pick<AuditView, 'action' | 'detail'>, t: ClosingT): string {
  if (!isKnown(entry.action)) return entry.action;
  const words = t(`closing.action.${entry.action}`);
  const detail = (key: DetailKey, value: unknown, inWords = (text: string): string => text) =>
    value === undefined || value === null || value === '' ? words : `${words} (${t(key, { value: inWords(String(value)) })})`;
  if (entry.action === 'settings.changed') return detail('closing.detail.fields', entry.detail['fields'], (fields) => fieldsText(fields, t));
  if (entry.action === 'connection.tested') return detail('closing.detail.result', entry.detail['result'], (kind) => resultText(kind, t));
  if (entry.action === 'report.exported') return detail('closing.detail.rows', entry.detail['rows']);
  if (entry.action === 'day.reconciled') return detail('closing.detail.checked', entry.detail['checked']);
  if (entry.action === 'diagnostics.exported') return detail('closing.detail.files', entry.detail['entries']);
  if (entry.action === 'update.installed') {
    const { from, to } = entry.detail;
    return typeof from === 'string' && typeof to === 'string' ? `${words} (${t('closing.detail.versions', { from, to })})` : words;
  }
  return words;
}

/** The id to ask the next (older) page of the audit log with: the last entry shown. */
export const nextAuditCursor = (entries: readonly Pick<AuditView, 'id'>[]): number | undefined => entries.at(-1)?.id;
