import { useCallback, useEffect, useRef } from 'react';
import { useKasirApi } from '../api-context.ts';
import { useT } from '../i18n/useT.ts';
import { BackOfficeHeader } from '../shell/BackOfficeHeader.tsx';
import { useEscapeKey } from '../shell/useEscapeKey.ts';
import { useKasir } from '../store/index.ts';
import { selectHistoryDetail, selectManagerPrompt } from '../store/selectors.ts';
import '../styles/history.css';
import { closeHistory, startHistory } from './history-actions.ts';
import { HistoryFiltersBar, HistorySearch } from './HistoryFilters.tsx';
import { HistoryList } from './HistoryList.tsx';
import { PaymentDetailDialog } from './PaymentDetailDialog.tsx';

/**
 * The payments made at this till, newest first, in place of the keypad: today's for the cashier, older ones for
 * the manager. Kembali or Esc goes back to the keypad, where the amount typed before is still there. Loaded on
 * demand (App.tsx), so the counter's start-up code does not carry it.
 */
export default function HistoryScreen() {
  const t = useT();
  const api = useKasirApi();
  const detail = useKasir(selectHistoryDetail);
  const managerPrompt = useKasir(selectManagerPrompt);
  const title = useRef<HTMLHeadingElement>(null);

  useEffect(() => startHistory(api), [api]);
  // The screen is announced by its title; Tab goes on to Kembali, the filters and the list.
  useEffect(() => title.current?.focus(), []);
  const back = useCallback(() => closeHistory(), []);
  // A dialog open (the detail, the PIN) takes Esc for itself.
  useEscapeKey(back, detail === undefined && managerPrompt === undefined);

  return (
    <section className="history" aria-labelledby="history-title" data-testid="history-screen">
      <BackOfficeHeader screen="history" title={t('history.title')} backLabel={t('history.back')} onBack={back} titleRef={title}>
        <HistorySearch />
      </BackOfficeHeader>
      <HistoryFiltersBar />
      <HistoryList />
      {detail && <PaymentDetailDialog key={detail.payment.tradeNo} detail={detail} />}
    </section>
  );
}
