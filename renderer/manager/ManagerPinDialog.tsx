import { useEffect, useReducer, useRef, useState } from 'react';
import type { ErrorCode } from '../../shared/ipc/contract.ts';
import { useKasirApi } from '../api-context.ts';
import { explainError } from '../i18n/errors.ts';
import type { Translate } from '../i18n/translate.ts';
import { useT } from '../i18n/useT.ts';
import { useKasir } from '../store/index.ts';
import type { ManagerReason } from '../store/manager-slice.ts';
import { selectAppInfo, selectManager } from '../store/selectors.ts';
import { closeManagerPrompt, submitNewPin, submitPin } from './manager-actions.ts';
import type { PinEntry, PinMode, PinNotice, PinWait } from './pin-entry.ts';
import { PIN_MIN_DIGITS, clockTime, emptyPinEntry, pinEntryReducer, pinMode, pinWait, submitStep, waitLeft } from './pin-entry.ts';
import type { PinKeyHandlers } from './PinPad.tsx';
import { PinPad, usePinKeyboard } from './PinPad.tsx';

/** The page's clock, four times a second while the dialog is open: enough for a countdown in whole seconds. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, []);
  return now;
}

function titleOf(mode: PinMode, entry: PinEntry, t: Translate): string {
  if (mode === 'unlock') return t('manager.unlockTitle');
  return entry.step === 'confirm' ? t('manager.confirmTitle') : t('manager.setTitle');
}

function submitLabelOf(mode: PinMode, entry: PinEntry, t: Translate): string {
  if (mode === 'unlock') return t('manager.unlock');
  return entry.step === 'confirm' ? t('manager.save') : t('manager.next');
}

function WaitLine({ wait, now }: { readonly wait: PinWait; readonly now: number }) {
  const t = useT();
  // A timer's text changes every second: it is not read out (role=timer is not live); the notice above it is.
  return (
    <p className="pin-dialog__wait" role="timer" data-testid="pin-wait" data-locked={wait.locked} data-left={waitLeft(wait.until, now)}>
      {wait.locked ? t('manager.locked', { time: clockTime(wait.until) }) : t('manager.wait', { time: waitLeft(wait.until, now) })}
    </p>
  );
}

function NoticeLine({ notice }: { readonly notice: PinNotice | undefined }) {
  const t = useT();
  const info = useKasir(selectAppInfo);
  if (notice === undefined) return null;
  return (
    <p className="pin-dialog__notice" role="alert" data-testid="pin-notice" data-code={notice}>
      {notice === 'mismatch' ? t('manager.mismatch') : explainError(notice, t, info)}
    </p>
  );
}

/**
 * The manager PIN, asked for when the cashier does something only a manager may (the reason is on screen). On a
 * till without a PIN the manager sets one, typed twice; otherwise it unlocks a manager session. After wrong PINs
 * main makes the next try wait: the pad is disabled and the dialog says until when. Esc or Batal closes it and
 * nothing manager-only happens.
 */
export function ManagerPinDialog({ reason }: { readonly reason: ManagerReason }) {
  const t = useT();
  const api = useKasirApi();
  const manager = useKasir(selectManager);
  const mode = pinMode(manager);
  const [entry, dispatch] = useReducer(pinEntryReducer, emptyPinEntry);
  const [busy, setBusy] = useState(false);
  // Enter and a tap on OK in the same moment send the PIN once: state would only say so after a render.
  const sending = useRef(false);
  const now = useNow();
  const wait = pinWait(manager, now);
  const disabled = busy || wait !== undefined;
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    // The dialog itself, not its first key: Enter must not type a digit, and typing goes to the pad anyway.
    dialog?.focus();
    return () => dialog?.close();
  }, []);

  async function submit(): Promise<void> {
    const step = submitStep(entry, mode);
    if (disabled || sending.current || step.kind === 'none') return;
    if (step.kind === 'refused') return dispatch({ type: 'refused', code: step.code });
    if (step.kind !== 'send') return dispatch({ type: step.kind });
    sending.current = true;
    setBusy(true);
    const refused: ErrorCode | undefined = mode === 'set' ? await submitNewPin(api, step.pin) : await submitPin(api, step.pin);
    sending.current = false;
    setBusy(false);
    if (refused !== undefined) dispatch({ type: 'refused', code: refused });
  }

  const handlers: PinKeyHandlers = {
    onDigit: (digit) => dispatch({ type: 'digit', digit }),
    onBackspace: () => dispatch({ type: 'backspace' }),
    onClear: () => dispatch({ type: 'clear' }),
    onSubmit: () => void submit(),
  };
  usePinKeyboard(handlers, !disabled);
  const typed = entry.digits.length;

  return (
    <dialog
      ref={ref}
      className="dialog-card pin-dialog"
      tabIndex={-1}
      data-testid="manager-pin-dialog"
      data-mode={mode}
      data-step={entry.step}
      aria-labelledby="pin-title"
      aria-describedby="pin-reason"
      onCancel={(event) => {
        event.preventDefault();
        closeManagerPrompt();
      }}
      onClose={closeManagerPrompt}
    >
      <div className="pin-dialog__text">
        <h2 id="pin-title" className="pin-dialog__title" data-testid="pin-title">
          {titleOf(mode, entry, t)}
        </h2>
        <p id="pin-reason" className="pin-dialog__reason" data-testid="pin-reason">
          {t(`manager.reason.${reason}`)}
        </p>
        {mode === 'set' && entry.step === 'enter' && <p className="pin-dialog__hint">{t('manager.setIntro')}</p>}
        <output className="pin-dialog__dots" data-testid="pin-dots" data-count={typed} aria-live="polite">
          <span aria-hidden="true">{typed === 0 ? '–' : '●'.repeat(typed)}</span>
          <span className="visually-hidden">{t('manager.digitsTyped', { count: String(typed) })}</span>
        </output>
        <p className="pin-dialog__hint">{mode === 'set' ? t('manager.pinHint') : t('manager.unlockHint')}</p>
        <NoticeLine notice={entry.notice} />
        {wait && <WaitLine wait={wait} now={now} />}
        {busy && (
          <p className="pin-dialog__hint" role="status" data-testid="pin-checking">
            {t('manager.checking')}
          </p>
        )}
        <button type="button" className="pin-dialog__cancel" data-testid="pin-cancel" onClick={closeManagerPrompt}>
          {t('manager.cancel')}
        </button>
      </div>
      <PinPad handlers={handlers} disabled={disabled} canSubmit={typed >= PIN_MIN_DIGITS} submitLabel={submitLabelOf(mode, entry, t)} />
    </dialog>
  );
}
