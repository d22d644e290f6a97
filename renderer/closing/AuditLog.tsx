import { useCallback, useEffect, useState } from 'react';
import type { ErrorCode } from '../../shared/ipc/contract.ts';
import type { AuditView } from '../../shared/ipc/report.ts';
import { useKasirApi } from '../api-context.ts';
import { dateText, clockText } from '../history/history-words.ts';
import { explainError } from '../i18n/errors.ts';
import type { Locale } from '../i18n/translate.ts';
import { useT } from '../i18n/useT.ts';
import { useKasir } from '../store/index.ts';
import { selectAppInfo } from '../store/selectors.ts';
import { asClosingManager, closeClosing } from './closing-actions.ts';
import type { ClosingT } from './closing-t.ts';
import { actionText, nextAuditCursor } from './closing-words.ts';

const PAGE = 30;

/** The manager's audit log, newest first, a page at a time ("Lebih banyak" asks for the entries before the last). */
export function AuditLog({ t, locale }: { readonly t: ClosingT; readonly locale: Locale }) {
  const api = useKasirApi();
  const appT = useT();
  const info = useKasir(selectAppInfo);
  const [entries, setEntries] = useState<readonly AuditView[]>();
  const [more, setMore] = useState(false);
  const [problem, setProblem] = useState<ErrorCode>();

  const load = useCallback(
    async (before: number | undefined) => {
      const result = await asClosingManager(() => api.listAuditLog({ limit: PAGE, before }));
      if (result === undefined) {
        closeClosing();
        return;
      }
      if (!result.ok) {
        setProblem(result.code);
        return;
      }
      setProblem(undefined);
      setEntries((old) => (before === undefined ? result.value : [...(old ?? []), ...result.value]));
      setMore(result.value.length === PAGE);
    },
    [api],
  );
  useEffect(() => void load(undefined), [load]);

  return (
    <section className="closing__audit" data-testid="closing-audit">
      {problem && (
        <p className="closing__banner" role="alert">
          {t('closing.auditFailed', { reason: explainError(problem, appT, info) })}
        </p>
      )}
      {entries?.length === 0 && <p className="closing__note">{t('closing.auditEmpty')}</p>}
      {entries && entries.length > 0 && (
        <ol className="closing__list closing__list--audit">
          {entries.map((entry) => (
            <li key={entry.id} data-testid={`audit-${entry.id}`} data-action={entry.action}>
              <span className="closing__when">
                {dateText(entry.at, locale)} {clockText(entry.at, true)}
              </span>{' '}
              · {t(`closing.actor.${entry.actor}`)} · {actionText(entry, t)}
            </li>
          ))}
        </ol>
      )}
      {more && (
        <button type="button" className="closing__button" data-testid="audit-more" onClick={() => void load(nextAuditCursor(entries ?? []))}>
          {t('closing.auditMore')}
        </button>
      )}
    </section>
  );
}
