import { useKasirApi } from '../api-context.ts';
import { useT } from '../i18n/useT.ts';
import { ManagerIndicator } from '../manager/ManagerIndicator.tsx';
import { kasirStore, useKasir } from '../store/index.ts';
import { selectHistoryOpen, selectIsDemo, selectScreen } from '../store/selectors.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';

/**
 * Riwayat: the history in place of the keypad, and back. Only while the keypad is shown: a payment on the counter
 * keeps the screen (and the amount on the keypad is kept while the history is open).
 */
function HistoryButton() {
  const t = useT();
  const open = useKasir(selectHistoryOpen);
  const counterFree = useKasir(selectScreen) === 'charge';
  const toggle = () => {
    const state = kasirStore.getState();
    if (state.historyOpen) state.historyClosed();
    else state.historyOpened();
  };
  return (
    <button type="button" className="top-bar__history" data-testid="history-open" aria-pressed={open && counterFree} disabled={!counterFree} onClick={toggle}>
      {t('history.open')}
    </button>
  );
}

export function TopBar() {
  const t = useT();
  const isDemo = useKasir(selectIsDemo);
  const api = useKasirApi();
  // One monitor: this screen turns towards the customer (main covers it with the customer window until Esc).
  // With a second monitor the customer view is already there.
  const customerDisplay = useKasir((state) => state.appInfo?.customerDisplay);
  return (
    <header className="top-bar">
      <span className="top-bar__brand">{t('app.title')}</span>
      {isDemo && (
        <span className="demo-badge" data-testid="demo-badge" title={t('app.demoBadgeLabel')}>
          {t('app.demoBadge')}
          <span className="visually-hidden">: {t('app.demoBadgeLabel')}</span>
        </span>
      )}
      <span className="top-bar__spacer" />
      <ManagerIndicator />
      {customerDisplay === 'toggle' && (
        <button type="button" className="top-bar__customer-view" data-testid="customer-view-toggle" title={t('customer.viewHint')} onClick={() => void api.toggleCustomerView()}>
          {t('customer.view')}
        </button>
      )}
      <LanguageSwitch />
      {/* Last, at the right edge: Tab reaches the language first, as before the history existed. */}
      <HistoryButton />
    </header>
  );
}
