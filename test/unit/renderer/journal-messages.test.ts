import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AppInfo, KasirApi } from '../../../shared/ipc/contract.ts';
import { KasirApiContext } from '../../../renderer/api-context.ts';
import { ChargeScreen } from '../../../renderer/charge/ChargeScreen.tsx';
import { JournalWarning } from '../../../renderer/shell/JournalWarning.tsx';
import { kasirStore, resetStore } from '../../../renderer/store/index.ts';
import { demoInfo } from './fixtures.ts';

/** The API is never called while rendering; a stub that fails loudly if it were. */
const api = new Proxy({} as KasirApi, {
  get: () => () => {
    throw new Error('not expected during render');
  },
});

function render(node: Parameters<typeof createElement>[0], info: AppInfo): string {
  kasirStore.getState().appInfoLoaded(info);
  return renderToStaticMarkup(createElement(KasirApiContext, { value: api }, createElement(node)));
}

beforeEach(() => resetStore());

describe('journal trouble, in the cashier\'s words', () => {
  it('a damaged journal blocks the keypad and names the file for IT', () => {
    const html = render(ChargeScreen, { ...demoInfo, mode: 'sandbox', ready: false, blockedReason: 'JOURNAL_DAMAGED', journalFile: '/home/toko/.config/Kasir/journal.sqlite' });
    expect(html).toContain('data-testid="blocked-banner"');
    expect(html).toContain('Jurnal pembayaran /home/toko/.config/Kasir/journal.sqlite rusak atau tidak terbaca');
    expect(html).toMatch(/data-testid="charge-qris"[^>]*disabled/);
  });

  it('a journal that cannot be written shows a warning on every screen, and nothing when all is well', () => {
    expect(render(JournalWarning, { ...demoInfo, warning: 'JOURNAL_UNWRITABLE' })).toContain('Kasir tidak bisa menyimpan ke jurnal');
    expect(render(JournalWarning, demoInfo)).toBe('');
  });
});
