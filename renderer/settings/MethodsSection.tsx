import type { MethodForm } from './settings-form.ts';
import type { SettingsT } from './settings-t.ts';
import { CheckField, ProblemText, TextField, ToConfirm } from './SettingsFields.tsx';

interface MethodsProps {
  readonly methods: readonly MethodForm[];
  readonly updateMethod: (index: number, change: Partial<MethodForm>) => void;
  readonly t: SettingsT;
}

/**
 * The methods, in the order of the charge buttons: on or off, the button's label, the Paypro code, the key and the
 * time limit; VA banks with their names and codes. A code Paypro has not confirmed says so. (Adding or removing a
 * method is settings.json's, for now.)
 */
export function MethodsSection({ methods, updateMethod, t }: MethodsProps) {
  return (
    <section className="settings__section" aria-labelledby="settings-methods-title" data-testid="settings-methods">
      <h2 id="settings-methods-title" className="settings__section-title">
        {t('settings.section.methods')}
      </h2>
      <ProblemText path="methods" />
      {methods.map((method, index) => {
        const at = `methods.${index}`;
        const change = (update: Partial<MethodForm>) => updateMethod(index, update);
        const hasWayCode = method.source.kind !== 'va';
        return (
          <fieldset key={method.source.id} className="settings__method" data-testid={`method-${method.source.id}`}>
            <legend className="settings__method-name">
              {method.source.id}
              {method.source.toConfirm && <ToConfirm t={t} />}
            </legend>
            <ProblemText path={at} />
            <div className="settings__grid">
              <CheckField path={`${at}.enabled`} label={t('settings.method.enabled')} checked={method.enabled} onChange={(enabled) => change({ enabled })} />
              <TextField path={`${at}.label`} label={t('settings.method.label')} value={method.label} onChange={(label) => change({ label })} />
              {hasWayCode && <TextField path={`${at}.wayCode`} label={t('settings.method.wayCode')} value={method.wayCode} onChange={(wayCode) => change({ wayCode })} />}
              <TextField path={`${at}.key`} label={t('settings.method.key')} value={method.key} onChange={(key) => change({ key })} />
              <TextField path={`${at}.expiryMinutes`} label={t('settings.method.expiryMinutes')} inputMode="numeric" value={method.expiryMinutes} onChange={(expiryMinutes) => change({ expiryMinutes })} />
            </div>
            {method.banks.length > 0 && (
              <div className="settings__banks">
                <h3 className="settings__subtitle">{t('settings.method.banks')}</h3>
                <ProblemText path={`${at}.banks`} />
                <div className="settings__grid">
                  {method.banks.map((bank, bankIndex) => {
                    const setBank = (update: Partial<typeof bank>) => change({ banks: method.banks.map((old, i) => (i === bankIndex ? { ...old, ...update } : old)) });
                    return (
                      <div key={bank.id} className="settings__bank" data-testid={`bank-${bank.id}`}>
                        <TextField path={`${at}.banks.${bankIndex}.name`} label={t('settings.bank.name', { id: bank.id })} value={bank.name} onChange={(name) => setBank({ name })} />
                        <TextField
                          path={`${at}.banks.${bankIndex}.wayCode`}
                          label={t('settings.bank.wayCode', { id: bank.id })}
                          extra={bank.toConfirm ? <ToConfirm t={t} /> : undefined}
                          value={bank.wayCode}
                          onChange={(wayCode) => setBank({ wayCode })}
                        />
                      </div>
                    );
                  })}
                </div>
              </div>
            )}
          </fieldset>
        );
      })}
    </section>
  );
}
