import type { SaltComposition } from '../paypro/sign.ts';
import type { BalanceResponse } from '../paypro/types.ts';
import type { MethodKind } from '../payments.ts';
import type { AppInfo } from './views.ts';

/**
 * The manager's settings screen's part of the IPC contract. The values are settings.json's, as main's schema
 * (electron/settings/settings.ts) reads them; main checks that this interface and that schema stay the same. The
 * app secret is never among them: it is written once (setAppSecret) and never read back, only its status is.
 */
export interface BankValues {
  readonly id: string;
  readonly name: string;
  readonly wayCode?: string | undefined;
  /** The wayCode is this till's guess until Paypro confirms it. */
  readonly toConfirm: boolean;
}

export interface MethodValues {
  readonly id: string;
  readonly kind: MethodKind;
  readonly enabled: boolean;
  readonly label?: string | undefined;
  readonly wayCode?: string | undefined;
  readonly key?: string | undefined;
  readonly needsMobile: boolean;
  readonly minAmount?: number | undefined;
  readonly maxAmount?: number | undefined;
  readonly expiryMinutes?: number | undefined;
  readonly banks: readonly BankValues[];
  readonly toConfirm: boolean;
}

export interface SettingsValues {
  readonly merchantNo?: string | undefined;
  readonly environment: 'sandbox' | 'production';
  readonly sandboxBaseUrl: string;
  readonly productionBaseUrl?: string | undefined;
  readonly saltComposition: SaltComposition;
  readonly notifyUrl?: string | undefined;
  readonly returnUrl?: string | undefined;
  readonly payer: { readonly username: string; readonly mobile: string; readonly email: string };
  readonly methods: readonly MethodValues[];
  readonly storeName: string;
  readonly nmid?: string | undefined;
  readonly language: 'id' | 'en';
  readonly quickAmounts: readonly number[];
  readonly speakPayments: boolean;
  readonly receipt: { readonly paperWidth: 58 | 80; readonly printerName?: string | undefined };
  readonly watchGraceMinutes: number;
  readonly businessDayStartHour: number;
  readonly updateFeedUrl?: string | undefined;
  readonly kioskMode: boolean;
  readonly startAtLogin: boolean;
}

/** A value the schema refused: where (e.g. "merchantNo", "methods.1.banks.0.wayCode") and which rule. */
export interface SettingsProblem {
  readonly field: string;
  /** The schema's rule ('invalid_format', 'too_big', 'custom', …): the screen says what to type for the field. */
  readonly rule: string;
  /** The schema's own words, in English, for IT and logs. */
  readonly detail: string;
}

export interface SecretStatus {
  /** A secret is stored in the OS keychain for the merchant number in the settings. */
  readonly stored: boolean;
  /** When it was last set through Kasir, from the audit log (absent: set by `npm run configure`, or never). */
  readonly setAt: number | undefined;
  /** The OS keychain answered; it is locked (Linux: unlock the login keyring); it cannot be reached. */
  readonly keychain: 'ok' | 'locked' | 'unavailable';
}

export interface SettingsView {
  readonly values: SettingsValues;
  /** 'file': settings.json as saved; 'defaults': no file yet (demo mode); 'damaged': the file cannot be used. */
  readonly source: 'file' | 'defaults' | 'damaged';
  /** What is wrong with a damaged file: the screen names the field and offers to repair it (save valid values). */
  readonly problems: readonly SettingsProblem[];
  readonly secret: SecretStatus;
}

export type SaveSettingsResult =
  | { readonly kind: 'saved'; readonly info: AppInfo }
  | { readonly kind: 'invalid'; readonly problems: readonly SettingsProblem[] };

export type UnreachableCause = 'refused' | 'dns' | 'timeout' | 'network';
export type InvalidConnectionField = 'baseUrl' | 'merchantNo' | 'secret';

/** Test connection's answer (electron/manager/test-connection.ts): the balance, or exactly why not. */
export type ConnectionTestResult =
  /** Accepted. `changed` is true when only another composition than the entered one was accepted. */
  | {
    readonly kind: 'ok';
    readonly balance: BalanceResponse;
    readonly saltComposition: SaltComposition;
    readonly entered: SaltComposition;
    readonly changed: boolean;
    readonly tried: readonly SaltComposition[];
  }
  /** The signature was refused under every candidate composition: the secret itself is wrong. */
  | { readonly kind: 'wrongSecret'; readonly tried: readonly SaltComposition[]; readonly code: string; readonly message: string }
  | { readonly kind: 'wrongMerchant'; readonly merchantNo: string; readonly code: string; readonly message: string }
  /** No answer: connection refused, name not found, no connection or answer in time, or the network failed. */
  | { readonly kind: 'unreachable'; readonly host: string; readonly cause: UnreachableCause; readonly detail: string }
  /** Certificate or TLS handshake failure: the request never left this machine. */
  | { readonly kind: 'tls'; readonly host: string; readonly detail: string }
  /** Something answered, but not with a Paypro answer (an HTML page, a bare HTTP error, unreadable JSON). */
  | { readonly kind: 'notPaypro'; readonly host: string; readonly detail: string }
  /** The gateway refused for a reason not recognised above (under every composition): its code and message. */
  | { readonly kind: 'refused'; readonly code: string; readonly message: string; readonly tried: readonly SaltComposition[] }
  /** The entered values cannot be tried at all. */
  | { readonly kind: 'invalid'; readonly field: InvalidConnectionField; readonly message: string };

export interface ConnectionTestRequest {
  readonly merchantNo: string;
  readonly environment: 'sandbox' | 'production';
  /** The base URL for that environment, as entered. */
  readonly baseUrl: string;
  readonly saltComposition: SaltComposition;
  /** As typed on the screen; absent: the one stored in the keychain for this merchant number. */
  readonly secret?: string | undefined;
}
