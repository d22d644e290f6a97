import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorCode } from '../../shared/ipc/contract.ts';
import type { DayReport, ReconcileReport, ReportExport } from '../../shared/ipc/report.ts';
import { useKasirApi } from '../api-context.ts';
import { explainError } from '../i18n/errors.ts';
import { useT } from '../i18n/useT.ts';
import { BackOfficeHeader } from '../shell/BackOfficeHeader.tsx';
import { useEscapeKey } from '../shell/useEscapeKey.ts';
import { useKasir } from '../store/index.ts';
import { selectAppInfo, selectLocale, selectManagerPrompt } from '../store/selectors.ts';
import '../styles/closing.css';
import { AuditLog } from './AuditLog.tsx';
import { asClosingManager, closeClosing } from './closing-actions.ts';
import { useClosingT } from './closing-t.ts';
import type { DayChoice } from './closing-words.ts';
import { isCurrentDay, nextDay, previousDay, yesterday } from './closing-words.ts';
import { ReconcileView } from './ReconcileView.tsx';
import { ReportView } from './ReportView.tsx';

type Loaded = { readonly report: DayReport } | { readonly code: ErrorCode } | undefined;
type Notice = { readonly exported: ReportExport } | { readonly code: ErrorCode; readonly what: 'export' | 'reconcile' } | 'exporting' | undefined;
type Tab = 'report' | 'audit';

/**
 * "Tutup hari": the manager's end-of-day report of one business day, in place of the keypad. Print, export as CSV
 * (main writes it into the till's reports folder), check the doubtful payments again with Paypro, and read the
 * audit log. Opened through the PIN; loaded on demand (App.tsx) with its own words (./closing-t.ts).
 */
export default function ClosingScreen() {
  const t = useClosingT();
  const appT = useT();
  const api = useKasirApi();
  const info = useKasir(selectAppInfo);
  const locale = useKasir(selectLocale);
  const managerPrompt = useKasir(selectManagerPrompt);
  const [tab, setTab] = useState<Tab>('report');
  const [day, setDay] = useState<DayChoice>();
  const [loaded, setLoaded] = useState<Loaded>();
  const [notice, setNotice] = useState<Notice>();
  const [reconciled, setReconciled] = useState<ReconcileReport | 'busy'>();
  const [reloads, setReloads] = useState(0);
  const title = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let current = true;
    void asClosingManager(() => api.getDayReport({ day })).then((result) => {
      if (!current) return;
      if (result === undefined) closeClosing();
      else setLoaded(result.ok ? { report: result.value } : { code: result.code });
    });
    return () => {
      current = false;
    };
  }, [api, day, reloads]);
  useEffect(() => title.current?.focus(), []);

  const back = useCallback(() => closeClosing(), []);
  useEscapeKey(back, managerPrompt === undefined);

  const goTo = (choice: DayChoice) => {
    setDay(choice);
    setNotice(undefined);
    setReconciled(undefined);
  };
  const exportCsv = async () => {
    setNotice('exporting');
    const result = await asClosingManager(() => api.exportDayReport({ day, locale }));
    if (result === undefined) setNotice(undefined);
    else setNotice(result.ok ? { exported: result.value } : { code: result.code, what: 'export' });
  };
  const reconcile = async () => {
    setReconciled('busy');
    setNotice(undefined);
    const result = await asClosingManager(() => api.reconcileDay({ day }));
    if (result?.ok) setReconciled(result.value);
    else setReconciled(undefined);
    if (result && !result.ok) setNotice({ code: result.code, what: 'reconcile' });
    setReloads((count) => count + 1);
  };

  const report = loaded !== undefined && 'report' in loaded ? loaded.report : undefined;
  const now = Date.now();
  const busy = reconciled === 'busy';
  return (
    <section className="closing" aria-labelledby="closing-title" data-testid="closing-screen">
      <BackOfficeHeader screen="closing" title={t('closing.title')} backLabel={t('closing.back')} onBack={back} titleRef={title}>
        <div className="closing__tabs" role="tablist">
          {(['report', 'audit'] as const).map((name) => (
            <button key={name} type="button" role="tab" aria-selected={tab === name} className="closing__tab" data-testid={`closing-tab-${name}`} onClick={() => setTab(name)}>
              {t(`closing.tab.${name}`)}
            </button>
          ))}
        </div>
      </BackOfficeHeader>
      {tab === 'audit' ? (
        <div className="closing__scroll" data-testid="closing-scroll">
          <AuditLog t={t} locale={locale} />
        </div>
      ) : (
        <>
          <nav className="closing__days" aria-label={t('closing.title')}>
            <button type="button" className="closing__button" data-testid="closing-previous" disabled={!report} onClick={() => report && goTo(previousDay(report))}>
              <span aria-hidden="true">‹ </span>
              {t('closing.previous')}
            </button>
            <button type="button" className="closing__button" data-testid="closing-today" aria-pressed={day === undefined} onClick={() => goTo(undefined)}>
              {t('closing.today')}
            </button>
            <button type="button" className="closing__button" data-testid="closing-yesterday" onClick={() => goTo(yesterday(now))}>
              {t('closing.yesterday')}
            </button>
            <button type="button" className="closing__button" data-testid="closing-next" disabled={!report || isCurrentDay(report, now)} onClick={() => report && goTo(nextDay(report, now))}>
              {t('closing.next')}
              <span aria-hidden="true"> ›</span>
            </button>
          </nav>
          <div className="closing__scroll" data-testid="closing-scroll">
            {loaded === undefined && <p className="closing__note">{t('closing.loading')}</p>}
            {loaded !== undefined && 'code' in loaded && (
              <p className="closing__banner" role="alert" data-testid="closing-load-failed">
                {loaded.code === 'MANAGER_ONLY' ? t('closing.managerNeeded') : t('closing.loadFailed', { reason: explainError(loaded.code, appT, info) })}
              </p>
            )}
            {report && <ReportView report={report} storeName={info?.storeName} t={t} locale={locale} />}
            {busy && (
              <p className="closing__note" role="status" data-testid="closing-reconciling">
                {t('closing.reconciling')}
              </p>
            )}
            {reconciled !== undefined && !busy && <ReconcileView result={reconciled} t={t} />}
          </div>
          <footer className="closing__foot">
            <p className="closing__notice" role="status" data-testid="closing-notice">
              {notice === 'exporting' && t('closing.exporting')}
              {typeof notice === 'object' && 'exported' in notice && t('closing.exported', { file: notice.exported.file, rows: String(notice.exported.rows) })}
              {typeof notice === 'object' && 'code' in notice && t(notice.what === 'export' ? 'closing.exportFailed' : 'closing.reconcileFailed', { reason: explainError(notice.code, appT, info) })}
            </p>
            <button type="button" className="closing__button" data-testid="closing-print" disabled={!report} onClick={() => window.print()}>
              {t('closing.print')}
            </button>
            <button type="button" className="closing__button" data-testid="closing-export" disabled={!report || notice === 'exporting'} onClick={() => void exportCsv()}>
              {t('closing.export')}
            </button>
            <button type="button" className="closing__button closing__button--main" data-testid="closing-reconcile" disabled={!report || busy} onClick={() => void reconcile()}>
              {t('closing.reconcile')}
            </button>
          </footer>
        </>
      )}
    </section>
  );
}
