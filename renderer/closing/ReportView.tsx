import type { DayReport } from '../../shared/ipc/report.ts';
import { formatRupiah } from '../../shared/money.ts';
import { clockText, dateText } from '../history/history-words.ts';
import type { Locale } from '../i18n/translate.ts';
import type { ClosingT } from './closing-t.ts';
import { settledKey, summaryText } from './closing-words.ts';

interface Props {
  readonly report: DayReport;
  /** The shop's name from the settings, heading the printout (undefined while the till's info is not in yet). */
  readonly storeName: string | undefined;
  readonly t: ClosingT;
  readonly locale: Locale;
}

/** One day's report: the money in, the counts, by method, the partial payments and the late ones. What prints. */
export function ReportView({ report, storeName, t, locale }: Props) {
  const open = report.openCount > 0;
  const lateTotal = report.lateAwaiting.reduce((sum, payment) => sum + (payment.paidAmount ?? payment.amount), 0);
  return (
    <article className="closing__report" data-testid="closing-report" aria-label={summaryText(report, t)}>
      {storeName !== undefined && (
        <p className="closing__store" data-testid="closing-store">
          {storeName}
        </p>
      )}
      <h2 className="closing__day" data-testid="closing-day">
        {t('closing.day', { date: dateText(report.from, locale) })}
      </h2>
      <p className="closing__received">
        <span className="closing__received-label">{t('closing.received')}</span>
        <output className="closing__received-amount" data-testid="closing-received">
          {formatRupiah(report.received)}
        </output>
      </p>
      <dl className="closing__counts">
        <div className="closing__count">
          <dt>{t('closing.paid')}</dt>
          <dd data-testid="closing-paid">{report.paidCount}</dd>
        </div>
        <div className="closing__count">
          <dt>{t('closing.partial')}</dt>
          <dd data-testid="closing-partial">
            {report.partialCount}
            {report.partialCount > 0 && <span className="closing__shortfall"> ({t('closing.shortfall', { amount: formatRupiah(report.partialShortfall) })})</span>}
          </dd>
        </div>
        <div className="closing__count">
          <dt>{t('closing.unpaid')}</dt>
          <dd data-testid="closing-unpaid">{report.unpaidCount}</dd>
        </div>
        <div className="closing__count">
          <dt>{t('closing.open')}</dt>
          <dd data-testid="closing-open-count">{report.openCount}</dd>
        </div>
      </dl>
      <p className={open ? 'closing__banner' : 'closing__note'} data-testid="closing-settled" data-settled={!open}>
        {t(settledKey(report), { count: String(report.openCount) })}
      </p>
      <h3 className="closing__subtitle">{t('closing.byMethod')}</h3>
      {report.byMethod.length === 0 ? (
        <p className="closing__note">{t('closing.noPayments')}</p>
      ) : (
        <table className="closing__table" data-testid="closing-by-method">
          <thead>
            <tr>
              <th scope="col">{t('closing.method')}</th>
              <th scope="col">{t('closing.count')}</th>
              <th scope="col">{t('closing.received')}</th>
            </tr>
          </thead>
          <tbody>
            {report.byMethod.map((line) => (
              <tr key={line.method} data-testid={`closing-method-${line.method}`}>
                <th scope="row">{line.methodLabel}</th>
                <td>{line.count}</td>
                <td>{formatRupiah(line.received)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.partials.length > 0 && (
        <>
          <h3 className="closing__subtitle">{t('closing.partials')}</h3>
          <ul className="closing__list" data-testid="closing-partials">
            {report.partials.map((payment) => (
              <li key={payment.tradeNo}>
                {t('closing.partialLine', {
                  time: clockText(payment.createdAt),
                  method: payment.methodLabel,
                  paid: formatRupiah(payment.paidAmount ?? 0),
                  amount: formatRupiah(payment.amount),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.lateAwaiting.length > 0 && (
        <>
          <h3 className="closing__subtitle closing__subtitle--warn" data-testid="closing-late">
            {t('closing.late', { count: String(report.lateAwaiting.length) })} · {formatRupiah(lateTotal)}
          </h3>
          <ul className="closing__list">
            {report.lateAwaiting.map((payment) => (
              <li key={payment.tradeNo}>
                {t('closing.lateLine', { time: `${dateText(payment.createdAt, locale)} ${clockText(payment.createdAt)}`, method: payment.methodLabel, amount: formatRupiah(payment.paidAmount ?? payment.amount) })}
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
