import { useEffect, useState } from 'react';
import { useT } from '../i18n/useT.ts';

/**
 * Copies through a selected, off-screen text field and the copy command: it needs only the cashier's press, not
 * a clipboard permission (the app grants the page none).
 */
function copyText(text: string): boolean {
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.className = 'visually-hidden';
  document.body.append(field);
  field.select();
  try {
    return document.execCommand('copy');
  } finally {
    field.remove();
  }
}

const DONE_SHOWN_MS = 2_000;

export function CopyButton({ text, testId }: { readonly text: string; readonly testId: string }) {
  const t = useT();
  const [done, setDone] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    if (done === undefined) return;
    const timer = setTimeout(() => setDone(undefined), DONE_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [done]);
  return (
    <button type="button" className="copy-button" data-testid={testId} data-copied={done === true ? 'true' : 'false'} onClick={() => setDone(copyText(text))}>
      {done === true ? t('payment.copied') : done === false ? t('payment.copyFailed') : t('payment.copy')}
    </button>
  );
}
