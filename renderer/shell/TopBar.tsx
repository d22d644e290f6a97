import { useT } from '../i18n/useT.ts';
import { useKasir } from '../store/index.ts';
import { selectIsDemo } from '../store/selectors.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';

export function TopBar() {
  const t = useT();
  const isDemo = useKasir(selectIsDemo);
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
      <LanguageSwitch />
    </header>
  );
}
