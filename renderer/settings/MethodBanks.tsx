import type { BankForm } from './settings-form.ts';
import { newBank } from './settings-form.ts';
import type { SettingsT } from './settings-t.ts';
import { fieldId } from './settings-words.ts';
import { useFocusAfterRender } from './useFocusAfterRender.ts';
import { ProblemText, TextField, ToConfirm } from './SettingsFields.tsx';

interface MethodBanksProps {
  /** The method's path, e.g. "methods.1". */
  readonly at: string;
  readonly banks: readonly BankForm[];
  /** A bank added or removed. */
  readonly change: (banks: readonly BankForm[]) => void;
  /** A bank's name or code typed. */
  readonly edit: (banks: readonly BankForm[]) => void;
  readonly t: SettingsT;
}

/**
 * A VA's banks, the ones the cashier picks the customer's from: each one's name and wayCode, a bank added (its code
 * typed, its wayCode unconfirmed until Paypro says otherwise) or removed. Main refuses an enabled VA with none.
 */
export function MethodBanks({ at, banks, change, edit, t }: MethodBanksProps) {
  const setFocusNext = useFocusAfterRender();

  const add = () => {
    change([...banks, newBank()]);
    setFocusNext(fieldId(`${at}.banks.${banks.length}.id`));
  };

  return (
    <div className="settings__banks">
      <h3 className="settings__subtitle">{t('settings.method.banks')}</h3>
      <ProblemText path={`${at}.banks`} />
      <div className="settings__grid">
        {banks.map((bank, bankIndex) => {
          const path = `${at}.banks.${bankIndex}`;
          const setBank = (update: Partial<BankForm>) => edit(banks.map((old, i) => (i === bankIndex ? { ...old, ...update } : old)));
          const shown = bank.id.trim() || t('settings.bank.new');
          return (
            <div key={bank.formId} className="settings__bank" data-testid={bank.added ? `bank-new-${bankIndex}` : `bank-${bank.id}`}>
              {bank.added && <TextField path={`${path}.id`} label={t('settings.bank.id')} value={bank.id} onChange={(id) => setBank({ id })} />}
              <TextField path={`${path}.name`} label={t('settings.bank.name', { id: shown })} value={bank.name} onChange={(name) => setBank({ name })} />
              <TextField
                path={`${path}.wayCode`}
                label={t('settings.bank.wayCode', { id: shown })}
                extra={bank.toConfirm ? <ToConfirm t={t} /> : undefined}
                value={bank.wayCode}
                onChange={(wayCode) => setBank({ wayCode })}
              />
              <button
                type="button"
                className="settings__button settings__button--danger settings__bank-remove"
                data-testid={`bank-remove-${at}-${bankIndex}`}
                onClick={() => {
                  change(banks.filter((_, i) => i !== bankIndex));
                  setFocusNext(`settings-${at.replaceAll('.', '-')}-bank-add`);
                }}
              >
                {t('settings.bank.remove', { id: shown })}
              </button>
            </div>
          );
        })}
      </div>
      <button type="button" id={`settings-${at.replaceAll('.', '-')}-bank-add`} className="settings__button" data-testid={`bank-add-${at}`} onClick={add}>
        <span aria-hidden="true">+ </span>
        {t('settings.bank.add')}
      </button>
    </div>
  );
}
