import { z } from 'zod';
import { SALT_COMPOSITIONS } from '../../shared/paypro/sign.ts';
import { isValidEmail, isValidMobile } from '../../shared/paypro/validate.ts';
import { methodsSchema } from './methods.ts';

/**
 * The till's settings, kept as JSON in the app's data folder. The app secret is NOT here: it lives only in
 * the OS keychain. No merchant number means demo mode. The manager's settings screen and `npm run configure` both
 * write this same file; ./settings-file.ts reads and writes it.
 *
 * Values Paypro has not published (paypro-api.md §5, §1.1) are settings, in this one place: the WayCode
 * of each method, the VA bank, the production base URL and the signing salt composition.
 */
export const PAYPRO_SANDBOX_BASE_URL = 'https://openapi-test.paypro.tech/indonesia-pay';

const HttpUrl = z.url({ protocol: /^https?$/ });
/** Production carries real money and the app secret's signatures: never over plain HTTP. */
const HttpsUrl = z.url({ protocol: /^https$/, error: 'productionBaseUrl must start with https://' });
const Minutes = (max: number) => z.number().int().min(1).max(max);

export const settingsSchema = z.strictObject({
  merchantNo: z.string().regex(/^\d{10}$/, 'merchantNo must be the 10-digit Paypro merchant number').optional(),
  environment: z.enum(['sandbox', 'production']).default('sandbox'),
  sandboxBaseUrl: HttpUrl.default(PAYPRO_SANDBOX_BASE_URL),
  /** Not published by Paypro: must be set by the manager before production use. */
  productionBaseUrl: HttpsUrl.optional(),
  saltComposition: z.enum(SALT_COMPOSITIONS).default('append'),
  /** Paypro requires one; the till confirms payments by polling, so any URL that answers OK will do. */
  notifyUrl: HttpUrl.optional(),
  /** Where Paypro sends the customer's browser after an e-wallet or hosted-cashier payment (optional in the API). */
  returnUrl: HttpUrl.optional(),
  payer: z.strictObject({
    username: z.string().trim().min(1).max(64),
    mobile: z.string().refine(isValidMobile, 'mobile must start with 08 or 628 and have 10–13 digits'),
    email: z.string().refine(isValidEmail, 'email is not valid'),
  }).default({ username: 'Pelanggan', mobile: '081200000000', email: 'pelanggan@example.com' }),
  /** The methods the till offers, with their Paypro codes and limits (./methods.ts). */
  methods: methodsSchema,
  /** The shop's name on receipts and on the customer display. */
  storeName: z.string().trim().min(1).max(40).default('Kasir'),
  /** The shop's QRIS merchant ID (NMID) as printed on its QRIS sticker: "ID" and digits. Receipts and the day report name it. */
  nmid: z.string().trim().regex(/^ID\d{10,15}$/, 'nmid is "ID" followed by 10 to 15 digits, as on the QRIS sticker').optional(),
  /** The language the till starts in (a cashier can still switch for the session). */
  language: z.enum(['id', 'en']).default('id'),
  /** One-tap amounts on the keypad, in rupiah. */
  quickAmounts: z.array(z.number().int().min(1).max(9_999_999_999)).max(8).default([10_000, 20_000, 50_000, 100_000]),
  /** Say a confirmed payment aloud in the system's voice ("Pembayaran QRIS 25.000 rupiah diterima"), after the chime. */
  speakPayments: z.boolean().default(false),
  /** Thermal receipts: the roll's width, and the printer (none: a PDF is saved instead). */
  receipt: z.strictObject({
    paperWidth: z.union([z.literal(58), z.literal(80)]).default(80),
    printerName: z.string().trim().min(1).max(120).optional(),
  }).default({ paperWidth: 80 }),
  /** How long a cancelled, expired or failed payment is still asked about, so a late payment is never missed. */
  watchGraceMinutes: Minutes(7 * 24 * 60).default(120),
  /** The hour (0–23, the till's time) a business day begins: a shop open past midnight sets e.g. 4. */
  businessDayStartHour: z.number().int().min(0).max(23).default(0),
  /** Where this till looks for updates (electron-updater's generic feed, https only). Absent: updates are off. */
  updateFeedUrl: z.url({ protocol: /^https$/, error: 'updateFeedUrl must start with https://' }).optional(),
  /** A dedicated till: full screen, no quitting or switching windows without the manager PIN. */
  kioskMode: z.boolean().default(false),
  /** Start Kasir when the till's user logs in. */
  startAtLogin: z.boolean().default(false),
}).refine((settings) => settings.environment !== 'production' || settings.productionBaseUrl !== undefined, {
  path: ['productionBaseUrl'],
  message: 'production needs productionBaseUrl (an https:// address from Paypro)',
});

export type Settings = z.output<typeof settingsSchema>;

export type SettingsLoad =
  | { readonly ok: true; readonly settings: Settings; readonly fromFile: boolean }
  | { readonly ok: false; readonly message: string };

export function parseSettings(raw: unknown): SettingsLoad {
  const parsed = settingsSchema.safeParse(raw);
  if (parsed.success) return { ok: true, settings: parsed.data, fromFile: true };
  const first = parsed.error.issues[0];
  return { ok: false, message: `${first?.path.join('.') || 'settings'}: ${first?.message ?? 'invalid'}` };
}

export function defaultSettings(): Settings {
  return settingsSchema.parse({});
}

export function baseUrlFor(settings: Settings): string | undefined {
  return settings.environment === 'production' ? settings.productionBaseUrl : settings.sandboxBaseUrl;
}
