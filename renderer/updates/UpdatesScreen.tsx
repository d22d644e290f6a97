import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorCode } from '../../shared/ipc/contract.ts';
import type { UpdateStatus } from '../../shared/ipc/updates.ts';
import type { Result } from '../../shared/result.ts';
import { err } from '../../shared/result.ts';
import { useKasirApi } from '../api-context.ts';
import { explainError } from '../i18n/errors.ts';
import { useT } from '../i18n/useT.ts';
import { asManager } from '../manager/manager-actions.ts';
import { BackOfficeHeader } from '../shell/BackOfficeHeader.tsx';
import { useEscapeKey } from '../shell/useEscapeKey.ts';
import { kasirStore, useKasir } from '../store/index.ts';
import { selectAppInfo, selectManagerPrompt } from '../store/selectors.ts';
import '../styles/updates.css';
import { QuitSection } from './QuitSection.tsx';
import { useUpdatesT } from './updates-t.ts';
import { refusalText, statusText } from './updates-words.ts';

/** What is under way: the buttons wait for it, the status line says it. */
type Busy = 'checking' | 'installing' | 'quitting' | undefined;

/**
 * One manager-only call: asks for the PIN when no session is open (undefined when the dialog was closed: nothing
 * was sent), and turns a failed transport into INTERNAL so the screen always has something to say.
 */
export async function asUpdatesManager<T>(call: () => Promise<Result<T, ErrorCode>>): Promise<Result<T, ErrorCode> | undefined> {
  try {
    return await asManager('updates', call);
  } catch {
    return err('INTERNAL', 'the call failed');
  }
}

const closeUpdates = (): void => kasirStore.getState().backOfficeClosed();

/**
 * "Pembaruan & keluar": the manager's updates and, for a kiosk till, the way out of Kasir, in place of the keypad.
 * Opening it is the manager asking (after the PIN) for the feed's word, so the running version shows at once;
 * "Periksa pembaruan" asks again. Install and quit are refused by main while a payment holds the counter; the
 * screen says what to do about it. Loaded on demand (App.tsx) with its own words (./updates-t.ts).
 */
export default function UpdatesScreen() {
  const t = useUpdatesT();
  const appT = useT();
  const api = useKasirApi();
  const info = useKasir(selectAppInfo);
  const managerPrompt = useKasir(selectManagerPrompt);
  const [status, setStatus] = useState<UpdateStatus>();
  const [busy, setBusy] = useState<Busy>('checking');
  const [notice, setNotice] = useState<{ readonly text: string; readonly bad: boolean }>();
  const [quitOpen, setQuitOpen] = useState(false);
  const [answered, setAnswered] = useState(false);
  const title = useRef<HTMLHeadingElement>(null);
  const explain = useCallback((code: ErrorCode) => explainError(code, appT, info), [appT, info]);

  const check = useCallback(async (first: boolean) => {
    setBusy('checking');
    setNotice(undefined);
    // Opening the screen only asks main where the till stands: a download starts when the manager checks.
    const result = await asUpdatesManager(() => (first ? api.getUpdateStatus() : api.checkForUpdate()));
    setBusy(undefined);
    setAnswered(true);
    if (result === undefined) {
      // The PIN dialog closed when the screen opened: back to the keypad, as the other manager screens do.
      if (first) closeUpdates();
    } else if (result.ok) setStatus(result.value);
    else setNotice({ text: refusalText(result.code, t, explain), bad: true });
  }, [api, t, explain]);

  useEffect(() => {
    void check(true);
    // Once, on opening (no feed asked): checks are the manager's button.
  }, []);
  // Again once main first answered: the PIN dialog had the focus meanwhile.
  useEffect(() => title.current?.focus(), [answered]);

  const install = async () => {
    setBusy('installing');
    setNotice(undefined);
    const result = await asUpdatesManager(() => api.installUpdate());
    setBusy(result?.ok === true && result.value.state === 'installing' ? 'installing' : undefined);
    if (result?.ok) setStatus(result.value);
    else if (result) setNotice({ text: refusalText(result.code, t, explain), bad: true });
  };

  const quit = async (): Promise<void> => {
    setBusy('quitting');
    setNotice(undefined);
    const result = await asUpdatesManager(() => api.quitApp());
    const quitting = result?.ok === true && result.value.quitting;
    setBusy(quitting ? 'quitting' : undefined);
    if (result?.ok) setNotice({ text: quitting ? t('updates.quitting') : t('updates.quitNotHere'), bad: !quitting });
    else if (result) setNotice({ text: refusalText(result.code, t, explain), bad: true });
  };

  const back = useCallback(() => closeUpdates(), []);
  // The quit question has its own Esc (it cancels the question); the PIN dialog has its own too.
  useEscapeKey(back, managerPrompt === undefined && !quitOpen);

  const ending = busy === 'installing' || busy === 'quitting';
  const line = busy === 'checking' ? t('updates.checking') : status ? statusText(status, t) : '';
  return (
    <section className="updates" aria-labelledby="updates-title" data-testid="updates-screen" data-state={busy ?? status?.state ?? 'none'}>
      <BackOfficeHeader screen="updates" title={t('updates.title')} backLabel={t('updates.back')} onBack={back} titleRef={title} />
      <div className="updates__body">
        <p className="updates__version" data-testid="updates-version">
          {status ? t('updates.version', { version: status.currentVersion }) : t('updates.versionUnknown')}
        </p>
        <p className="updates__status" role="status" data-testid="updates-status">{line}</p>
        {status?.state === 'failed' && status.detail !== undefined && busy === undefined && (
          <p className="updates__detail" data-testid="updates-detail">{t('updates.detail', { detail: status.detail })}</p>
        )}
        <div className="updates__actions">
          <button type="button" className="updates__button" data-testid="updates-check" disabled={busy !== undefined} onClick={() => void check(false)}>
            {t('updates.check')}
          </button>
          {status?.state === 'ready' && (
            <button type="button" className="updates__button updates__button--main" data-testid="updates-install" disabled={busy !== undefined} onClick={() => void install()}>
              {busy === 'installing' ? t('updates.installing') : t('updates.install')}
            </button>
          )}
        </div>
        <p className={`updates__notice${notice?.bad === true ? ' updates__notice--bad' : ''}`} role="alert" data-testid="updates-notice">{notice?.text}</p>
        <QuitSection t={t} open={quitOpen} setOpen={setQuitOpen} disabled={busy !== undefined || ending} onQuit={quit} />
      </div>
    </section>
  );
}
