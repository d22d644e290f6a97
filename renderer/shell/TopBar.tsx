import { useKasirApi } from '../api-context.ts';
import { useT } from '../i18n/useT.ts';
import { ManagerIndicator } from '../manager/ManagerIndicator.tsx';
import { useKasir } from '../store/index.ts';
import { selectIsDemo } from '../store/selectors.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { TopMenu } from './TopMenu.tsx';

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
      <TopMenu />
    </header>
  );
}
