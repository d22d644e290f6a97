import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useKasirApi } from '../api-context.ts';
import { explainError } from '../i18n/errors.ts';
import { useT } from '../i18n/useT.ts';
import type { MessageKey } from '../i18n/translate.ts';
import { asManager } from '../manager/manager-actions.ts';
import { kasirStore, useKasir } from '../store/index.ts';
import { selectAppInfo, selectBackOffice, selectScreen } from '../store/selectors.ts';
import type { BackOffice } from '../store/ui-slice.ts';
import '../styles/diagnostics.css';

interface MenuItem {
  /** A back-office screen to open, or the diagnostics archive (written at once, nothing opens). */
  readonly screen: BackOffice | 'diagnostics';
  readonly label: MessageKey;
  readonly testId: string;
  readonly managerOnly: boolean;
}

const ITEMS: readonly MenuItem[] = [
  { screen: 'history', label: 'menu.history', testId: 'history-open', managerOnly: false },
  { screen: 'settings', label: 'menu.settings', testId: 'settings-open', managerOnly: true },
  { screen: 'closing', label: 'menu.closing', testId: 'closing-open', managerOnly: true },
  { screen: 'updates', label: 'menu.updates', testId: 'updates-open', managerOnly: true },
  // Last, where End reaches it: the archive IT asks for when something is wrong.
  { screen: 'diagnostics', label: 'menu.diagnostics', testId: 'diagnostics-export', managerOnly: true },
];

/** What the diagnostics notice says: writing, where the archive went, or why it could not be written. */
type DiagnosticsNotice = { readonly phase: 'working' } | { readonly phase: 'done'; readonly file: string } | { readonly phase: 'failed'; readonly text: string };

function open(screen: BackOffice): void {
  const state = kasirStore.getState();
  // The history starts each visit afresh (today's, unfiltered): its own action does that.
  if (screen === 'history') state.historyOpened();
  else state.backOfficeOpened(screen);
}

/**
 * Menu: the back-office screens (Riwayat, Pengaturan, Tutup hari, Pembaruan & keluar) in place of the keypad, one at a time, and the
 * manager's diagnostics archive (Diagnostik), which opens no screen: a notice says where the archive went. Enabled only while
 * the counter is free: a payment on the counter keeps its screen. Arrows or Tab move between the items, Enter
 * opens one, Esc (or a click elsewhere) closes the menu and gives focus back to its button.
 */
export function TopMenu() {
  const t = useT();
  const api = useKasirApi();
  const info = useKasir(selectAppInfo);
  const [notice, setNotice] = useState<DiagnosticsNotice>();
  const counterFree = useKasir(selectScreen) === 'charge';
  const backOffice = useKasir(selectBackOffice);
  const [expanded, setExpanded] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const shown = expanded && counterFree;

  useEffect(() => {
    if (!shown) return undefined;
    list.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const outside = (event: PointerEvent) => {
      if (!list.current?.contains(event.target as Node) && !button.current?.contains(event.target as Node)) setExpanded(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [shown]);

  const close = () => {
    setExpanded(false);
    button.current?.focus();
  };
  const closeNotice = () => {
    setNotice(undefined);
    button.current?.focus();
  };
  const noticeButton = useRef<HTMLButtonElement>(null);
  const noticePhase = notice?.phase;
  useEffect(() => {
    // The answer takes the focus, so a keyboard user hears it and closes it with Enter.
    if (noticePhase === 'done' || noticePhase === 'failed') noticeButton.current?.focus();
  }, [noticePhase]);

  // Asks for the PIN first when no manager session is open; the dialog closed without one sends nothing.
  const exportDiagnostics = async () => {
    let result: Awaited<ReturnType<typeof api.exportDiagnostics>> | undefined;
    try {
      result = await asManager('diagnostics', () => {
        setNotice({ phase: 'working' });
        return api.exportDiagnostics();
      });
    } catch {
      result = { ok: false, code: 'INTERNAL', message: 'the call failed' };
    }
    if (result === undefined) setNotice(undefined);
    else setNotice(result.ok ? { phase: 'done', file: result.value.file } : { phase: 'failed', text: explainError(result.code, t, info) });
  };
  const noticeText = notice === undefined ? '' : notice.phase === 'working'
    ? t('diagnostics.working')
    : notice.phase === 'done' ? t('diagnostics.done', { file: notice.file }) : t('diagnostics.failed', { reason: notice.text });
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(list.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const at = items.findIndex((item) => item === document.activeElement);
    const move = (step: number) => items[(at + step + items.length) % items.length]?.focus();
    // Esc and Enter here are the menu's: the keypad and the screens must not also act on them.
    // Enter too: else the keypad's Enter (charge) could take a menu opened with a click.
    if (event.key === 'Escape') close();
    else if (event.key === 'Enter') items[at]?.click();
    else if (event.key === 'ArrowDown' || (event.key === 'Tab' && !event.shiftKey)) move(1);
    else if (event.key === 'ArrowUp' || (event.key === 'Tab' && event.shiftKey)) move(-1);
    else if (event.key === 'Home') move(-at);
    else if (event.key === 'End') move(items.length - 1 - at);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div className="top-menu">
      <button
        type="button"
        ref={button}
        className="top-menu__button"
        data-testid="menu-open"
        data-back-office={backOffice !== undefined && counterFree}
        aria-haspopup="menu"
        aria-expanded={shown}
        aria-controls="top-menu-list"
        disabled={!counterFree}
        onClick={() => setExpanded(!shown)}
      >
        {t('menu.open')}
      </button>
      {shown && (
        <div id="top-menu-list" className="top-menu__list" role="menu" aria-label={t('menu.label')} data-testid="menu-list" ref={list} onKeyDown={onKeyDown}>
          {ITEMS.map((item) => (
            <button
              key={item.screen}
              type="button"
              role="menuitem"
              className="top-menu__item"
              data-testid={item.testId}
              aria-current={backOffice === item.screen ? 'page' : undefined}
              onClick={() => {
                setExpanded(false);
                if (item.screen === 'diagnostics') void exportDiagnostics();
                else open(item.screen);
              }}
            >
              {t(item.label)}
              {item.managerOnly && <span className="top-menu__tag">{t('menu.managerOnly')}</span>}
            </button>
          ))}
        </div>
      )}
      {notice && (
        <dialog
          open
          className="top-menu__notice"
          aria-labelledby="diagnostics-title"
          data-testid="diagnostics-notice"
          onKeyDown={(event) => {
            // Esc here closes the notice only: the keypad must not also clear the amount.
            if (event.key !== 'Escape') return;
            event.preventDefault();
            closeNotice();
          }}
        >
          <h2 id="diagnostics-title" className="top-menu__notice-title">{t('menu.diagnostics')}</h2>
          <p role="status" className="top-menu__notice-text" data-testid="diagnostics-message" data-phase={notice.phase}>{noticeText}</p>
          <button type="button" ref={noticeButton} className="top-menu__notice-close" data-testid="diagnostics-close" onClick={closeNotice}>
            {t('diagnostics.close')}
          </button>
        </dialog>
      )}
    </div>
  );
}
