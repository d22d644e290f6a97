import { useT } from '../i18n/useT.ts';
import { useKasir } from '../store/index.ts';
import { selectAppInfo } from '../store/selectors.ts';

/** On every screen while the journal cannot be written: the open payment is still followed, new ones are refused. */
export function JournalWarning() {
  const t = useT();
  const warning = useKasir(selectAppInfo)?.warning;
  if (warning === undefined) return null;
  return (
    <p className="journal-warning" role="alert" data-testid="journal-warning" data-code={warning}>
      {t('charge.journalWarning')}
    </p>
  );
}
