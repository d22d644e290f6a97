import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorCode } from '../../shared/ipc/contract.ts';
import type { SecretStatus, SettingsView } from '../../shared/ipc/settings.ts';
import { useKasirApi } from '../api-context.ts';
import { explainError } from '../i18n/errors.ts';
import { useT } from '../i18n/useT.ts';
import { BackOfficeHeader } from '../shell/BackOfficeHeader.tsx';
import { useEscapeKey } from '../shell/useEscapeKey.ts';
import { kasirStore, useKasir } from '../store/index.ts';
import { selectAppInfo, selectManagerPrompt } from '../store/selectors.ts';
import '../styles/settings.css';
import { ConnectionSection } from './ConnectionSection.tsx';
import { ConnectionTest } from './ConnectionTest.tsx';
import { InstalledSection } from './InstalledSection.tsx';
import { MethodsSection } from './MethodsSection.tsx';
import { SecretSection } from './SecretSection.tsx';
import { asSettingsManager, closeSettings } from './settings-actions.ts';
import type { MethodForm, SettingsForm } from './settings-form.ts';
import { formFromValues, valuesFromForm } from './settings-form.ts';
import { useSettingsT } from './settings-t.ts';
import type { ProblemPlace, Words } from './settings-words.ts';
import { damagedFields, fieldId, placeProblems } from './settings-words.ts';
import { ProblemsContext, ProblemText } from './SettingsFields.tsx';
import { StoreSection } from './StoreSection.tsx';

type Loaded = { readonly view: SettingsView } | { readonly code: ErrorCode } | undefined;
type SaveNotice = Words | { readonly code: ErrorCode } | 'saving';

/**
 * The manager's settings, in place of the keypad: opened through the PIN (closing the PIN dialog goes back to the
 * keypad). Save sends the whole form; main checks every value and names each one it refuses, shown next to its
 * field with what to type. Loaded on demand (App.tsx) with its own words (./settings-t.ts).
 */
export default function SettingsScreen() {
  const t = useSettingsT();
  const appT = useT();
  const api = useKasirApi();
  const info = useKasir(selectAppInfo);
  const managerPrompt = useKasir(selectManagerPrompt);
  const [loaded, setLoaded] = useState<Loaded>();
  const [form, setForm] = useState<SettingsForm>();
  const [secret, setSecret] = useState<SecretStatus>();
  const [problems, setProblems] = useState<ReadonlyMap<string, ProblemPlace>>(new Map());
  const [notice, setNotice] = useState<SaveNotice>();
  const [focusAsked, setFocusAsked] = useState(0);
  const secretInput = useRef<HTMLInputElement>(null);
  const title = useRef<HTMLHeadingElement>(null);

  const show = useCallback((view: SettingsView) => {
    setLoaded({ view });
    setForm(formFromValues(view.values));
    setSecret(view.secret);
  }, []);

  useEffect(() => {
    let current = true;
    void asSettingsManager(() => api.getSettings()).then((result) => {
      if (!current) return;
      if (result === undefined) closeSettings();
      else if (result.ok) show(result.value);
      else setLoaded({ code: result.code });
    });
    return () => {
      current = false;
    };
  }, [api, show]);
  useEffect(() => title.current?.focus(), [loaded !== undefined]);
  useEffect(() => {
    const first = [...problems.values()][0];
    if (focusAsked > 0 && first) document.getElementById(fieldId(first.focus))?.focus();
  }, [focusAsked, problems]);

  const back = useCallback(() => closeSettings(), []);
  useEscapeKey(back, managerPrompt === undefined);

  const update = useCallback((change: Partial<SettingsForm>) => setForm((old) => (old ? { ...old, ...change } : old)), []);
  const setMethods = useCallback((methods: readonly MethodForm[], reshaped: boolean) => {
    setForm((old) => (old ? { ...old, methods } : old));
    // A method or bank added or removed moves the ones after it: problems placed by position would name the wrong one.
    if (reshaped) setProblems((old) => new Map([...old].filter(([anchor]) => !anchor.startsWith('methods'))));
  }, []);

  const save = async () => {
    if (!form) return;
    setNotice('saving');
    const result = await asSettingsManager(() => api.saveSettings({ values: valuesFromForm(form) }));
    if (result === undefined) {
      setNotice(undefined);
      return;
    }
    if (!result.ok) {
      // Main never changes the settings under a payment on the counter; the form keeps what was typed.
      setNotice(result.code === 'PAYMENT_IN_PROGRESS' ? { key: 'settings.busy' } : { code: result.code });
      return;
    }
    if (result.value.kind === 'invalid') {
      setProblems(placeProblems(result.value.problems, form));
      setNotice({ key: 'settings.invalid', params: { count: String(result.value.problems.length) } });
      setFocusAsked((asked) => asked + 1);
      return;
    }
    kasirStore.getState().appInfoLoaded(result.value.info);
    setProblems(new Map());
    setNotice({ key: 'settings.saved' });
    // The file as main now has it (and the secret's status under the merchant number just saved).
    const fresh = await asSettingsManager(() => api.getSettings());
    if (fresh?.ok) show(fresh.value);
  };

  const view = loaded !== undefined && 'view' in loaded ? loaded.view : undefined;
  return (
    <section className="settings" aria-labelledby="settings-title" data-testid="settings-screen">
      <BackOfficeHeader screen="settings" title={t('settings.title')} backLabel={t('settings.back')} onBack={back} titleRef={title} />
      {loaded === undefined && <p className="settings__notice">{appT('settings.loading')}</p>}
      {loaded !== undefined && 'code' in loaded && (
        <p className="settings__problem" data-testid="settings-load-failed" role="alert">
          {loaded.code === 'MANAGER_ONLY' ? t('settings.managerNeeded') : `${t('settings.loadFailed')} ${explainError(loaded.code, appT, info)}`}
        </p>
      )}
      {view && form && secret && (
        <ProblemsContext.Provider value={problems}>
          <div className="settings__scroll" data-testid="settings-scroll">
            {view.source === 'damaged' && (
              <p className="settings__banner" role="alert" data-testid="settings-damaged">
                {t('settings.damaged', { fields: damagedFields(view.problems) })}
              </p>
            )}
            {view.source === 'defaults' && (
              <p className="settings__banner settings__banner--info" data-testid="settings-defaults">
                {t('settings.defaults')}
              </p>
            )}
            <ConnectionSection form={form} update={update} t={t} />
            <SecretSection status={secret} onStatus={setSecret} secretInput={secretInput} t={t} />
            <ConnectionTest form={form} secretInput={secretInput} useSalt={(saltComposition) => update({ saltComposition })} t={t} />
            <StoreSection form={form} update={update} t={t} />
            <MethodsSection methods={form.methods} setMethods={setMethods} t={t} />
            <InstalledSection form={form} update={update} t={t} />
          </div>
          <footer className="settings__foot">
            <ProblemText path="form" />
            <p className="settings__notice" role="status" data-testid="settings-notice" data-kind={typeof notice === 'object' ? ('code' in notice ? 'error' : notice.key) : notice}>
              {notice === 'saving' ? t('settings.saving') : notice && ('code' in notice ? explainError(notice.code, appT, info) : t(notice.key, notice.params))}
            </p>
            <button type="button" id={fieldId('save')} className="settings__save" data-testid="settings-save" disabled={notice === 'saving'} onClick={() => void save()}>
              {t('settings.save')}
            </button>
          </footer>
        </ProblemsContext.Provider>
      )}
    </section>
  );
}
