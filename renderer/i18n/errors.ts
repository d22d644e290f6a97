import type { AppInfo, ErrorCode } from '../../shared/ipc/contract.ts';
import { formatRupiah } from '../../shared/money.ts';
import { LIMITS } from '../../shared/paypro/validate.ts';
import type { MessageKey, Translate } from './translate.ts';

/**
 * The cashier-facing explanation of each error code. A switch rather than a lookup table so that adding a
 * code to the contract fails the type check here until someone writes what the cashier should do about it.
 */
export function errorMessageKey(code: ErrorCode): MessageKey {
  switch (code) {
    case 'INVALID_REQUEST':
      return 'error.invalidRequest';
    case 'FORBIDDEN_SENDER':
      return 'error.forbiddenSender';
    case 'FORBIDDEN_ROLE':
      return 'error.forbiddenRole';
    case 'MANAGER_ONLY':
      return 'error.managerOnly';
    case 'PIN_FORMAT':
      return 'error.pinFormat';
    case 'PIN_TOO_SIMPLE':
      return 'error.pinTooSimple';
    case 'PIN_ALREADY_SET':
      return 'error.pinAlreadySet';
    case 'PIN_NOT_SET':
      return 'error.pinNotSet';
    case 'WRONG_PIN':
      return 'error.wrongPin';
    case 'PIN_WAIT':
      return 'error.pinWait';
    case 'AMOUNT_NOT_INTEGER':
      return 'error.amountNotInteger';
    case 'AMOUNT_TOO_SMALL':
      return 'error.amountTooSmall';
    case 'AMOUNT_TOO_LARGE':
      return 'error.amountTooLarge';
    case 'PAYMENT_IN_PROGRESS':
      return 'error.paymentInProgress';
    case 'METHOD_UNAVAILABLE':
      return 'error.methodUnavailable';
    case 'BANK_REQUIRED':
      return 'error.bankRequired';
    case 'MOBILE_INVALID':
      return 'error.mobileInvalid';
    case 'PAYMENT_NOT_OPEN':
      return 'error.paymentNotOpen';
    case 'TOO_SOON':
      return 'error.tooSoon';
    case 'NOT_LATE':
      return 'error.notLate';
    case 'REST_UNAVAILABLE':
      return 'error.restUnavailable';
    case 'NOT_FOUND':
      return 'error.notFound';
    case 'NOT_DEMO_MODE':
      return 'error.notDemoMode';
    case 'KEYCHAIN_UNAVAILABLE':
      return 'error.keychainUnavailable';
    case 'KEYCHAIN_LOCKED':
      return 'error.keychainLocked';
    case 'SECRET_MISSING':
      return 'error.secretMissing';
    case 'SETTINGS_INVALID':
      return 'error.settingsInvalid';
    case 'JOURNAL_DAMAGED':
      return 'error.journalDamaged';
    case 'JOURNAL_UNWRITABLE':
      return 'error.journalUnwritable';
    case 'JOURNAL_IN_USE':
      return 'error.journalInUse';
    case 'GATEWAY_REJECTED':
      return 'error.gatewayRejected';
    case 'GATEWAY_UNREACHABLE':
      return 'error.gatewayUnreachable';
    case 'GATEWAY_MALFORMED':
      return 'error.gatewayMalformed';
    case 'QR_STATIC':
      return 'error.qrStatic';
    case 'QR_OTHER_MERCHANT':
      return 'error.qrOtherMerchant';
    case 'PRINTER_UNAVAILABLE':
      return 'error.printerUnavailable';
    case 'PRINT_FAILED':
      return 'error.printFailed';
    case 'DISPLAY_UNAVAILABLE':
      return 'error.displayUnavailable';
    case 'ORDER_NOT_CREATED':
      return 'error.orderNotCreated';
    case 'PAYMENT_DETAILS_LOST':
      return 'error.paymentDetailsLost';
    case 'PAYMENT_EXPIRED':
      return 'error.paymentExpired';
    case 'PAYMENT_FAILED':
      return 'error.paymentFailed';
    case 'INTERNAL':
      return 'error.internal';
    default:
      return assertNever(code);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unhandled error code: ${String(value)}`);
}

/** The translated explanation, with the limits filled in from what main reports (the shared limits until it has). */
export function explainError(code: ErrorCode, t: Translate, info: AppInfo | undefined): string {
  return t(errorMessageKey(code), {
    min: formatRupiah(info?.minAmount ?? LIMITS.minAmount),
    file: info?.journalFile ?? 'journal.sqlite',
  });
}
