/**
 * Paypro Indonesia request and response shapes (paypro-api.md §2). Request types describe what Kasir sends;
 * response types describe what the client hands on after lenient parsing (numbers that arrive as strings are
 * normalised, `availablAmount` is read under either spelling).
 */
export const PAYPRO_PATHS = {
  payIn: '/v1/paypro/payIn',
  queryPayInResult: '/v1/paypro/queryPayInResult',
  paymentLink: '/v1/paypro/paymentLink',
  queryBalance: '/v1/paypro/queryBalance',
} as const;
export type PayproEndpoint = keyof typeof PAYPRO_PATHS;

export const CHANNEL_CODES = ['QRIS', 'VA', 'EWALLET'] as const;
export type ChannelCode = (typeof CHANNEL_CODES)[number];

/** Payer fields every order-creating call requires. */
export interface Payer {
  readonly username: string;
  readonly mobile: string;
  readonly email: string;
}

export interface PayInRequest extends Payer {
  readonly tradeNo: string;
  readonly amount: number;
  readonly channelCode: ChannelCode;
  readonly wayCode?: string;
  readonly notifyUrl: string;
  readonly returnUrl?: string;
  readonly remark?: string;
}

export interface PaymentLinkRequest extends Payer {
  readonly tradeNo: string;
  readonly amount: number;
  readonly channelCode?: ChannelCode;
  readonly wayCode?: string;
  readonly notifyUrl: string;
  readonly returnUrl?: string;
  readonly remark?: string;
}

export interface QueryPayInRequest {
  readonly tradeNo: string;
}

/** The outer envelope every synchronous answer shares (§1.4). */
export interface PayproEnvelope {
  readonly code: string;
  readonly msg: string;
  readonly success: boolean;
  readonly timestamp: number | undefined;
  readonly data: Readonly<Record<string, unknown>> | undefined;
}

export interface PayInResponse {
  readonly tradeNo: string;
  readonly platFormTradeNo: string;
  readonly status: string;
  readonly desc: string | undefined;
  readonly remark: string | undefined;
  readonly paymentUrl: string | undefined;
  readonly qrString: string | undefined;
  readonly vaNumber: string | undefined;
}

export interface PaymentLinkResponse {
  readonly tradeNo: string;
  readonly platFormTradeNo: string;
  readonly status: string;
  readonly desc: string | undefined;
  readonly paymentUrl: string | undefined;
}

export interface QueryPayInResponse {
  readonly tradeNo: string;
  readonly platFormTradeNo: string;
  readonly status: string;
  readonly orderAmount: number | undefined;
  readonly payAmount: number | undefined;
  readonly message: string | undefined;
  readonly channelCode: string | undefined;
  readonly wayCode: string | undefined;
}

export interface BalanceResponse {
  readonly availableAmount: number | undefined;
  readonly freezeAmount: number | undefined;
  readonly unsettledAmount: number | undefined;
}

/** The asynchronous notification body (§3). Values are kept as received for signature checks. */
export interface NotifyPayload {
  readonly platFormTradeNo: string;
  readonly tradeNo: string;
  readonly amount: string;
  readonly status: string;
  readonly message: string;
  readonly successTime?: string;
  readonly channelCode?: string;
  readonly wayCode?: string;
  readonly timestamp: string;
  readonly sign: string;
}

/** Outer codes (§4.1): only 0000 means the call was accepted; 5000 means the outcome is unknown. */
export const OUTER_CODE = { accepted: '0000', systemError: '5000', orderError: '8000' } as const;
