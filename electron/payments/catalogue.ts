import type { BankOption, MethodInfo, MethodKind, PaymentMethod } from '../../shared/payments.ts';
import type { MethodValues } from '../../shared/ipc/settings.ts';
import type { ChannelCode } from '../../shared/paypro/types.ts';
import { LIMITS } from '../../shared/paypro/validate.ts';

/**
 * The methods this till offers, in one place. Each kind decides how the order is made (payIn, or Paypro's
 * hosted cashier through paymentLink), which Paypro channel it names, and which credential the counter shows;
 * a catalogue entry adds the rest (id, label, wayCode, key, limits, banks). Adding a method is one entry in the
 * settings plus its strings — no code.
 */
export type Credential = 'qrString' | 'vaNumber' | 'paymentUrl';

interface KindRule {
  /** undefined: the hosted cashier offers every channel and the customer picks. */
  readonly channelCode: ChannelCode | undefined;
  readonly flow: 'payIn' | 'paymentLink';
  readonly credential: Credential;
  readonly defaultLabel: string | undefined;
  readonly maxAmount: number | undefined;
  /** How long the till offers it before "time is up" (Paypro's own order lifetime is unpublished). */
  readonly expiryMinutes: number;
}

const KIND_RULES: Readonly<Record<MethodKind, KindRule>> = {
  qris: { channelCode: 'QRIS', flow: 'payIn', credential: 'qrString', defaultLabel: 'QRIS', maxAmount: LIMITS.maxAmountByChannel.QRIS, expiryMinutes: 15 },
  va: { channelCode: 'VA', flow: 'payIn', credential: 'vaNumber', defaultLabel: 'VA', maxAmount: LIMITS.maxAmountByChannel.VA, expiryMinutes: 30 },
  ewallet: { channelCode: 'EWALLET', flow: 'payIn', credential: 'paymentUrl', defaultLabel: undefined, maxAmount: LIMITS.maxAmountByChannel.EWALLET, expiryMinutes: 15 },
  cashier: { channelCode: undefined, flow: 'paymentLink', credential: 'paymentUrl', defaultLabel: undefined, maxAmount: undefined, expiryMinutes: 30 },
};

export interface BankDefinition extends BankOption {
  readonly wayCode: string | undefined;
}

export interface MethodDefinition extends Omit<MethodInfo, 'banks'> {
  readonly channelCode: ChannelCode | undefined;
  readonly wayCode: string | undefined;
  readonly flow: 'payIn' | 'paymentLink';
  readonly credential: Credential;
  readonly expiryMs: number;
  readonly banks: readonly BankDefinition[];
}

/** A catalogue entry as settings hold it (electron/settings/methods.ts validates it; the settings screen edits it). */
export type MethodEntry = MethodValues;

function define(entry: MethodEntry): MethodDefinition {
  const rule = KIND_RULES[entry.kind];
  const banks = entry.kind === 'va' ? entry.banks.map((bank) => ({ id: bank.id, name: bank.name, wayCode: bank.wayCode, toConfirm: bank.toConfirm })) : [];
  return {
    id: entry.id,
    kind: entry.kind,
    label: entry.label ?? rule.defaultLabel ?? entry.id,
    key: entry.key,
    minAmount: Math.max(entry.minAmount ?? LIMITS.minAmount, 1),
    maxAmount: entry.maxAmount ?? rule.maxAmount,
    needsMobile: entry.needsMobile,
    toConfirm: entry.toConfirm || banks.some((bank) => bank.toConfirm),
    channelCode: rule.channelCode,
    wayCode: entry.wayCode,
    flow: rule.flow,
    credential: rule.credential,
    expiryMs: (entry.expiryMinutes ?? rule.expiryMinutes) * 60_000,
    banks,
  };
}

export class MethodCatalogue {
  readonly #methods: readonly MethodDefinition[];

  constructor(entries: readonly MethodEntry[]) {
    this.#methods = entries.filter((entry) => entry.enabled).map(define);
  }

  /** Every method the till offers, in the order of the charge buttons. */
  list(): readonly MethodDefinition[] {
    return this.#methods;
  }

  get(id: PaymentMethod): MethodDefinition | undefined {
    return this.#methods.find((method) => method.id === id);
  }

  /** Enter charges with this one: the first of the list. */
  get defaultMethod(): MethodDefinition | undefined {
    return this.#methods[0];
  }

  /** What windows are told: no Paypro codes. */
  info(): MethodInfo[] {
    return this.#methods.map(({ channelCode: _channel, wayCode: _way, flow: _flow, credential: _credential, expiryMs: _expiry, banks, ...info }) => ({
      ...info,
      banks: banks.map(({ id, name, toConfirm }) => ({ id, name, toConfirm })),
    }));
  }
}
