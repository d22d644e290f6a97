import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { ProblemPlace } from './settings-words.ts';
import { fieldId } from './settings-words.ts';
import type { SettingsT } from './settings-t.ts';
import { useSettingsT } from './settings-t.ts';

/** The refused values of the last Save, by the field they are shown at. */
export const ProblemsContext = createContext<ReadonlyMap<string, ProblemPlace>>(new Map());

/** What to type, next to the field main refused (testid problem-<path>), tied to its input by aria-describedby. */
export function ProblemText({ path }: { readonly path: string }) {
  const t = useSettingsT();
  const problem = useContext(ProblemsContext).get(path);
  if (!problem) return null;
  return (
    <p id={`${fieldId(path)}-problem`} className="settings__problem" data-testid={`problem-${path}`}>
      {t(problem.key)}
    </p>
  );
}

export function ToConfirm({ t }: { readonly t: SettingsT }) {
  return <span className="settings__confirm">{t('settings.toConfirm')}</span>;
}

/** A field's line saying what it is for, tied to its input by aria-describedby. */
function Hint({ path, hint }: { readonly path: string; readonly hint: string | undefined }) {
  if (!hint) return null;
  return (
    <p id={`${fieldId(path)}-hint`} className="settings__hint">
      {hint}
    </p>
  );
}

/** The ARIA ties of an input: its hint and its problem, and whether it was refused. */
function useDescribed(path: string, hint: string | undefined) {
  const refused = useContext(ProblemsContext).has(path);
  const ids = [hint ? `${fieldId(path)}-hint` : '', refused ? `${fieldId(path)}-problem` : ''].filter(Boolean).join(' ');
  return { 'aria-describedby': ids || undefined, 'aria-invalid': refused || undefined };
}

interface TextFieldProps {
  readonly path: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: string | undefined;
  readonly extra?: ReactNode;
  readonly inputMode?: 'numeric' | 'url' | 'email' | 'tel' | 'text';
  readonly wide?: boolean;
}

export function TextField({ path, label, value, onChange, hint, extra, inputMode = 'text', wide = false }: TextFieldProps) {
  const described = useDescribed(path, hint);
  return (
    <div className={`settings__field${wide ? ' settings__field--wide' : ''}`}>
      <label htmlFor={fieldId(path)} className="settings__label">
        {label}
        {extra}
      </label>
      <input
        id={fieldId(path)}
        data-testid={`field-${path}`}
        className="settings__input"
        type={inputMode === 'email' ? 'email' : 'text'}
        inputMode={inputMode}
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        {...described}
      />
      <Hint path={path} hint={hint} />
      <ProblemText path={path} />
    </div>
  );
}

interface ChoiceFieldProps<V extends string | number> {
  readonly path: string;
  readonly legend: string;
  readonly value: V;
  readonly choices: readonly { readonly value: V; readonly label: string }[];
  readonly onChange: (value: V) => void;
  readonly extra?: ReactNode;
  readonly hint?: string | undefined;
  readonly wide?: boolean;
}

/** Radio buttons in a fieldset: the first one carries the field's id, so a refused choice can take focus. */
export function ChoiceField<V extends string | number>({ path, legend, value, choices, onChange, extra, hint, wide = false }: ChoiceFieldProps<V>) {
  const described = useDescribed(path, hint);
  return (
    <fieldset className={`settings__field settings__choices${wide ? ' settings__field--wide' : ''}`} {...described}>
      <legend className="settings__label">
        {legend}
        {extra}
      </legend>
      <div className="settings__choice-row">
        {choices.map((choice, index) => (
          <label key={choice.value} className="settings__choice">
            <input
              type="radio"
              name={fieldId(path)}
              id={index === 0 ? fieldId(path) : undefined}
              data-testid={`field-${path}-${choice.value}`}
              checked={choice.value === value}
              onChange={() => onChange(choice.value)}
            />
            {choice.label}
          </label>
        ))}
      </div>
      <Hint path={path} hint={hint} />
      <ProblemText path={path} />
    </fieldset>
  );
}

interface CheckFieldProps {
  readonly path: string;
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly hint?: string | undefined;
  readonly wide?: boolean;
}

export function CheckField({ path, label, checked, onChange, hint, wide = false }: CheckFieldProps) {
  const described = useDescribed(path, hint);
  return (
    <div className={`settings__field${wide ? ' settings__field--wide' : ''}`}>
      <label className="settings__choice">
        <input id={fieldId(path)} type="checkbox" data-testid={`field-${path}`} checked={checked} onChange={(event) => onChange(event.target.checked)} {...described} />
        {label}
      </label>
      <Hint path={path} hint={hint} />
      <ProblemText path={path} />
    </div>
  );
}
