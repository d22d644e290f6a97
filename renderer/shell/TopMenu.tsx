import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useT } from '../i18n/useT.ts';
import type { MessageKey } from '../i18n/translate.ts';
import { kasirStore, useKasir } from '../store/index.ts';
import { selectBackOffice, selectScreen } from '../store/selectors.ts';
import type { BackOffice } from '../store/ui-slice.ts';

interface MenuItem {
  readonly screen: BackOffice;
  readonly label: MessageKey;
  readonly testId: string;
  readonly managerOnly: boolean;
}

const ITEMS: readonly MenuItem[] = [
  { screen: 'history', label: 'menu.history', testId: 'history-open', managerOnly: false },
  { screen: 'settings', label: 'menu.settings', testId: 'settings-open', managerOnly: true },
  { screen: 'closing', label: 'menu.closing', testId: 'closing-open', managerOnly: true },
];

function open(screen: BackOffice): void {
  const state = kasirStore.getState();
  // The history starts each visit afresh (today's, unfiltered): its own action does that.
  if (screen === 'history') state.historyOpened();
  else state.backOfficeOpened(screen);
}

/**
 * Menu: the back-office screens (Riwayat, Pengaturan, Tutup hari) in place of the keypad, one at a time. Enabled only while
 * the counter is free: a payment on the counter keeps its screen. Arrows or Tab move between the items, Enter
 * opens one, Esc (or a click elsewhere) closes the menu and gives focus back to its button.
 */
export function TopMenu() {
  const t = useT();
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
                open(item.screen);
              }}
            >
              {t(item.label)}
              {item.managerOnly && <span className="top-menu__tag">{t('menu.managerOnly')}</span>}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
