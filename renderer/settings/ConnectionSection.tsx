import { SALT_COMPOSITIONS } from '../../shared/paypro/sign.ts';
import type { SettingsForm } from './settings-form.ts';
import type { SettingsT } from './settings-t.ts';
import { ChoiceField, TextField, ToConfirm } from './SettingsFields.tsx';

export interface SectionProps {
  readonly form: SettingsForm;
  readonly update: (change: Partial<SettingsForm>) => void;
  readonly t: SettingsT;
}

/** Merchant number, environment and its address, the signing salt placement, notifyUrl and returnUrl. */
export function ConnectionSection({ form, update, t }: SectionProps) {
  return (
    <section className="settings__section" aria-labelledby="settings-connection-title" data-testid="settings-connection">
      <h2 id="settings-connection-title" className="settings__section-title">
        {t('settings.section.connection')}
      </h2>
      <div className="settings__grid">
        <TextField path="merchantNo" label={t('settings.merchantNo')} hint={t('settings.merchantNo.hint')} inputMode="numeric" value={form.merchantNo} onChange={(merchantNo) => update({ merchantNo })} />
        <ChoiceField
          path="environment"
          legend={t('settings.environment')}
          value={form.environment}
          choices={[
            { value: 'sandbox', label: t('settings.environment.sandbox') },
            { value: 'production', label: t('settings.environment.production') },
          ]}
          onChange={(environment) => update({ environment })}
        />
        {form.environment === 'sandbox' ? (
          <TextField path="sandboxBaseUrl" wide label={t('settings.sandboxBaseUrl')} inputMode="url" value={form.sandboxBaseUrl} onChange={(sandboxBaseUrl) => update({ sandboxBaseUrl })} />
        ) : (
          <TextField
            path="productionBaseUrl"
            wide
            label={t('settings.productionBaseUrl')}
            hint={t('settings.productionBaseUrl.hint')}
            inputMode="url"
            value={form.productionBaseUrl}
            onChange={(productionBaseUrl) => update({ productionBaseUrl })}
          />
        )}
        <ChoiceField
          path="saltComposition"
          legend={t('settings.saltComposition')}
          extra={<ToConfirm t={t} />}
          value={form.saltComposition}
          choices={SALT_COMPOSITIONS.map((value) => ({ value, label: t(`settings.salt.${value}`) }))}
          onChange={(saltComposition) => update({ saltComposition })}
        />
        <TextField path="notifyUrl" wide label={t('settings.notifyUrl')} hint={t('settings.notifyUrl.hint')} inputMode="url" value={form.notifyUrl} onChange={(notifyUrl) => update({ notifyUrl })} />
        <TextField path="returnUrl" wide label={t('settings.returnUrl')} hint={t('settings.returnUrl.hint')} inputMode="url" value={form.returnUrl} onChange={(returnUrl) => update({ returnUrl })} />
      </div>
    </section>
  );
}
