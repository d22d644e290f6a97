import { z } from 'zod';
import { METHOD_ID, METHOD_KINDS } from '../../shared/payments.ts';

/**
 * Which payment methods this till offers, as the store's settings say. Paypro has not published its Indonesian
 * WayCode list or bank list (paypro-api.md §5), so every code below that is not attested is a default of this
 * till, marked `toConfirm` — shown as "to confirm with Paypro" in the UI — and the manager can change it here,
 * in one place. Attested: channel codes QRIS / VA / EWALLET, e-wallet wayCodes DANA and LINKAJA.
 */
const Code = z.string().trim().min(1).max(32).regex(/^[A-Za-z0-9_-]+$/, 'use letters, digits, - or _');

export const bankSettingSchema = z.strictObject({
  /** The bank's short name as cashiers and customers say it (BCA, BNI, …); also its id. */
  id: Code,
  name: z.string().trim().min(1).max(40),
  wayCode: Code.optional(),
  /** true until Paypro confirms the wayCode. */
  toConfirm: z.boolean().default(true),
});

export const methodSettingSchema = z.strictObject({
  id: z.string().regex(METHOD_ID, 'method ids are capitals, digits and _ (e.g. QRIS, DANA)'),
  kind: z.enum(METHOD_KINDS),
  enabled: z.boolean().default(true),
  /** On the charge button; defaults by kind (QRIS, VA) or the id. */
  label: z.string().trim().min(1).max(24).optional(),
  wayCode: Code.optional(),
  /** The keyboard key that charges with this method (F1–F12). */
  key: z.string().regex(/^F([1-9]|1[0-2])$/, 'key must be F1 to F12').optional(),
  /** Ask the customer's mobile number (08… / 628…) before the charge. */
  needsMobile: z.boolean().default(false),
  minAmount: z.number().int().min(1).optional(),
  maxAmount: z.number().int().min(1).optional(),
  /** How long the till offers its QR / VA number / link before "time is up" (defaults: QRIS 15, VA 30 minutes). */
  expiryMinutes: z.number().int().min(1).max(7 * 24 * 60).optional(),
  banks: z.array(bankSettingSchema).max(20).default([]),
  toConfirm: z.boolean().default(false),
});

export type BankSetting = z.output<typeof bankSettingSchema>;
export type MethodSetting = z.output<typeof methodSettingSchema>;

/** The bank list shipped until Paypro publishes its own: the wayCode guessed as the bank's id, to confirm. */
export const DEFAULT_VA_BANKS: readonly BankSetting[] = ['BCA', 'BNI', 'BRI', 'MANDIRI', 'PERMATA'].map((id) => ({
  id, name: id === 'MANDIRI' ? 'Mandiri' : id === 'PERMATA' ? 'Permata' : id, wayCode: id, toConfirm: true,
}));

export const DEFAULT_METHODS: readonly MethodSetting[] = [
  { id: 'QRIS', kind: 'qris', enabled: true, key: 'F1', needsMobile: false, banks: [], toConfirm: false },
  { id: 'VA', kind: 'va', enabled: true, key: 'F2', needsMobile: false, banks: [...DEFAULT_VA_BANKS], toConfirm: true },
  { id: 'DANA', kind: 'ewallet', enabled: true, label: 'DANA', wayCode: 'DANA', key: 'F3', needsMobile: false, banks: [], toConfirm: false },
  { id: 'LINKAJA', kind: 'ewallet', enabled: true, label: 'LinkAja', wayCode: 'LINKAJA', key: 'F4', needsMobile: false, banks: [], toConfirm: false },
  { id: 'CASHIER', kind: 'cashier', enabled: true, key: 'F5', needsMobile: false, banks: [], toConfirm: false },
];

/** The first settings files (and `npm run configure`) wrote `{ QRIS: { wayCode }, VA: { wayCode, bankName } }`. */
const legacyMethodsSchema = z.strictObject({
  QRIS: z.strictObject({ wayCode: Code.optional() }).default({}),
  VA: z.strictObject({ wayCode: Code.optional(), bankName: z.string().trim().min(1).max(40).default('Virtual Account') }).default({ bankName: 'Virtual Account' }),
}).transform(({ QRIS, VA }): MethodSetting[] => [
  { id: 'QRIS', kind: 'qris', enabled: true, key: 'F1', needsMobile: false, banks: [], toConfirm: false, ...(QRIS.wayCode ? { wayCode: QRIS.wayCode } : {}) },
  {
    id: 'VA', kind: 'va', enabled: true, key: 'F2', needsMobile: false, toConfirm: false,
    banks: [{ id: VA.bankName.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 32) || 'VA', name: VA.bankName, toConfirm: VA.wayCode === undefined, ...(VA.wayCode ? { wayCode: VA.wayCode } : {}) }],
  },
]);

/**
 * An old file's `{ QRIS, VA }` becomes the list it meant; anything else is judged as a list. (A union of the two
 * would answer a single refused value, say a minAmount typed as words, with "invalid input" for the whole list.)
 */
function fromLegacy(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const legacy = legacyMethodsSchema.safeParse(raw);
  return legacy.success ? legacy.data : raw;
}

export const methodsSchema = z
  .preprocess(fromLegacy, z.array(methodSettingSchema).min(1).max(12))
  .default(() => DEFAULT_METHODS.map((method) => ({ ...method, banks: [...method.banks] })))
  .superRefine((methods, context) => {
    const seen = new Set<string>();
    // The counter charges with the first method on a key: a second one there could never be reached by its key.
    const keys = new Map<string, string>();
    for (const [index, method] of methods.entries()) {
      if (seen.has(method.id)) context.addIssue({ code: 'custom', path: [index, 'id'], message: `method ${method.id} is listed twice` });
      seen.add(method.id);
      const keyHolder = method.key === undefined || !method.enabled ? undefined : keys.get(method.key);
      if (keyHolder !== undefined) context.addIssue({ code: 'custom', path: [index, 'key'], message: `${method.key ?? ''} is already the key of ${keyHolder}` });
      else if (method.key !== undefined && method.enabled) keys.set(method.key, method.id);
      if (method.minAmount !== undefined && method.maxAmount !== undefined && method.minAmount > method.maxAmount) {
        context.addIssue({ code: 'custom', path: [index, 'maxAmount'], message: 'maxAmount is below minAmount: no amount could be charged' });
      }
      // The cashier picks the customer's bank by its id: two banks of one id could not be told apart.
      const banks = new Set<string>();
      for (const [bankIndex, bank] of method.banks.entries()) {
        if (banks.has(bank.id)) context.addIssue({ code: 'custom', path: [index, 'banks', bankIndex, 'id'], message: `bank ${bank.id} is listed twice` });
        banks.add(bank.id);
      }
      if (method.kind === 'va' && method.enabled && method.banks.length === 0) {
        context.addIssue({ code: 'custom', path: [index, 'banks'], message: 'a VA method needs at least one bank' });
      }
    }
    if (!methods.some((method) => method.enabled)) context.addIssue({ code: 'custom', path: [], message: 'enable at least one method' });
  });
