import { useEffect, useRef } from 'react';
import type { AppInfo, PaymentView } from '../../shared/ipc/contract.ts';
import type { PaymentState } from '../../shared/payments.ts';
import { WATCHED_STATES } from '../../shared/payments.ts';
import { formatRupiah } from '../../shared/money.ts';
import { useKasirApi } from '../api-context.ts';
import { explainError } from '../i18n/errors.ts';
import { paidWith } from '../i18n/methods.ts';
import type { Translate } from '../i18n/translate.ts';
import { useT } from '../i18n/useT.ts';
import { useKasir } from '../store/index.ts';
import type { DetailNotice, HistoryDetail } from '../store/history-slice.ts';
import { selectAppInfo, selectHistoryDayStart, selectLocale } from '../store/selectors.ts';
import '../styles/history-detail.css';
import { checkAgain, closeDetail, reprintReceipt } from './history-actions.ts';
import { groupOf } from './history-rules.ts';
import { eventKey, stateKey, whenText } from './history-words.ts';

/** States worth asking Paypro about again: still open, or let go but still watched (a late payment may come). */
/** What main still asks the gateway about, so "check again" can do something (its isWatched). */
const CHECKABLE: readonly PaymentState[] = ['awaiting', 'checking', ...WATCHED_STATES];
/** States with a receipt. */
const PRINTABLE: readonly PaymentState[] = ['paid', 'partial'];

function noticeText(notice: DetailNotice, t: Translate, info: AppInfo | undefined): string {
  switch (notice.kind) {
    case 'checked':
      return t('history.detail.checked', { state: t(stateKey(notice.view.state)) });
    case 'printed':
      return notice.printedTo === 'printer' ? t('receipt.printed') : t('receipt.savedPdf', { file: notice.file?.split(/[\\/]/).pop() ?? '' });
    case 'refused':
      return explainError(notice.code, t, info);
  }
}

function failureText(payment: PaymentView, t: Translate, info: AppInfo | undefined): string | undefined {
  const { failure } = payment;
  if (!failure) return undefined;
  const gateway = failure.gatewayCode === undefined ? '' : ` ${t('result.gatewayDetail', { detail: `${failure.gatewayCode} ${failure.detail}`.trim() })}`;
  return explainError(failure.code, t, info) + gateway;
}

function Fact({ label, value, testId }: { readonly label: string; readonly value: string; readonly testId: string }) {
  return (
    <div className="detail__fact">
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}

function EventLog({ detail }: { readonly detail: HistoryDetail }) {
  const t = useT();
  const info = useKasir(selectAppInfo);
  const locale = useKasir(selectLocale);
  const dayStart = useKasir(selectHistoryDayStart);
  if (detail.eventsError !== undefined) {
    return <p role="alert" data-testid="detail-events-failed">{t('history.detail.eventsFailed', { reason: explainError(detail.eventsError, t, info) })}</p>;
  }
  if (!detail.events) return <p role="status">{t('history.detail.eventsLoading')}</p>;
  return (
    <ol className="detail__events" data-testid="detail-events">
      {detail.events.map((event) => (
        <li key={event.revision} className="detail__event" data-testid="detail-event" data-type={event.type}>
          <span className="detail__event-time">{whenText(event.at, dayStart, locale, true)}</span>
          <span>{t(eventKey(event.type))}</span>
        </li>
      ))}
    </ol>
  );
}

/**
 * One payment in full: amounts, method, state, both references, times, why it failed, and its event log; "check
 * again" for one still open or watched, "reprint" for one paid. Esc or Tutup closes it and puts the focus back on
 * its row.
 */
export function PaymentDetailDialog({ detail }: { readonly detail: HistoryDetail }) {
  const t = useT();
  const api = useKasirApi();
  const info = useKasir(selectAppInfo);
  const locale = useKasir(selectLocale);
  const dayStart = useKasir(selectHistoryDayStart);
  const ref = useRef<HTMLDialogElement>(null);
  const { payment, busy, notice } = detail;
  const { tradeNo } = payment;

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    // The dialog itself, not its first button: Enter must not check or print by surprise; Tab reaches them.
    dialog?.focus();
    return () => {
      dialog?.close();
      document.querySelector<HTMLElement>(`[data-testid="history-row"][data-trade-no="${tradeNo}"]`)?.focus();
    };
  }, [tradeNo]);

  const failure = failureText(payment, t, info);
  const late = payment.lateAfter === undefined ? undefined : t('history.detail.lateAfter', { after: t(`late.after.${payment.lateAfter}`) });
  return (
    <dialog
      ref={ref}
      className="dialog-card detail"
      tabIndex={-1}
      data-testid="history-detail"
      data-trade-no={tradeNo}
      data-state={payment.state}
      aria-labelledby="detail-title"
      onCancel={(event) => {
        event.preventDefault();
        closeDetail();
      }}
    >
      <div className="detail__facts">
        <h2 id="detail-title" className="detail__title">
          {t('history.detail.title')}
        </h2>
        <p className="detail__amount" data-testid="detail-amount">
          {formatRupiah(payment.amount)}
        </p>
        <p className={`detail__state state--${groupOf(payment.state)}`} data-testid="detail-state">
          {t(stateKey(payment.state))}
        </p>
        <dl className="detail__list">
          {payment.paidAmount !== undefined && <Fact label={t('history.detail.paidAmount')} value={formatRupiah(payment.paidAmount)} testId="detail-paid-amount" />}
          <Fact label={t('history.detail.method')} value={paidWith(payment, t)} testId="detail-method" />
          <Fact label={t('receipt.kasirRef')} value={tradeNo} testId="detail-trade-no" />
          <Fact label={t('receipt.payproRef')} value={payment.platFormTradeNo ?? '—'} testId="detail-paypro-ref" />
          <Fact label={t('history.detail.created')} value={whenText(payment.createdAt, dayStart, locale)} testId="detail-created" />
          {payment.paidAt !== undefined && <Fact label={t('history.detail.paidAt')} value={whenText(payment.paidAt, dayStart, locale)} testId="detail-paid-at" />}
          {failure !== undefined && <Fact label={t('history.detail.reason')} value={failure} testId="detail-reason" />}
        </dl>
        {late !== undefined && <p className="detail__late">{late}</p>}
      </div>
      <section className="detail__log" aria-labelledby="detail-events-title">
        <h3 id="detail-events-title" className="detail__log-title">
          {t('history.detail.events')}
        </h3>
        <EventLog detail={detail} />
      </section>
      <div className="detail__actions">
        {notice !== undefined && (
          <p className="detail__notice" role={notice.kind === 'refused' ? 'alert' : 'status'} data-testid="detail-notice" data-kind={notice.kind}>
            {noticeText(notice, t, info)}
          </p>
        )}
        {busy === 'check' && <p role="status">{t('history.detail.checking')}</p>}
        {CHECKABLE.includes(payment.state) && (
          <button type="button" className="detail__button" data-testid="detail-check" disabled={busy !== undefined} onClick={() => void checkAgain(api)}>
            {t('history.detail.checkAgain')}
          </button>
        )}
        {PRINTABLE.includes(payment.state) && (
          <button type="button" className="detail__button" data-testid="detail-reprint" disabled={busy !== undefined} onClick={() => void reprintReceipt(api)}>
            {t('receipt.reprint')}
          </button>
        )}
        <button type="button" className="detail__button detail__close" data-testid="detail-close" onClick={closeDetail}>
          {t('history.detail.close')}
        </button>
      </div>
    </dialog>
  );
}
