import { useState } from 'react';
import type { RefObject } from 'react';
import type { ErrorCode } from '../../shared/ipc/contract.ts';
import type { SecretStatus } from '../../shared/ipc/settings.ts';
import { useKasirApi } from '../api-context.ts';
import { explainError } from '../i18n/errors.ts';
import { useT } from '../i18n/useT.ts';
import { useKasir } from '../store/index.ts';
import { selectAppInfo, selectLocale } from '../store/selectors.ts';
import { asSettingsManager } from './settings-actions.ts';
import type { SettingsT } from './settings-t.ts';
import type { Words } from './settings-words.ts';
import { secretWords } from './settings-words.ts';

type Notice = Words | { readonly code: ErrorCode };

const KEYCHAIN_WORDS: Partial<Record<ErrorCode, Words>> = {
  SETTINGS_INVALID: { key: 'settings.secret.needMerchant' },
  KEYCHAIN_LOCKED: { key: 'settings.secret.locked' },
  KEYCHAIN_UNAVAILABLE: { key: 'settings.secret.unavailable' },
  PAYMENT_IN_PROGRESS: { key: 'settings.busy' },
};

/**
 * The app secret, write-only: its status (never its value), a field to store a new one and Hapus kunci. The field is
 * not React state: what is typed stays in the input alone and is cleared the moment it is sent, whatever the answer.
 */
export function SecretSection({ status, onStatus, secretInput, t }: {
  readonly status: SecretStatus;
  readonly onStatus: (status: SecretStatus) => void;
  readonly secretInput: RefObject<HTMLInputElement | null>;
  readonly t: SettingsT;
}) {
  const api = useKasirApi();
  const appT = useT();
  const locale = useKasir(selectLocale);
  const info = useKasir(selectAppInfo);
  const [notice, setNotice] = useState<Notice>();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const run = async (call: () => Promise<Awaited<ReturnType<typeof api.setAppSecret>>>, done: Words) => {
    setBusy(true);
    const result = await asSettingsManager(call);
    setBusy(false);
    if (result === undefined) return;
    if (result.ok) {
      onStatus(result.value);
      setNotice(done);
    } else setNotice(KEYCHAIN_WORDS[result.code] ?? { code: result.code });
  };
  const store = () => {
    const input = secretInput.current;
    const secret = input?.value ?? '';
    if (input) input.value = '';
    if (secret.trim() === '') {
      setNotice({ key: 'settings.secret.empty' });
      return;
    }
    void run(() => api.setAppSecret({ secret }), { key: 'settings.secret.saved' });
  };
  const remove = () => {
    setConfirming(false);
    void run(() => api.removeAppSecret(), { key: 'settings.secret.removed' });
  };
  const line = secretWords(status, locale);
  const keychain = status.keychain === 'ok' ? undefined : t(status.keychain === 'locked' ? 'settings.secret.locked' : 'settings.secret.unavailable');

  return (
    <section className="settings__section" aria-labelledby="settings-secret-title" data-testid="settings-secret">
      <h2 id="settings-secret-title" className="settings__section-title">
        {t('settings.section.secret')}
      </h2>
      <p className="settings__hint">{t('settings.secret.intro')}</p>
      <p className="settings__status" data-testid="secret-status" data-stored={status.stored}>
        {t(line.key, line.params)}
      </p>
      {keychain && (
        <p className="settings__problem" data-testid="secret-keychain">
          {keychain}
        </p>
      )}
      <div className="settings__row">
        <div className="settings__field">
          <label htmlFor="settings-secret" className="settings__label">
            {t('settings.secret.field')}
          </label>
          <input id="settings-secret" ref={secretInput} data-testid="secret-input" className="settings__input" type="password" autoComplete="new-password" spellCheck={false} />
        </div>
        <button type="button" className="settings__button" data-testid="secret-save" disabled={busy} onClick={store}>
          {t('settings.secret.save')}
        </button>
        {status.stored && !confirming && (
          <button type="button" className="settings__button settings__button--danger" data-testid="secret-remove" disabled={busy} onClick={() => setConfirming(true)}>
            {t('settings.secret.remove')}
          </button>
        )}
      </div>
      {confirming && (
        <div className="settings__confirm-box" role="group" aria-labelledby="settings-secret-confirm" data-testid="secret-remove-confirm">
          <p id="settings-secret-confirm">{t('settings.secret.removeConfirm')}</p>
          <button type="button" className="settings__button settings__button--danger" data-testid="secret-remove-yes" onClick={remove}>
            {t('settings.secret.removeYes')}
          </button>
          <button type="button" className="settings__button" data-testid="secret-remove-no" onClick={() => setConfirming(false)}>
            {t('settings.secret.removeNo')}
          </button>
        </div>
      )}
      <p className="settings__notice" role="status" data-testid="secret-notice">
        {notice && ('code' in notice ? explainError(notice.code, appT, info) : t(notice.key, notice.params))}
      </p>
    </section>
  );
}
