import type { SaltComposition } from '../../shared/paypro/sign.ts';
import type { MethodValues, SettingsValues } from '../../shared/ipc/settings.ts';
import type { MethodKind } from '../../shared/payments.ts';

/**
 * The settings as the form holds them: every input as the text typed, so a half-typed value is never lost or
 * "corrected" on the way. Main's schema is the judge: what cannot be read as a number is sent as typed, and main
 * names the field. Empty optional fields are left out (no merchant number means demo mode).
 */
export interface BankForm {
  /** Stable while editing (React's list key): a new bank's id is typed, and may be doubled for a moment. */
  readonly formId: number;
  readonly id: string;
  readonly name: string;
  readonly wayCode: string;
  readonly toConfirm: boolean;
  /** Added on this screen: its id can still be typed. */
  readonly added: boolean;
}

export interface MethodForm {
  readonly formId: number;
  /** As settings.json has it; undefined for a method added on this screen (its id and kind can still be chosen). */
  readonly source: MethodValues | undefined;
  readonly id: string;
  readonly kind: MethodKind;
  readonly enabled: boolean;
  readonly label: string;
  readonly wayCode: string;
  readonly key: string;
  readonly needsMobile: boolean;
  readonly minAmount: string;
  readonly maxAmount: string;
  readonly expiryMinutes: string;
  readonly banks: readonly BankForm[];
  readonly toConfirm: boolean;
}

let lastFormId = 0;
const nextFormId = (): number => (lastFormId += 1);

/** A bank typed in by the manager: its wayCode is unconfirmed until Paypro says otherwise (as the schema's default). */
export function newBank(): BankForm {
  return { formId: nextFormId(), id: '', name: '', wayCode: '', toConfirm: true, added: true };
}

const F_KEYS = Array.from({ length: 12 }, (_, at) => `F${at + 1}`);

/** A method added on this screen, on the first F-key no enabled method has yet; a VA starts with one empty bank. */
export function newMethod(kind: MethodKind, methods: readonly MethodForm[]): MethodForm {
  const taken = new Set(methods.filter((method) => method.enabled).map((method) => method.key.trim().toUpperCase()));
  return {
    formId: nextFormId(), source: undefined, id: '', kind, enabled: true, label: '', wayCode: '', key: F_KEYS.find((key) => !taken.has(key)) ?? '',
    needsMobile: false, minAmount: '', maxAmount: '', expiryMinutes: '', banks: kind === 'va' ? [newBank()] : [], toConfirm: false,
  };
}

export const QUICK_AMOUNT_SLOTS = 8;

export interface SettingsForm {
  readonly merchantNo: string;
  readonly environment: 'sandbox' | 'production';
  readonly sandboxBaseUrl: string;
  readonly productionBaseUrl: string;
  readonly saltComposition: SaltComposition;
  readonly notifyUrl: string;
  readonly returnUrl: string;
  readonly payerUsername: string;
  readonly payerMobile: string;
  readonly payerEmail: string;
  readonly methods: readonly MethodForm[];
  readonly storeName: string;
  readonly nmid: string;
  readonly language: 'id' | 'en';
  /** Always QUICK_AMOUNT_SLOTS entries; empty ones are not amounts. */
  readonly quickAmounts: readonly string[];
  readonly speakPayments: boolean;
  readonly paperWidth: 58 | 80;
  readonly printerName: string;
  readonly watchGraceMinutes: string;
  readonly businessDayStartHour: string;
  readonly updateFeedUrl: string;
  readonly kioskMode: boolean;
  readonly startAtLogin: boolean;
}

const text = (value: string | number | undefined): string => (value === undefined ? '' : String(value));

