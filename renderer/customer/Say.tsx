import { useEffect, useState } from 'react';
import type { Locale, MessageKey, MessageParams } from '../i18n/translate.ts';
import { translate } from '../i18n/translate.ts';

/**
 * Every line on the customer display in Bahasa Indonesia, with English beneath it: the display has no controls
 * to pick a language, and the cashier's choice is the cashier's, not the customer's.
 */
interface SayProps {
  readonly text: MessageKey;
  /** Per language where a value is itself words (the hosted cashier's name), the same for both otherwise. */
  readonly params?: MessageParams | ((locale: Locale) => MessageParams);
  readonly as?: 'h1' | 'p';
  readonly className?: string;
  readonly testId?: string;
}

export function Say({ text, params, as: Tag = 'p', className, testId }: SayProps) {
  const say = (locale: Locale) => translate(locale, text, typeof params === 'function' ? params(locale) : params);
  return (
    <Tag className={`say ${className ?? ''}`} data-testid={testId}>
      <span lang="id" className="say__id">
        {say('id')}
      </span>
      <span lang="en" className="say__en">
        {say('en')}
      </span>
    </Tag>
  );
}

function remaining(expiresAt: number, now: number): string {
  const seconds = Math.max(0, Math.ceil((expiresAt - now) / 1000));
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The time left to pay, in both languages (main decides the expiry; this only shows what is left of it). */
export function CustomerCountdown({ expiresAt }: { readonly expiresAt: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return <Say text="payment.timeLeft" params={{ time: remaining(expiresAt, now) }} className="customer-countdown" testId="customer-countdown" />;
}
