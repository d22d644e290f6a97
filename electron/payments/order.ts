import type { ErrorCode } from '../../shared/ipc/contract.ts';
import type { Payer } from '../../shared/paypro/types.ts';
import type { Result } from '../../shared/result.ts';
import { err, ok } from '../../shared/result.ts';
import { isValidMobile } from '../../shared/paypro/validate.ts';
import type { MethodDefinition } from './catalogue.ts';
import type { Payment } from './payment.ts';
import type { PayproGateway } from './watcher.ts';

/** The order a charge sends to Paypro: what the cashier chose, the method's codes, the shop's addresses. */
/** What the cashier chose beside the amount and the method. */
export interface ChargeChoices {
  /** The customer's bank, for a VA with more than one. */
  readonly bank?: string | undefined;
  /** The customer's mobile number, for a method that asks for it. */
  readonly mobile?: string | undefined;
  /** The partial payment whose rest this charge collects. */
  readonly parentTradeNo?: string | undefined;
}

interface OrderDetails {
  readonly wayCode: string | undefined;
  readonly bank: string | undefined;
  readonly label: string;
  readonly payer: Payer;
}

/** The Paypro codes and payer for a charge: the VA's chosen bank, the customer's own mobile where asked. */
export function orderFor(definition: MethodDefinition, choices: ChargeChoices, payer: Payer): Result<OrderDetails, ErrorCode> {
  let { wayCode, label } = definition;
  let bank: string | undefined;
  if (definition.kind === 'va') {
    const onlyBank = definition.banks.length === 1 ? definition.banks[0] : undefined;
    const chosen = choices.bank === undefined ? onlyBank : definition.banks.find((option) => option.id === choices.bank);
    if (!chosen) return err('BANK_REQUIRED', `Choose the customer's bank for ${definition.label}.`);
    ({ wayCode, name: label } = chosen);
    bank = chosen.id;
  }
  if (definition.needsMobile) {
    if (choices.mobile === undefined || !isValidMobile(choices.mobile)) return err('MOBILE_INVALID', 'The mobile number must start with 08 or 628 and have 10–13 digits.');
    return ok({ wayCode, bank, label, payer: { ...payer, mobile: choices.mobile } });
  }
  return ok({ wayCode, bank, label, payer });
}

/** Where Paypro calls back and sends the customer's browser (settings). */
export interface ShopAddresses {
  readonly notifyUrl: string;
  readonly returnUrl?: string | undefined;
}

/** payIn for a chosen channel; Paypro's hosted cashier (paymentLink) when the customer chooses. */
export function sendOrder(
  gateway: PayproGateway, shop: ShopAddresses, definition: MethodDefinition, payment: Payment, payer: Payer,
): ReturnType<PayproGateway['payIn'] | PayproGateway['paymentLink']> {
  const request = {
    tradeNo: payment.tradeNo, amount: payment.amount, notifyUrl: shop.notifyUrl, ...payer,
    ...(shop.returnUrl === undefined ? {} : { returnUrl: shop.returnUrl }),
    ...(payment.wayCode === undefined ? {} : { wayCode: payment.wayCode }),
  };
  if (definition.flow === 'paymentLink' || payment.channelCode === undefined) {
    return gateway.paymentLink({ ...request, ...(payment.channelCode === undefined ? {} : { channelCode: payment.channelCode }) });
  }
  return gateway.payIn({ ...request, channelCode: payment.channelCode });
}