export function formFromValues(values: SettingsValues): SettingsForm {
  const quick = values.quickAmounts.map(String);
  return {
    merchantNo: text(values.merchantNo),
    environment: values.environment,
    sandboxBaseUrl: values.sandboxBaseUrl,
    productionBaseUrl: text(values.productionBaseUrl),
    saltComposition: values.saltComposition,
    notifyUrl: text(values.notifyUrl),
    returnUrl: text(values.returnUrl),
    payerUsername: values.payer.username,
    payerMobile: values.payer.mobile,
    payerEmail: values.payer.email,
    methods: values.methods.map((method) => ({
      formId: nextFormId(),
      source: method,
      id: method.id,
      kind: method.kind,
      enabled: method.enabled,
      label: text(method.label),
      wayCode: text(method.wayCode),
      key: text(method.key),
      needsMobile: method.needsMobile,
      minAmount: text(method.minAmount),
      maxAmount: text(method.maxAmount),
      expiryMinutes: text(method.expiryMinutes),
      banks: method.banks.map((bank) => ({ formId: nextFormId(), id: bank.id, name: bank.name, wayCode: text(bank.wayCode), toConfirm: bank.toConfirm, added: false })),
      toConfirm: method.toConfirm,
    })),
    storeName: values.storeName,
    nmid: text(values.nmid),
    language: values.language,
    quickAmounts: [...quick, ...Array<string>(Math.max(0, QUICK_AMOUNT_SLOTS - quick.length)).fill('')],
    speakPayments: values.speakPayments,
    paperWidth: values.receipt.paperWidth,
    printerName: text(values.receipt.printerName),
    watchGraceMinutes: String(values.watchGraceMinutes),
    businessDayStartHour: String(values.businessDayStartHour),
    updateFeedUrl: text(values.updateFeedUrl),
    kioskMode: values.kioskMode,
    startAtLogin: values.startAtLogin,
  };
}

/** "50.000", "50000" → 50000; anything else stays text for main to refuse by name. */
export function numberOrText(typed: string): number | string {
  const trimmed = typed.trim();
  return /^\d{1,3}(\.\d{3})+$|^\d+$/.test(trimmed) ? Number(trimmed.replaceAll('.', '')) : typed;
}

/** Only what is filled in: an empty optional field is not sent at all. */
function optional<K extends string>(key: K, typed: string, convert: (value: string) => unknown = (value) => value): { [P in K]?: unknown } {
  return typed.trim() === '' ? {} : ({ [key]: convert(typed.trim()) } as { [P in K]?: unknown });
}

function methodFromForm(method: MethodForm): Record<string, unknown> {
  return {
    // Ids are capitals (QRIS, OVO): typed in small letters they are meant the same.
    id: method.source?.id ?? method.id.trim().toUpperCase(),
    kind: method.kind,
    enabled: method.enabled,
    needsMobile: method.needsMobile,
    toConfirm: method.toConfirm,
    ...optional('minAmount', method.minAmount, numberOrText),
    ...optional('maxAmount', method.maxAmount, numberOrText),
    ...optional('label', method.label),
    ...optional('wayCode', method.wayCode),
    ...optional('key', method.key.toUpperCase()),
    ...optional('expiryMinutes', method.expiryMinutes, numberOrText),
    // Only a VA offers banks; another kind keeps what its entry had (the counter ignores them there).
    banks: method.kind === 'va'
      ? method.banks.map((bank) => ({ id: bank.added ? bank.id.trim() : bank.id, name: bank.name, toConfirm: bank.toConfirm, ...optional('wayCode', bank.wayCode) }))
      : (method.source?.banks ?? []),
  };
}

/** The whole values object for saveSettings: main checks every field and answers each refused one by path. */
export function valuesFromForm(form: SettingsForm): Record<string, unknown> {
  return {
    ...optional('merchantNo', form.merchantNo),
    environment: form.environment,
    sandboxBaseUrl: form.sandboxBaseUrl.trim(),
    ...optional('productionBaseUrl', form.productionBaseUrl),
    saltComposition: form.saltComposition,
    ...optional('notifyUrl', form.notifyUrl),
    ...optional('returnUrl', form.returnUrl),
    payer: { username: form.payerUsername, mobile: form.payerMobile.trim(), email: form.payerEmail.trim() },
    methods: form.methods.map(methodFromForm),
    storeName: form.storeName,
    ...optional('nmid', form.nmid),
    language: form.language,
    quickAmounts: form.quickAmounts.filter((amount) => amount.trim() !== '').map(numberOrText),
    speakPayments: form.speakPayments,
    receipt: { paperWidth: form.paperWidth, ...optional('printerName', form.printerName) },
    watchGraceMinutes: numberOrText(form.watchGraceMinutes),
    businessDayStartHour: numberOrText(form.businessDayStartHour),
    ...optional('updateFeedUrl', form.updateFeedUrl),
    kioskMode: form.kioskMode,
    startAtLogin: form.startAtLogin,
  };
}

/** The base URL Test connection uses: the one for the environment chosen on the form. */
export function baseUrlOf(form: SettingsForm): string {
  return (form.environment === 'production' ? form.productionBaseUrl : form.sandboxBaseUrl).trim();
}
