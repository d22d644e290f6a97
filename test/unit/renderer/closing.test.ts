import { describe, expect, it } from 'vitest';
import type { DayReport, ReconcileRow } from '../../../shared/ipc/report.ts';
import { formatRupiah } from '../../../shared/money.ts';
import { closingTranslator } from '../../../renderer/closing/closing-t.ts';
import { actionText, findingText, isCurrentDay, nextAuditCursor, nextDay, previousDay, reconcileCounts, settledKey, summaryText, yesterday } from '../../../renderer/closing/closing-words.ts';
import { enClosing } from '../../../renderer/i18n/en-closing.ts';
import { idClosing } from '../../../renderer/i18n/id-closing.ts';
import { translate } from '../../../renderer/i18n/translate.ts';
import { view } from './fixtures.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
// A business day that starts at 04:00 (UTC here): 25 Nov 04:00 → 26 Nov 04:00.
const from = Date.UTC(2026, 10, 25, 4);
const shown = { from, to: from + DAY };

const report = (overrides: Partial<DayReport> = {}): DayReport => ({
  ...shown,
  lines: [],
  byMethod: [],
  received: 75_000,
  paidCount: 2,
  partialCount: 1,
  partialShortfall: 20_000,
  unpaidCount: 1,
  openCount: 0,
  partials: [],
  lateAwaiting: [],
  ...overrides,
});

describe('day navigation', () => {
  it('goes back to the instant before the shown day began, forward to the first instant after it', () => {
    expect(previousDay(shown)).toBe(from - 1);
    const later = Date.UTC(2026, 10, 28, 12);
    expect(nextDay(shown, later)).toBe(from + DAY);
  });

  it('lands on "today" (undefined, main decides its bounds) when the next day holds now', () => {
    expect(nextDay(shown, from + DAY + 5 * HOUR)).toBeUndefined();
  });

  it('knows the day that holds now has no next day, and yesterday is a day before now', () => {
    expect(isCurrentDay(shown, from + 3 * HOUR)).toBe(true);
    expect(isCurrentDay(shown, from + DAY)).toBe(false);
    expect(isCurrentDay(shown, from - 1)).toBe(false);
    expect(yesterday(from + 10 * HOUR)).toBe(from + 10 * HOUR - DAY);
  });
});

describe('report summary', () => {
  const t = closingTranslator('id');

  it('says the money, each count and the partial shortfall in plain words', () => {
    const rp = (amount: number) => formatRupiah(amount);
    expect(summaryText(report(), t)).toBe(`Uang diterima: ${rp(75_000)} · Lunas: 2 · Dibayar sebagian: 1 (kurang ${rp(20_000)}) · Tidak dibayar: 1 · Masih berjalan: 0`);
    expect(summaryText(report({ partialCount: 0, partialShortfall: 0 }), closingTranslator('en'))).toContain('Partly paid: 0 · Not paid');
  });

  it('says the day is not settled while payments are open', () => {
    expect(settledKey(report({ openCount: 1 }))).toBe('closing.notSettled');
    expect(settledKey(report())).toBe('closing.settled');
    expect(t('closing.notSettled', { count: '2' })).toContain('2 pembayaran masih berjalan');
  });
});

describe('reconciliation findings', () => {
  const t = closingTranslator('id');
  const appT = (key: Parameters<typeof translate>[1]) => translate('id', key);
  const row = (finding: ReconcileRow['finding'], before: ReconcileRow['before'] = 'cancelled'): ReconcileRow => ({ payment: view({ state: 'paid' }), before, finding });

  it('names a change before → after, and what to do when Paypro says paid and the till does not', () => {
    expect(findingText(row('changed'), t, appT)).toBe('Berubah: Dibatalkan → Lunas');
    expect(findingText(row('paidAtGateway', 'unpaid'), t, appT)).toBe('Paypro mencatat lunas, kasir tidak: periksa di back office Paypro.');
    expect(findingText(row('noAnswer'), t, appT)).toContain('tidak menjawab');
    expect(findingText({ ...row('unchanged'), payment: view({ state: 'expired' }) }, t, appT)).toBe('Tetap: Waktu habis');
  });

  it('counts them', () => {
    expect(reconcileCounts([row('changed'), row('changed'), row('noAnswer'), row('unchanged'), row('paidAtGateway')])).toEqual({ count: 5, changed: 2, paidAtGateway: 1, noAnswer: 1 });
  });
});

describe('audit words', () => {
  const t = closingTranslator('id');

  it('says every known action in words, with the detail that matters', () => {
    expect(actionText({ action: 'pin.set', detail: {} }, t)).toBe('PIN manajer dibuat');
    expect(actionText({ action: 'settings.changed', detail: { fields: 'storeName,quickAmounts' } }, t)).toBe('Pengaturan diubah (bagian: storeName,quickAmounts)');
    expect(actionText({ action: 'connection.tested', detail: { result: 'ok' } }, t)).toBe('Koneksi Paypro diuji (hasil: ok)');
    expect(actionText({ action: 'report.exported', detail: { rows: 4 } }, closingTranslator('en'))).toBe('Report saved as CSV (4 rows)');
    expect(actionText({ action: 'manager.lockedOut', detail: {} }, t)).toBe('Terlalu banyak PIN salah: harus menunggu');
  });

  it('shows an action it does not know as its id, and pages on from the last entry shown', () => {
    expect(actionText({ action: 'till.renamed', detail: {} }, t)).toBe('till.renamed');
    expect(nextAuditCursor([{ id: 9 }, { id: 7 }, { id: 4 }])).toBe(4);
    expect(nextAuditCursor([])).toBeUndefined();
  });

  it('has English for every Indonesian string, placeholders alike', () => {
    for (const key of Object.keys(idClosing) as (keyof typeof idClosing)[]) {
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
      expect(names(enClosing[key]), key).toEqual(names(idClosing[key]));
    }
  });
});
