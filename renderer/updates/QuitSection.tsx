import { useEffect, useRef } from 'react';
import type { UpdatesT } from './updates-t.ts';

interface Props {
  readonly t: UpdatesT;
  /** The question "close Kasir now?" is showing. */
  readonly open: boolean;
  readonly setOpen: (open: boolean) => void;
  readonly disabled: boolean;
  readonly onQuit: () => Promise<void>;
}

/**
 * "Keluar dari Kasir": asked once more before main is told, since a closed till takes no payment. The question
 * opens on "Batal", so an Enter pressed out of habit keeps the till open; Esc cancels it too.
 */
export function QuitSection({ t, open, setOpen, disabled, onQuit }: Props) {
  const quitButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    // The question takes the focus; when it goes, the focus goes back to the button that asked it.
    if (open) cancelButton.current?.focus();
    else if (wasOpen.current) quitButton.current?.focus();
    wasOpen.current = open;
  }, [open]);
  // Disabled while main answers a quit, the button lost the focus: it gets it back with a refusal.
  const asked = useRef(false);
  useEffect(() => {
    if (disabled || !asked.current) return;
    asked.current = false;
    quitButton.current?.focus();
  }, [disabled]);

  const cancel = () => setOpen(false);

  return (
    <section className="updates__quit" aria-labelledby="updates-quit-heading">
      <h2 id="updates-quit-heading" className="updates__heading">{t('updates.quitHeading')}</h2>
      <p className="updates__intro">{t('updates.quitIntro')}</p>
      {open ? (
        <div
          className="updates__confirm"
          role="group"
          aria-labelledby="updates-quit-question"
          data-testid="updates-quit-confirm"
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.preventDefault();
            cancel();
          }}
        >
          <p id="updates-quit-question" className="updates__question">{t('updates.quitConfirm')}</p>
          <button
            type="button"
            className="updates__button updates__button--danger"
            data-testid="updates-quit-yes"
            disabled={disabled}
            onClick={() => {
              asked.current = true;
              setOpen(false);
              void onQuit();
            }}
          >
            {t('updates.quitYes')}
          </button>
          <button type="button" ref={cancelButton} className="updates__button" data-testid="updates-quit-no" onClick={cancel}>
            {t('updates.quitNo')}
          </button>
        </div>
      ) : (
        <button type="button" ref={quitButton} className="updates__button" data-testid="updates-quit" disabled={disabled} onClick={() => setOpen(true)}>
          {t('updates.quit')}
        </button>
      )}
    </section>
  );
}
