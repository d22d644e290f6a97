import { useEffect, useState } from 'react';
import { useT } from '../i18n/useT.ts';

function remaining(expiresAt: number, now: number): string {
  const seconds = Math.max(0, Math.ceil((expiresAt - now) / 1000));
  const minutes = Math.floor(seconds / 60);
  return `${String(minutes).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

const clockTime = new Intl.DateTimeFormat('id-ID', { hour: '2-digit', minute: '2-digit', hour12: false });

/** How long the QR / VA number is still offered; main decides the expiry, this only shows the time left. */
export function Countdown({ expiresAt, showDeadline = false }: { readonly expiresAt: number; readonly showDeadline?: boolean }) {
  const t = useT();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const left = remaining(expiresAt, now);
  return (
    <p className="countdown" data-testid="countdown" data-remaining={left}>
      {showDeadline && <span>{t('payment.payBefore', { time: clockTime.format(expiresAt) })} · </span>}
      <span className="countdown__left">{t('payment.timeLeft', { time: left })}</span>
    </p>
  );
}
