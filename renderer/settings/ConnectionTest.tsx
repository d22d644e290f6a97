import { useState } from 'react';
import type { RefObject } from 'react';
import type { ErrorCode } from '../../shared/ipc/contract.ts';
import type { ConnectionTestResult } from '../../shared/ipc/settings.ts';
import type { SaltComposition } from '../../shared/paypro/sign.ts';
import { useKasirApi } from '../api-context.ts';
import { explainError } from '../i18n/errors.ts';
import { useT } from '../i18n/useT.ts';
import { useKasir } from '../store/index.ts';
import { selectAppInfo } from '../store/selectors.ts';
import { asSettingsManager } from './settings-actions.ts';
import type { SettingsForm } from './settings-form.ts';
import { baseUrlOf } from './settings-form.ts';
import type { SettingsT } from './settings-t.ts';
import { connectionWords, saltOffer } from './settings-words.ts';

type Outcome = { readonly result: ConnectionTestResult } | { readonly code: ErrorCode } | 'running';

/**
 * Test connection with the values as entered (nothing saved first) and the secret as typed, else the stored one.
 * When Paypro accepted only another salt placement, it says so and offers it for the form: never put in silently.
 */
export function ConnectionTest({ form, secretInput, useSalt, t }: {
  readonly form: SettingsForm;
  readonly secretInput: RefObject<HTMLInputElement | null>;
  readonly useSalt: (salt: SaltComposition) => void;
  readonly t: SettingsT;
}) {
  const api = useKasirApi();
  const appT = useT();
  const info = useKasir(selectAppInfo);
  const [outcome, setOutcome] = useState<Outcome>();

  const run = async () => {
    const secret = secretInput.current?.value.trim() ?? '';
    setOutcome('running');
    const request = { merchantNo: form.merchantNo.trim(), environment: form.environment, baseUrl: baseUrlOf(form), saltComposition: form.saltComposition, ...(secret ? { secret } : {}) };
    const result = await asSettingsManager(() => api.testConnection(request));
    if (result === undefined) setOutcome(undefined);
    else setOutcome(result.ok ? { result: result.value } : { code: result.code });
  };

  const words = outcome !== undefined && outcome !== 'running' && 'result' in outcome ? connectionWords(outcome.result) : undefined;
  const offer = outcome !== undefined && outcome !== 'running' && 'result' in outcome ? saltOffer(outcome.result) : undefined;
  const proposed = offer && outcome !== undefined && outcome !== 'running' && 'result' in outcome && outcome.result.kind === 'ok' ? outcome.result.saltComposition : undefined;
  return (
    <section className="settings__section" aria-labelledby="settings-test-title" data-testid="settings-test">
      <h2 id="settings-test-title" className="settings__section-title">
        {t('settings.section.test')}
      </h2>
      <p className="settings__hint">{t('settings.test.intro')}</p>
      <button type="button" className="settings__button" data-testid="test-connection" disabled={outcome === 'running'} onClick={() => void run()}>
        {t('settings.test.run')}
      </button>
      <div role="status" aria-live="polite">
        {outcome === 'running' && <p className="settings__notice">{t('settings.test.running')}</p>}
        {words && outcome !== undefined && outcome !== 'running' && 'result' in outcome && (
          <p className={`settings__notice settings__notice--${outcome.result.kind === 'ok' ? 'ok' : 'bad'}`} data-testid="test-result" data-kind={outcome.result.kind}>
            {t(words.key, words.params)}
          </p>
        )}
        {outcome !== undefined && outcome !== 'running' && 'code' in outcome && (
          <p className="settings__notice settings__notice--bad" data-testid="test-result" data-kind="error">
            {explainError(outcome.code, appT, info)}
          </p>
        )}
        {offer && proposed && (
          <div className="settings__row" data-testid="salt-offer">
            <p className="settings__notice">{t(offer.key, offer.params)}</p>
            <button type="button" className="settings__button" data-testid="salt-use" disabled={form.saltComposition === proposed} onClick={() => useSalt(proposed)}>
              {t('settings.test.useSalt', { salt: proposed })}
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
