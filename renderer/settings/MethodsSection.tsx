import type { MethodForm } from './settings-form.ts';
import { newMethod } from './settings-form.ts';
import type { SettingsT } from './settings-t.ts';
import { fieldId } from './settings-words.ts';
import { useFocusAfterRender } from './useFocusAfterRender.ts';
import { ProblemText } from './SettingsFields.tsx';
import { MethodCard } from './MethodCard.tsx';

interface MethodsProps {
  readonly methods: readonly MethodForm[];
  /** `reshaped`: a method was added or removed, so those after it moved. */
  readonly setMethods: (methods: readonly MethodForm[], reshaped: boolean) => void;
  readonly t: SettingsT;
}

const ADD_ID = 'settings-method-add';

/**
 * The methods, in the order of the charge buttons: each one's settings (./MethodCard.tsx), a method added at the
 * end, or one removed after a confirmation. Nothing reaches the counter before Save, and main refuses a list it
 * could not charge with (no method on, two on one key, a VA without a bank), named beside the field.
 */
export function MethodsSection({ methods, setMethods, t }: MethodsProps) {
  // Where the keyboard goes once the list has changed shape: the new method's code, or Tambah metode after a removal.
  const setFocusNext = useFocusAfterRender();

  const add = () => {
    setMethods([...methods, newMethod('ewallet', methods)], true);
    setFocusNext(fieldId(`methods.${methods.length}.id`));
  };
  const remove = (index: number) => {
    setMethods(methods.filter((_, at) => at !== index), true);
    setFocusNext(ADD_ID);
  };
  const enabledCount = methods.filter((method) => method.enabled).length;

  return (
    <section className="settings__section" aria-labelledby="settings-methods-title" data-testid="settings-methods">
      <h2 id="settings-methods-title" className="settings__section-title">
        {t('settings.section.methods')}
      </h2>
      <p className="settings__hint">{t('settings.methods.intro')}</p>
      <ProblemText path="methods" />
      {methods.map((method, index) => (
        <MethodCard
          key={method.formId}
          method={method}
          index={index}
          onlyEnabled={method.enabled && enabledCount === 1}
          change={(update) => setMethods(methods.map((old, at) => (at === index ? { ...old, ...update } : old)), false)}
          changeBanks={(banks) => setMethods(methods.map((old, at) => (at === index ? { ...old, banks } : old)), true)}
          remove={() => remove(index)}
          t={t}
        />
      ))}
      <button type="button" id={ADD_ID} className="settings__button" data-testid="method-add" onClick={add}>
        <span aria-hidden="true">+ </span>
        {t('settings.method.add')}
      </button>
    </section>
  );
}
