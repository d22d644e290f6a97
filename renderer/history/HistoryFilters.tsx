import type { ReactNode } from 'react';
import { useKasirApi } from '../api-context.ts';
import { methodName } from '../i18n/methods.ts';
import { useT } from '../i18n/useT.ts';
import { useKasir } from '../store/index.ts';
import { selectAppInfo, selectHistoryFilters } from '../store/selectors.ts';
import { choosePeriod, toggleMethod, toggleStatus, typeSearch } from './history-actions.ts';
import { PERIODS, SEARCH_MAX, STATUS_GROUPS, reachesBeforeToday } from './history-rules.ts';
import { groupKey, periodKey } from './history-words.ts';

interface ChipProps {
  readonly pressed: boolean;
  readonly testId: string;
  readonly onPress: () => void;
  readonly children: ReactNode;
}

function Chip({ pressed, testId, onPress, children }: ChipProps) {
  return (
    <button type="button" className="chip" aria-pressed={pressed} data-testid={testId} onClick={onPress}>
      {children}
    </button>
  );
}

function ChipGroup({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <div className="chip-group" role="group" aria-label={label}>
      {children}
    </div>
  );
}

/** The search box: amounts, Kasir's and Paypro's references; main is asked once typing pauses. */
export function HistorySearch() {
  const t = useT();
  const api = useKasirApi();
  const search = useKasir(selectHistoryFilters).search;
  return (
    <label className="history-search">
      <span className="history-search__label">{t('history.search')}</span>
      <input
        type="search"
        className="history-search__input"
        data-testid="history-search"
        maxLength={SEARCH_MAX}
        autoComplete="off"
        spellCheck={false}
        placeholder={t('history.searchPlaceholder')}
        value={search}
        onChange={(event) => typeSearch(api, event.target.value)}
      />
    </label>
  );
}

/**
 * Period, status and method chips. Every change reloads the list from its first page. The periods reaching before
 * today carry a "Manajer" mark: choosing one asks for the manager PIN.
 */
export function HistoryFiltersBar() {
  const t = useT();
  const api = useKasirApi();
  const filters = useKasir(selectHistoryFilters);
  const methods = useKasir(selectAppInfo)?.methods ?? [];
  return (
    <div className="history__filters">
      <ChipGroup label={t('history.period')}>
        {PERIODS.map((period) => (
          <Chip key={period} pressed={filters.period === period} testId={`history-period-${period}`} onPress={() => void choosePeriod(api, period)}>
            {t(periodKey(period))}
            {reachesBeforeToday(period) && (
              <span className="chip__mark" data-testid="manager-mark">
                {t('history.managerMark')}
              </span>
            )}
          </Chip>
        ))}
      </ChipGroup>
      <ChipGroup label={t('history.status')}>
        {STATUS_GROUPS.map((group) => (
          <Chip key={group} pressed={filters.statuses.includes(group)} testId={`history-status-${group}`} onPress={() => void toggleStatus(api, group)}>
            {t(groupKey(group))}
          </Chip>
        ))}
      </ChipGroup>
      {methods.length > 1 && (
        <ChipGroup label={t('history.method')}>
          {methods.map((method) => (
            <Chip key={method.id} pressed={filters.methods.includes(method.id)} testId={`history-method-${method.id}`} onPress={() => void toggleMethod(api, method.id)}>
              {methodName(method, t)}
            </Chip>
          ))}
        </ChipGroup>
      )}
    </div>
  );
}
