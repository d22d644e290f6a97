import { useKasirApi } from '../api-context.ts';
import { useT } from '../i18n/useT.ts';
import { useKasir } from '../store/index.ts';
import { selectManagerActive } from '../store/selectors.ts';
import { lockManager } from './manager-actions.ts';

/**
 * In the top bar while a manager session is open, so nobody leaves the till unlocked without seeing it: "Mode
 * manajer" and a large "Kunci" that ends it. It goes when main says the session ended (locked or run out).
 */
export function ManagerIndicator() {
  const t = useT();
  const api = useKasirApi();
  const active = useKasir(selectManagerActive);
  if (!active) return null;
  return (
    <span className="manager-mode" data-testid="manager-mode">
      <span className="manager-mode__label">{t('manager.mode')}</span>
      <button type="button" className="manager-mode__lock" data-testid="manager-lock" title={t('manager.lockHint')} onClick={() => void lockManager(api)}>
        {t('manager.lock')}
      </button>
    </span>
  );
}
