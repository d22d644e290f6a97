import { useEffect, useRef } from 'react';
import { useKasirApi } from '../api-context.ts';
import { isValidMobile } from '../../shared/paypro/validate.ts';
import { methodName } from '../i18n/methods.ts';
import { useT } from '../i18n/useT.ts';
import { keyboardAction, repeats } from './keyboard-map.ts';
import { pickBank, submitMobile } from './charge-actions.ts';
import type { Choosing } from '../store/choice-slice.ts';
import { useKasir } from '../store/index.ts';
import { selectAppInfo } from '../store/selectors.ts';

const MOBILE_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'backspace', '0', 'clear'] as const;

function MobilePad({ choosing }: { readonly choosing: Choosing }) {
  const t = useT();
  const api = useKasirApi();
  const mobileKey = useKasir((state) => state.mobileKey);
  const valid = isValidMobile(choosing.mobile);
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const action = keyboardAction(event);
      // Esc belongs to the dialog (back to the keypad); held digits type once, as on the keypad.
      if (action?.kind === 'key' && event.key !== 'Escape') {
        event.preventDefault();
        if (!event.repeat || repeats(action)) mobileKey(action.key);
      } else if (action?.kind === 'charge' && !event.repeat) {
        event.preventDefault();
        void submitMobile(api);
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [api, mobileKey]);
  return (
    <>
      <output className="choice__mobile" data-testid="mobile-number" aria-live="polite">
        {choosing.mobile === '' ? '08…' : choosing.mobile}
      </output>
      <p className={`choice__hint${choosing.mobile !== '' && !valid ? ' choice__hint--problem' : ''}`} data-testid="mobile-hint">
        {t('choice.mobileHint')}
      </p>
      <div className="choice__pad" role="group" aria-label={t('choice.mobileTitle')}>
        {MOBILE_KEYS.map((key) => (
          <button key={key} type="button" className="choice__key" data-testid={`mobile-key-${key}`} onClick={() => mobileKey(key)}>
            {key === 'backspace' ? '⌫' : key === 'clear' ? 'C' : key}
          </button>
        ))}
      </div>
      <button type="button" className="choice__submit" data-testid="mobile-submit" disabled={!valid} onClick={() => void submitMobile(api)}>
        {t('choice.charge')}
      </button>
    </>
  );
}

function BankList({ choosing }: { readonly choosing: Choosing }) {
  const api = useKasirApi();
  const banks = useKasir(selectAppInfo)?.methods.find((method) => method.id === choosing.method)?.banks ?? [];
  return (
    <div className="choice__banks">
      {banks.map((bank, index) => (
        <button key={bank.id} type="button" className="choice__bank" data-testid={`bank-${bank.id}`} autoFocus={index === 0} onClick={() => void pickBank(api, bank.id)}>
          {bank.name}
        </button>
      ))}
    </div>
  );
}

/** What a method asks before it charges: the customer's bank, their mobile number. Esc goes back to the keypad. */
export function ChoiceDialog({ choosing }: { readonly choosing: Choosing }) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const close = useKasir((state) => state.choiceClosed);
  const method = useKasir(selectAppInfo)?.methods.find((candidate) => candidate.id === choosing.method);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const title = choosing.step === 'bank' ? t('choice.bankTitle') : t('choice.mobileTitle');
  return (
    <dialog
      ref={ref}
      className="dialog-card choice"
      data-testid={`choose-${choosing.step}`}
      aria-labelledby="choice-title"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <h2 id="choice-title" className="choice__title">
        {title}
        {method && <span className="choice__method"> · {methodName(method, t)}</span>}
      </h2>
      {choosing.step === 'bank' ? <BankList choosing={choosing} /> : <MobilePad choosing={choosing} />}
      <button type="button" className="choice__back" data-testid="choice-back" onClick={close}>
        {t('result.back')}
      </button>
    </dialog>
  );
}
