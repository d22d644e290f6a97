import { useRef, useState } from 'react';
import { METHOD_KINDS } from '../../shared/payments.ts';
import type { BankForm, MethodForm } from './settings-form.ts';
import { newBank } from './settings-form.ts';
import type { SettingsT } from './settings-t.ts';
import { CheckField, ChoiceField, ProblemText, TextField, ToConfirm } from './SettingsFields.tsx';
import { MethodBanks } from './MethodBanks.tsx';

interface MethodCardProps {
  readonly method: MethodForm;
  readonly index: number;
  /** The only method turned on: the counter would have nothing left to charge with. */
  readonly onlyEnabled: boolean;
  readonly change: (update: Partial<MethodForm>) => void;
  /** Banks added or removed (they move, like the methods do). */
  readonly changeBanks: (banks: readonly BankForm[]) => void;
  readonly remove: () => void;
  readonly t: SettingsT;
}

/**
 * One method: on or off, the button's label, the Paypro code, the key, limits, the time limit, whether the
 * customer's mobile number is asked; a VA's banks. A method added here also takes its kind and code; one already
 * saved keeps them (payments in the journal name it by its code). A code Paypro has not confirmed says so.
 */
export function MethodCard({ method, index, onlyEnabled, change, changeBanks, remove, t }: MethodCardProps) {
  const [confirming, setConfirming] = useState(false);
  const removeButton = useRef<HTMLButtonElement>(null);
  const at = `methods.${index}`;
  const added = method.source === undefined;
  const name = method.label.trim() || method.id.trim() || t('settings.method.new');
  const cancel = () => {
    setConfirming(false);
    removeButton.current?.focus();
  };

  return (
    <fieldset className="settings__method" data-testid={added ? `method-new-${index}` : `method-${method.id}`}>
      <legend className="settings__method-name">
        {added ? t('settings.method.new') : method.id}
        {method.toConfirm && <ToConfirm t={t} />}
      </legend>
      <ProblemText path={at} />
      <div className="settings__grid">
        {added && (
          <>
            <ChoiceField
              path={`${at}.kind`}
              wide
              legend={t('settings.method.kind')}
              value={method.kind}
              choices={METHOD_KINDS.map((kind) => ({ value: kind, label: t(`settings.method.kind.${kind}`) }))}
              onChange={(kind) => change({ kind, banks: kind === 'va' && method.banks.length === 0 ? [newBank()] : method.banks })}
            />
            <TextField path={`${at}.id`} label={t('settings.method.id')} hint={t('settings.method.id.hint')} value={method.id} onChange={(id) => change({ id })} />
          </>
        )}
        <CheckField path={`${at}.enabled`} label={t('settings.method.enabled')} checked={method.enabled} onChange={(enabled) => change({ enabled })} />
        <TextField path={`${at}.label`} label={t('settings.method.label')} value={method.label} onChange={(label) => change({ label })} />
        {method.kind !== 'va' && <TextField path={`${at}.wayCode`} label={t('settings.method.wayCode')} value={method.wayCode} onChange={(wayCode) => change({ wayCode })} />}
        <TextField path={`${at}.key`} label={t('settings.method.key')} value={method.key} onChange={(key) => change({ key })} />
        <TextField path={`${at}.expiryMinutes`} label={t('settings.method.expiryMinutes')} inputMode="numeric" value={method.expiryMinutes} onChange={(expiryMinutes) => change({ expiryMinutes })} />
        <CheckField path={`${at}.needsMobile`} label={t('settings.method.needsMobile')} checked={method.needsMobile} onChange={(needsMobile) => change({ needsMobile })} />
        <TextField
          path={`${at}.minAmount`}
          label={t('settings.method.minAmount')}
          hint={t('settings.method.amount.hint')}
          inputMode="numeric"
          value={method.minAmount}
          onChange={(minAmount) => change({ minAmount })}
        />
        <TextField
          path={`${at}.maxAmount`}
          label={t('settings.method.maxAmount')}
          hint={t('settings.method.amount.hint')}
          inputMode="numeric"
          value={method.maxAmount}
          onChange={(maxAmount) => change({ maxAmount })}
        />
      </div>
      {method.kind === 'va' && <MethodBanks at={at} banks={method.banks} change={changeBanks} edit={(banks) => change({ banks })} t={t} />}
      <button
        type="button"
        ref={removeButton}
        className="settings__button settings__button--danger settings__method-remove"
        data-testid={`method-remove-${index}`}
        aria-expanded={confirming}
        onClick={() => setConfirming(true)}
      >
        {t('settings.method.remove', { name })}
      </button>
      {confirming && (
        <div className="settings__confirm-box" role="group" aria-labelledby={`settings-${at}-confirm`} data-testid={`method-remove-confirm-${index}`}>
          {onlyEnabled ? (
            <p id={`settings-${at}-confirm`} role="alert" data-testid={`method-remove-refused-${index}`}>
              {t('settings.method.lastEnabled', { name })}
            </p>
          ) : (
            <>
              <p id={`settings-${at}-confirm`}>{t('settings.method.removeConfirm', { name })}</p>
              <button type="button" className="settings__button settings__button--danger" data-testid={`method-remove-yes-${index}`} onClick={remove} autoFocus>
                {t('settings.method.removeYes')}
              </button>
            </>
          )}
          <button type="button" className="settings__button" data-testid={`method-remove-no-${index}`} onClick={cancel} autoFocus={onlyEnabled}>
            {t('settings.method.removeNo')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
