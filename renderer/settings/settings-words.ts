import { formatRupiah } from '../../shared/money.ts';
import type { ConnectionTestResult, SecretStatus, SettingsProblem } from '../../shared/ipc/settings.ts';
import type { Locale, MessageParams } from '../i18n/translate.ts';
import type { SettingsForm } from './settings-form.ts';
import type { SettingsKey } from './settings-t.ts';

/** A sentence to show: which words, with which values. */
export interface Words {
  readonly key: SettingsKey;
  readonly params?: MessageParams;
}

/**
 * Where a refused value is told, and what to type: main names the field by path ("payer.mobile",
 * "methods.1.banks.0.wayCode", "quickAmounts.0"); the screen shows its own sentence next to that field (`anchor`)
 * and moves focus to its input (`focus`). Main's English detail is for IT and logs, never shown here.
 */
export interface ProblemPlace {
  readonly anchor: string;
  readonly focus: string;
  readonly key: SettingsKey;
}

const TOP_LEVEL: Readonly<Record<string, SettingsKey>> = {
  merchantNo: 'settings.fix.merchantNo',
  sandboxBaseUrl: 'settings.fix.sandboxBaseUrl',
  productionBaseUrl: 'settings.fix.productionBaseUrl',
  notifyUrl: 'settings.fix.notifyUrl',
  returnUrl: 'settings.fix.returnUrl',
  nmid: 'settings.fix.nmid',
  language: 'settings.fix.choice',
  updateFeedUrl: 'settings.fix.updateFeedUrl',
  kioskMode: 'settings.fix.choice',
  startAtLogin: 'settings.fix.choice',
  environment: 'settings.fix.choice',
  saltComposition: 'settings.fix.choice',
  speakPayments: 'settings.fix.choice',
  storeName: 'settings.fix.storeName',
  watchGraceMinutes: 'settings.fix.watchGraceMinutes',
  businessDayStartHour: 'settings.fix.businessDayStartHour',
  'payer.username': 'settings.fix.payer.username',
  'payer.mobile': 'settings.fix.payer.mobile',
  'payer.email': 'settings.fix.payer.email',
  'receipt.printerName': 'settings.fix.printerName',
  'receipt.paperWidth': 'settings.fix.choice',
};

const METHOD_FIELD: Readonly<Record<string, SettingsKey>> = {
  label: 'settings.fix.method.label',
  wayCode: 'settings.fix.code',
  key: 'settings.fix.method.key',
  expiryMinutes: 'settings.fix.method.expiryMinutes',
  minAmount: 'settings.fix.method.amount',
  maxAmount: 'settings.fix.method.amount',
  needsMobile: 'settings.fix.choice',
  kind: 'settings.fix.choice',
};

const place = (anchor: string, key: SettingsKey, focus = anchor): ProblemPlace => ({ anchor, focus, key });

/** The form's slot of main's n-th quick amount (main counts only the filled-in ones). */
function quickSlot(form: SettingsForm, nth: number): number {
  const filled = form.quickAmounts.flatMap((amount, slot) => (amount.trim() === '' ? [] : [slot]));
  return filled[nth] ?? 0;
}

