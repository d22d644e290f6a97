import type { ReconcileReport } from '../../shared/ipc/report.ts';
import { formatRupiah } from '../../shared/money.ts';
import { clockText } from '../history/history-words.ts';
import { useT } from '../i18n/useT.ts';
import type { ClosingT } from './closing-t.ts';
import { findingText, reconcileCounts } from './closing-words.ts';

/** What "Periksa ulang dengan Paypro" found: how many were asked about, and every one that is not as it was. */
export function ReconcileView({ result, t }: { readonly result: ReconcileReport; readonly t: ClosingT }) {
  const appT = useT();
  const counts = reconcileCounts(result.rows);
  const notable = result.rows.filter((row) => row.finding !== 'unchanged');
  return (
    <section className="closing__findings" data-testid="closing-findings" aria-live="polite">
      <p className="closing__note" data-testid="closing-checked">
        {t('closing.checked', { count: String(counts.count), changed: String(counts.changed), noAnswer: String(counts.noAnswer) })}
      </p>
      {notable.length > 0 && (
        <ul className="closing__list">
          {notable.map((row) => (
            <li key={row.payment.tradeNo} className={`closing__finding closing__finding--${row.finding}`} data-testid={`finding-${row.payment.tradeNo}`} data-finding={row.finding}>
              {clockText(row.payment.createdAt)} · {row.payment.methodLabel} · {formatRupiah(row.payment.amount)}: {findingText(row, t, appT)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
