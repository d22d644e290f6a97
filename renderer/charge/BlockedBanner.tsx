import { useState } from 'react';
import type { AppInfo } from '../../shared/ipc/contract.ts';
import { useKasirApi } from '../api-context.ts';
import { explainError } from '../i18n/errors.ts';
import { useT } from '../i18n/useT.ts';
import { retrySetup } from '../payment/payment-actions.ts';
import { keepFocus } from './Keypad.tsx';
import type { ChargeBlock } from './charge-rules.ts';

const timeOfDay = (epochMs: number): string => new Date(epochMs).toLocaleTimeString('en-GB', { timeStyle: 'short' });

/**
 * Why the till cannot charge, in a cashier's words, and "try again": main reads the settings, the keychain and
 * the journal again, without a restart. Paypro being unreachable is not the till's fault and passes by itself:
 * its banner has no button.
 */
export function BlockedBanner({ block, info }: { readonly block: ChargeBlock; readonly info: AppInfo | undefined }) {
  const t = useT();
  const api = useKasirApi();
  const [trying, setTrying] = useState(false);
  const [triedAt, setTriedAt] = useState<number | undefined>(undefined);
  if (block.kind === 'loading') return null;
  if (block.kind === 'offline') {
    return (
      <div className="blocked-banner blocked-banner--offline" role="alert" data-testid="offline-banner">
        <p className="blocked-banner__title">{t('charge.offlineTitle')}</p>
        <p>{t('charge.offlineDetail')}</p>
      </div>
    );
  }
  const tryAgain = async (): Promise<void> => {
    setTrying(true);
    await retrySetup(api);
    setTriedAt(Date.now());
    setTrying(false);
  };
  return (
    <div className="blocked-banner" role="alert" data-testid="blocked-banner" data-reason={block.reason}>
      <p className="blocked-banner__title">{t('charge.blockedTitle')}</p>
      <p>{block.reason === undefined ? t('charge.notReady') : explainError(block.reason, t, info)}</p>
      <div className="blocked-banner__retry">
        <button type="button" className="blocked-banner__button" data-testid="retry-setup" disabled={trying} onMouseDown={keepFocus} onClick={() => void tryAgain()}>
          {trying ? t('charge.retrying') : t('charge.retry')}
        </button>
        {triedAt !== undefined && !trying && (
          <span data-testid="retry-outcome" role="status">
            {t('charge.retryStill', { time: timeOfDay(triedAt) })}
          </span>
        )}
      </div>
    </div>
  );
}