export function placeProblem(field: string, form: SettingsForm): ProblemPlace {
  const known = TOP_LEVEL[field];
  if (known) return place(field, known);
  if (field === 'payer') return place('payer.username', 'settings.fix.other');
  if (field === 'receipt') return place('receipt.paperWidth', 'settings.fix.choice');
  const quick = /^quickAmounts(?:\.(\d+))?$/.exec(field);
  if (quick) return place('quickAmounts', 'settings.fix.quickAmounts', `quickAmounts.${quickSlot(form, Number(quick[1] ?? 0))}`);
  const bank = /^methods\.(\d+)\.banks\.(\d+)(?:\.(\w+))?$/.exec(field);
  if (bank) {
    const at = `methods.${bank[1]}.banks.${bank[2]}`;
    if (bank[3] === 'name') return place(`${at}.name`, 'settings.fix.bank.name');
    // Only a bank added on this screen has an id field; a listed bank's id is said beside its name.
    if (bank[3] === 'id') return form.methods[Number(bank[1])]?.banks[Number(bank[2])]?.added ? place(`${at}.id`, 'settings.fix.bank.id') : place(`${at}.name`, 'settings.fix.bank.id');
    return place(`${at}.wayCode`, bank[3] === undefined ? 'settings.fix.other' : 'settings.fix.code');
  }
  const method = /^methods\.(\d+)(?:\.(\w+))?/.exec(field);
  if (method) {
    const at = `methods.${method[1]}`;
    const property = method[2] ?? '';
    const fix = METHOD_FIELD[property];
    if (fix) return place(`${at}.${property}`, fix);
    if (property === 'banks') return place(`${at}.banks`, 'settings.fix.method.banks', `${at}.enabled`);
    if (property === 'id') {
      return form.methods[Number(method[1])]?.source === undefined ? place(`${at}.id`, 'settings.fix.method.id') : place(at, 'settings.fix.method.id', `${at}.enabled`);
    }
    return place(at, 'settings.fix.other', `${at}.enabled`);
  }
  if (field === 'methods' || field.startsWith('methods.')) return place('methods', 'settings.fix.methods', 'methods.0.enabled');
  return place('form', 'settings.fix.other', 'save');
}

/** Every refused value placed, by anchor, the first one first (that is where focus goes). */
export function placeProblems(problems: readonly SettingsProblem[], form: SettingsForm): ReadonlyMap<string, ProblemPlace> {
  const placed = new Map<string, ProblemPlace>();
  for (const problem of problems) {
    const where = placeProblem(problem.field, form);
    if (!placed.has(where.anchor)) placed.set(where.anchor, where);
  }
  return placed;
}

/** The DOM id of a field's input, from its path. */
export const fieldId = (path: string): string => `settings-${path.replaceAll('.', '-')}`;

/** Test connection's answer, in words, for every kind main can give. */
export function connectionWords(result: ConnectionTestResult): Words {
  switch (result.kind) {
    case 'ok': {
      const amount = result.balance.availableAmount;
      return amount === undefined ? { key: 'settings.test.okNoBalance' } : { key: 'settings.test.ok', params: { balance: formatRupiah(amount) } };
    }
    case 'wrongSecret':
      return { key: 'settings.test.wrongSecret', params: { code: result.code } };
    case 'wrongMerchant':
      return { key: 'settings.test.wrongMerchant', params: { merchantNo: result.merchantNo, code: result.code } };
    case 'unreachable':
      return { key: `settings.test.unreachable.${result.cause}`, params: { host: result.host } };
    case 'tls':
      return { key: 'settings.test.tls', params: { host: result.host } };
    case 'notPaypro':
      return { key: 'settings.test.notPaypro', params: { host: result.host } };
    case 'refused':
      return { key: 'settings.test.refused', params: { code: result.code, message: result.message } };
    case 'invalid':
      return { key: `settings.test.invalid.${result.field}` };
  }
}

/** When Paypro accepted only another salt placement: what to say, and the value to offer for the form. */
export function saltOffer(result: ConnectionTestResult): Words | undefined {
  if (result.kind !== 'ok' || !result.changed) return undefined;
  return { key: 'settings.test.changed', params: { salt: result.saltComposition, entered: result.entered } };
}

/** The secret's status line: when it was stored (never the secret), or that there is none. */
export function secretWords(status: SecretStatus, locale: Locale): Words {
  if (!status.stored) return { key: 'settings.secret.none' };
  if (status.setAt === undefined) return { key: 'settings.secret.storedUnknown' };
  const date = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(status.setAt);
  return { key: 'settings.secret.storedAt', params: { date } };
}

/** What a damaged file's banner names: the top-level settings that could not be used. */
export function damagedFields(problems: readonly SettingsProblem[]): string {
  const fields = problems.map((problem) => problem.field.split('.')[0] || 'settings.json');
  return [...new Set(fields)].join(', ');
}
