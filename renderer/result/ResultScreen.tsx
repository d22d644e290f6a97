import type { ReactNode } from 'react';
import { useT } from '../i18n/useT.ts';
import { useEnterKey } from '../shell/useEnterKey.ts';
import { useEscapeKey } from '../shell/useEscapeKey.ts';
import { useFocusOnMount } from './useFocusOnMount.ts';

export interface ResultAction {
  readonly label: string;
  readonly testId: string;
  readonly onPress: () => void;
}

interface ResultScreenProps {
  /** Colours the screen so a cashier tells the outcomes apart from across the counter. */
  readonly tone: 'paid' | 'partial' | 'expired' | 'failed' | 'not-charged' | 'unsure';
  readonly testId: string;
  readonly icon: string;
  readonly title: string;
  readonly longTitle?: boolean;
  /** Good news is announced politely-but-now; trouble interrupts. */
  readonly urgent?: boolean;
  readonly children: ReactNode;
  /** Takes the focus, so Enter does it (and Enter does it too when nothing has the focus). */
  readonly primary: ResultAction;
  readonly secondary?: ResultAction;
  /** What Esc does: the way back to the keypad. */
  readonly onEscape: () => void;
}

/** The shape every result screen shares: one big word, what it means, and at most two large actions. */
export function ResultScreen({ tone, testId, icon, title, longTitle = false, urgent = false, children, primary, secondary, onEscape }: ResultScreenProps) {
  const t = useT();
  const focusRef = useFocusOnMount<HTMLButtonElement>();
  useEscapeKey(onEscape);
  // Focus lost to a tap on the screen itself: Enter still does the main action.
  useEnterKey(primary.onPress);
  return (
    <section className={`result result--${tone}`} data-testid={testId} aria-labelledby={`${testId}-title`}>
      <div className="result__announcement" role={urgent ? 'alert' : 'status'} aria-live={urgent ? undefined : 'assertive'} aria-atomic="true">
        <span className="result__icon" aria-hidden="true">
          {icon}
        </span>
        <h1 id={`${testId}-title`} className={`result__title${longTitle ? ' result__title--long' : ''}`}>
          {title}
        </h1>
        {children}
      </div>
      <div className="result__actions" aria-label={t('result.actions')}>
        <button ref={focusRef} type="button" className="result__button" data-testid={primary.testId} onClick={primary.onPress}>
          {primary.label}
        </button>
        {secondary && (
          <button type="button" className="result__button result__button--secondary" data-testid={secondary.testId} onClick={secondary.onPress}>
            {secondary.label}
          </button>
        )}
      </div>
    </section>
  );
}
