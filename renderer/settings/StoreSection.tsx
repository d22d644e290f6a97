import type { SectionProps } from './ConnectionSection.tsx';
import { CheckField, ChoiceField, ProblemText, TextField } from './SettingsFields.tsx';
import { fieldId } from './settings-words.ts';

/** The shop's name and NMID, the language the till starts in, the keypad's quick amounts, receipts, the watch after a let-go payment, the business day, the payer. */
export function StoreSection({ form, update, t }: SectionProps) {
  const setQuick = (slot: number, amount: string) => update({ quickAmounts: form.quickAmounts.map((old, at) => (at === slot ? amount : old)) });
  return (
    <section className="settings__section" aria-labelledby="settings-store-title" data-testid="settings-store">
      <h2 id="settings-store-title" className="settings__section-title">
        {t('settings.section.store')}
      </h2>
      <div className="settings__grid">
        <TextField path="storeName" label={t('settings.storeName')} value={form.storeName} onChange={(storeName) => update({ storeName })} />
        <TextField path="nmid" label={t('settings.nmid')} hint={t('settings.nmid.hint')} value={form.nmid} onChange={(nmid) => update({ nmid })} />
        <ChoiceField
          path="language"
          legend={t('settings.language')}
          hint={t('settings.language.hint')}
          value={form.language}
          choices={[
            { value: 'id', label: t('settings.language.id') },
            { value: 'en', label: t('settings.language.en') },
          ]}
          onChange={(language) => update({ language })}
        />
        <CheckField path="speakPayments" label={t('settings.speakPayments')} checked={form.speakPayments} onChange={(speakPayments) => update({ speakPayments })} />
        <fieldset className="settings__field settings__field--wide" aria-describedby={`${fieldId('quickAmounts')}-problem`}>
          <legend className="settings__label">{t('settings.quickAmounts')}</legend>
          <div className="settings__quick">
            {form.quickAmounts.map((amount, slot) => (
              <input
                // The slots are fixed: the index is the slot.
                key={slot}
                id={fieldId(`quickAmounts.${slot}`)}
                data-testid={`field-quickAmounts-${slot}`}
                className="settings__input"
                inputMode="numeric"
                autoComplete="off"
                aria-label={t('settings.quickAmount', { n: String(slot + 1) })}
                value={amount}
                onChange={(event) => setQuick(slot, event.target.value)}
              />
            ))}
          </div>
          <ProblemText path="quickAmounts" />
        </fieldset>
        <ChoiceField
          path="receipt.paperWidth"
          legend={t('settings.paperWidth')}
          value={form.paperWidth}
          choices={[
            { value: 58, label: t('settings.paperWidth.58') },
            { value: 80, label: t('settings.paperWidth.80') },
          ]}
          onChange={(paperWidth) => update({ paperWidth })}
        />
        <TextField path="receipt.printerName" label={t('settings.printerName')} hint={t('settings.printerName.hint')} value={form.printerName} onChange={(printerName) => update({ printerName })} />
        <TextField
          path="watchGraceMinutes"
          label={t('settings.watchGraceMinutes')}
          hint={t('settings.watchGraceMinutes.hint')}
          inputMode="numeric"
          value={form.watchGraceMinutes}
          onChange={(watchGraceMinutes) => update({ watchGraceMinutes })}
        />
        <TextField
          path="businessDayStartHour"
          label={t('settings.businessDayStartHour')}
          hint={t('settings.businessDayStartHour.hint')}
          inputMode="numeric"
          value={form.businessDayStartHour}
          onChange={(businessDayStartHour) => update({ businessDayStartHour })}
        />
      </div>
      <h3 className="settings__subtitle">{t('settings.payer')}</h3>
      <div className="settings__grid">
        <TextField path="payer.username" label={t('settings.payer.username')} value={form.payerUsername} onChange={(payerUsername) => update({ payerUsername })} />
        <TextField path="payer.mobile" label={t('settings.payer.mobile')} inputMode="tel" value={form.payerMobile} onChange={(payerMobile) => update({ payerMobile })} />
        <TextField path="payer.email" label={t('settings.payer.email')} inputMode="email" value={form.payerEmail} onChange={(payerEmail) => update({ payerEmail })} />
      </div>
    </section>
  );
}
