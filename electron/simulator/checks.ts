import { verifySignedFields } from '../paypro/sign.ts';
import type { SaltComposition, SignableValue } from '../../shared/paypro/sign.ts';
import { CHANNEL_CODES } from '../../shared/paypro/types.ts';
import type { ChannelCode } from '../../shared/paypro/types.ts';
import { validateAmount, validatePayer, validateTradeNo } from '../../shared/paypro/validate.ts';
import type { Result } from '../../shared/result.ts';
import { err, ok } from '../../shared/result.ts';

/**
 * What the gateway checks before it does anything, in the gateway's order: merchant header, JSON body,
 * timestamp, signature, then the endpoint's fields. Every failure becomes outer code 8000 with a message
 * naming what was wrong, since the real gateway's texts are not published (paypro-api.md §4.1).
 */
export type SignedBody = Record<string, SignableValue>;

export interface AuthConfig {
  readonly merchantNo: string;
  readonly secret: string;
  readonly saltComposition: SaltComposition;
}

const REJECTED = 'REQUEST_REJECTED';

export function checkSignedRequest(merchantHeader: string | undefined, rawBody: string, config: AuthConfig): Result<SignedBody> {
  if (merchantHeader === undefined || merchantHeader === '') return err(REJECTED, 'merchantNo header missing');
  if (merchantHeader !== config.merchantNo) return err(REJECTED, 'unknown merchantNo');
  let parsed: unknown;
  try {
    parsed = JSON.parse(rawBody);
  } catch {
    return err(REJECTED, 'request body is not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return err(REJECTED, 'request body is not valid JSON: expected an object');
  }
  const body: SignedBody = {};
  for (const [key, value] of Object.entries(parsed)) {
    // Nested values have no defined place in the signed string (§1.3), so the gateway cannot accept them.
    if (value !== null && typeof value === 'object') return err(REJECTED, `field ${key} must be a string or a number`);
    body[key] = value as SignableValue;
  }
  const timestamp = body['timestamp'];
  if (timestamp === undefined || timestamp === null || timestamp === '') return err(REJECTED, 'timestamp is required');
  const timestampText = typeof timestamp === 'number' && Number.isSafeInteger(timestamp) ? String(timestamp) : timestamp;
  if (typeof timestampText !== 'string' || !/^\d{13}$/.test(timestampText)) {
    return err(REJECTED, 'timestamp must be epoch milliseconds (13 digits)');
  }
  if (typeof body['sign'] !== 'string' || body['sign'] === '') return err(REJECTED, 'sign verification failed: sign is missing or not a string');
  if (!verifySignedFields(body, config.secret, config.saltComposition)) return err(REJECTED, 'sign verification failed');
  return ok(body);
}

export interface OrderFields {
  readonly tradeNo: string;
  readonly username: string;
  readonly mobile: string;
  readonly email: string;
  readonly channelCode: ChannelCode | undefined;
  readonly wayCode: string | undefined;
  readonly amount: number;
  readonly notifyUrl: string;
  readonly returnUrl: string | undefined;
  readonly remark: string | undefined;
}

function requiredString(body: SignedBody, key: string): Result<string> {
  const value = body[key];
  if (value === undefined || value === null || value === '') return err(REJECTED, `${key} is required`);
  if (typeof value !== 'string') return err(REJECTED, `${key} must be a string`);
  return ok(value);
}

function optionalString(body: SignedBody, key: string): Result<string | undefined> {
  const value = body[key];
  if (value === undefined || value === null || value === '') return ok(undefined);
  return typeof value === 'string' ? ok(value) : err(REJECTED, `${key} must be a string`);
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

const PAYER_FIELD = { USERNAME_INVALID: 'username', MOBILE_INVALID: 'mobile', EMAIL_INVALID: 'email' } as const;

export function tradeNoField(body: SignedBody): Result<string> {
  const tradeNo = requiredString(body, 'tradeNo');
  if (!tradeNo.ok) return tradeNo;
  const valid = validateTradeNo(tradeNo.value);
  return valid.ok ? valid : err(REJECTED, `tradeNo invalid: ${valid.message}`);
}

/** payIn (channel required) and paymentLink (channel optional; wayCode ignored without it, per §2.2). */
export function orderFields(body: SignedBody, channelRequired: boolean): Result<OrderFields> {
  const tradeNo = tradeNoField(body);
  if (!tradeNo.ok) return tradeNo;
  const username = requiredString(body, 'username');
  if (!username.ok) return username;
  const mobile = requiredString(body, 'mobile');
  if (!mobile.ok) return mobile;
  const email = requiredString(body, 'email');
  if (!email.ok) return email;
  const payer = validatePayer({ username: username.value, mobile: mobile.value, email: email.value });
  if (!payer.ok) return err(REJECTED, `${PAYER_FIELD[payer.code]} invalid: ${payer.message}`);

  const channelText = channelRequired ? requiredString(body, 'channelCode') : optionalString(body, 'channelCode');
  if (!channelText.ok) return channelText;
  const channelCode = CHANNEL_CODES.find((code) => code === channelText.value);
  if (channelText.value !== undefined && channelCode === undefined) {
    return err(REJECTED, `channelCode must be one of ${CHANNEL_CODES.join(', ')}`);
  }
  const wayCode = optionalString(body, 'wayCode');
  if (!wayCode.ok) return wayCode;

  if (body['amount'] === undefined || body['amount'] === null || body['amount'] === '') return err(REJECTED, 'amount is required');
  // Without a channel the payer may still pick QRIS at the cashier, but the gateway cannot know that yet.
  const amount = validateAmount(body['amount'], channelCode ?? 'VA');
  if (!amount.ok) return err(REJECTED, `amount invalid: ${amount.message}`);

  const notifyUrl = requiredString(body, 'notifyUrl');
  if (!notifyUrl.ok) return notifyUrl;
  if (!isHttpUrl(notifyUrl.value)) return err(REJECTED, 'notifyUrl must be an http(s) URL');
  const returnUrl = optionalString(body, 'returnUrl');
  if (!returnUrl.ok) return returnUrl;
  if (returnUrl.value !== undefined && !isHttpUrl(returnUrl.value)) return err(REJECTED, 'returnUrl must be an http(s) URL');
  const remark = optionalString(body, 'remark');
  if (!remark.ok) return remark;

  return ok({
    tradeNo: tradeNo.value,
    username: payer.value.username,
    mobile: payer.value.mobile,
    email: payer.value.email,
    channelCode,
    wayCode: channelCode === undefined ? undefined : wayCode.value,
    amount: amount.value,
    notifyUrl: notifyUrl.value,
    returnUrl: returnUrl.value,
    remark: remark.value,
  });
}
