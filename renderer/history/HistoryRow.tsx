import type { KeyboardEvent } from 'react';
import type { PaymentView } from '../../shared/ipc/contract.ts';
import { formatRupiah } from '../../shared/money.ts';
import { paidWith } from '../i18n/methods.ts';
import type { Locale } from '../i18n/translate.ts';
import { useT } from '../i18n/useT.ts';
import { groupOf } from './history-rules.ts';
import { beforeToday, clockText, dateText, stateKey } from './history-words.ts';

/** One row's height in px: fixed, so the list can tell which rows are in view without measuring them. */
export const ROW_HEIGHT = 88;

interface HistoryRowProps {
  readonly payment: PaymentView;
  readonly index: number;
  /** How many rows the list has, or -1 while more pages may follow. */
  readonly setSize: number;
  readonly dayStart: number | undefined;
  readonly locale: Locale;
  /** This row is the one Tab reaches in the list (the arrow keys move it). */
  readonly tabbable: boolean;
  readonly onOpen: (payment: PaymentView) => void;
  readonly onFocusRow: (index: number) => void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLButtonElement>, index: number) => void;
}

/** Time (and the date, when it is not today's), amount, method, the state in words and Kasir's reference. */
export function HistoryRow({ payment, index, setSize, dayStart, locale, tabbable, onOpen, onFocusRow, onKeyDown }: HistoryRowProps) {
  const t = useT();
  const date = beforeToday(payment.createdAt, dayStart) ? dateText(payment.createdAt, locale) : undefined;
  return (
    <li className="history-row" style={{ transform: `translateY(${index * ROW_HEIGHT}px)` }} aria-setsize={setSize} aria-posinset={index + 1}>
      <button
        type="button"
        className="history-row__button"
        data-testid="history-row"
        data-trade-no={payment.tradeNo}
        data-state={payment.state}
        data-index={index}
        tabIndex={tabbable ? 0 : -1}
        onClick={() => onOpen(payment)}
        onFocus={() => onFocusRow(index)}
        onKeyDown={(event) => onKeyDown(event, index)}
      >
        <span className="history-row__when">
          <span className="history-row__time" data-testid="history-row-time">
            {clockText(payment.createdAt)}
          </span>
          {date !== undefined && <span className="history-row__date">{date}</span>}
        </span>
        <span className="history-row__main">
          <span className="history-row__amount" data-testid="history-row-amount">
            {formatRupiah(payment.amount)}
          </span>
          <span className="history-row__sub">
            <span data-testid="history-row-method">{paidWith(payment, t)}</span>
            <span className="history-row__ref" data-testid="history-row-ref">
              {payment.tradeNo}
            </span>
          </span>
        </span>
        <span className={`history-row__state state--${groupOf(payment.state)}`} data-testid="history-row-state">
          {t(stateKey(payment.state))}
        </span>
      </button>
    </li>
  );
}
