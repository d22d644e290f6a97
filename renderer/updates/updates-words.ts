import type { ErrorCode } from '../../shared/ipc/contract.ts';
import type { UpdateStatus } from '../../shared/ipc/updates.ts';
import type { UpdatesT } from './updates-t.ts';

/** What main answered to a check or an install, in words; an unknown version reads as "?" rather than vanishing. */
export function statusText(status: Pick<UpdateStatus, 'state' | 'version'>, t: UpdatesT): string {
  const version = status.version ?? '?';
  switch (status.state) {
    case 'off':
      return t('updates.state.off');
    case 'unavailable':
      return t('updates.state.unavailable');
    case 'notChecked':
      return t('updates.state.notChecked');
    case 'upToDate':
      return t('updates.state.upToDate');
    case 'ready':
      return t('updates.state.ready', { version });
    case 'failed':
      return t('updates.state.failed');
    case 'installing':
      return t('updates.state.installing', { version });
  }
}

/**
 * A refused install or quit: a payment on the counter (or being checked) is said as what to do about it; anything
 * else goes through the app's usual error words (`explain`).
 */
export function refusalText(code: ErrorCode, t: UpdatesT, explain: (code: ErrorCode) => string): string {
  return code === 'PAYMENT_IN_PROGRESS' ? t('updates.busy') : t('updates.failed', { reason: explain(code) });
}
