import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DayReport, ReconcileRow } from '../../../shared/ipc/report.ts';
import { formatRupiah } from '../../../shared/money.ts';
import { closingTranslator } from '../../../renderer/closing/closing-t.ts';
import { actionText, fieldText, findingText, isCurrentDay, nextAuditCursor, nextDay, previousDay, reconcileCounts, resultText, settledKey, summaryText, yesterday } from '../../../renderer/closing/closing-words.ts';
import { enClosing } from '../../../renderer/i18n/en-closing.ts';
import { idClosing } from '../../../renderer/i18n/id-closing.ts';
import { translate } from '../../../renderer/i18n/translate.ts';
import { view } from './fixtures.ts';
import { settingsSchema } from '../../../electron/settings/settings.ts';
import type { ConnectionTestResult } from '../../../shared/ipc/settings.ts';

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
    expect(actionText({ action: 'settings.changed', detail: { fields: 'storeName,quickAmounts' } }, t)).toBe('Pengaturan diubah (bagian: nama toko, nominal cepat)');
    expect(actionText({ action: 'settings.changed', detail: { fields: 'merchantNo,methods' } }, closingTranslator('en'))).toBe('Settings changed (fields: merchant number, payment methods)');
    expect(actionText({ action: 'settings.changed', detail: { fields: '(repaired)' } }, t)).toBe('Pengaturan diubah (bagian: file pengaturan rusak diperbaiki)');
    expect(actionText({ action: 'connection.tested', detail: { result: 'ok' } }, t)).toBe('Koneksi Paypro diuji (hasil: terhubung)');
    expect(actionText({ action: 'connection.tested', detail: { result: 'wrongSecret' } }, closingTranslator('en'))).toBe('Paypro connection tested (result: wrong app secret)');
    expect(actionText({ action: 'report.exported', detail: { rows: 4 } }, closingTranslator('en'))).toBe('Report saved as CSV (4 rows)');
    expect(actionText({ action: 'manager.lockedOut', detail: {} }, t)).toBe('Terlalu banyak PIN salah: harus menunggu');
  });

  it('says the updates, the quit and the diagnostics archive in words, with versions and file counts', () => {
    const en = closingTranslator('en');
    expect(actionText({ action: 'update.installed', detail: { from: '1.4.0', to: '1.5.0' } }, t)).toBe('Pembaruan dipasang, Kasir dimulai ulang (versi 1.4.0 → 1.5.0)');
    expect(actionText({ action: 'update.installed', detail: { from: '1.4.0', to: '1.5.0' } }, en)).toBe('Update installed, Kasir restarted (version 1.4.0 → 1.5.0)');
    // An entry written without its versions still reads as words, not as "undefined → undefined".
    expect(actionText({ action: 'update.installed', detail: {} }, en)).toBe('Update installed, Kasir restarted');
    expect(actionText({ action: 'app.quit', detail: {} }, t)).toBe('Kasir ditutup');
    expect(actionText({ action: 'app.quit', detail: {} }, en)).toBe('Kasir quit');
    expect(actionText({ action: 'diagnostics.exported', detail: { entries: 5 } }, t)).toBe('Arsip diagnostik dibuat (5 berkas)');
    expect(actionText({ action: 'diagnostics.exported', detail: { entries: 5 } }, en)).toBe('Diagnostics archive written (5 files)');
  });

  it('has words in both languages for every action main writes to the audit log', () => {
    // Read from main's source, so an action added there without words here fails this test rather than
    // showing up in the manager's audit tab as its raw id.
    const actions = new Set<string>();
    for (const file of readdirSync('electron', { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'))) {
      for (const line of readFileSync(join('electron', file), 'utf8').split('\n')) {
        if (!/\b(?:audit|#audit|auditedShutdown)\(/.test(line)) continue;
        for (const match of line.matchAll(/'([a-z]+\.[a-zA-Z]+)'/g)) actions.add(match[1] ?? '');
      }
    }
    expect([...actions]).toEqual(expect.arrayContaining(['pin.set', 'manager.wrongPin', 'update.installed', 'app.quit', 'diagnostics.exported']));
    for (const action of actions) {
      for (const locale of ['id', 'en'] as const) expect(actionText({ action, detail: {} }, closingTranslator(locale)), `${action} (${locale})`).not.toBe(action);
    }
  });

  it('shows an action, a settings field or a test result it does not know as its id, and pages on from the last entry shown', () => {
    expect(actionText({ action: 'till.renamed', detail: {} }, t)).toBe('till.renamed');
    expect(actionText({ action: 'settings.changed', detail: { fields: 'storeName,tillColour' } }, t)).toBe('Pengaturan diubah (bagian: nama toko, tillColour)');
    expect(actionText({ action: 'connection.tested', detail: { result: 'timeTravel' } }, t)).toBe('Koneksi Paypro diuji (hasil: timeTravel)');
    // Names that happen to be keys of the dictionary's own object, not words, are not taken for words.
    expect(fieldText('constructor', t)).toBe('constructor');
    expect(resultText('toString', t)).toBe('toString');
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

describe('audit details in words', () => {
  const words = (key: string) => [idClosing[key as keyof typeof idClosing], enClosing[key as keyof typeof enClosing]];

  it('has words in both languages for every field of the settings file, so a change is never named by its raw id', () => {
    const fields = Object.keys(settingsSchema.shape);
    expect(fields).toEqual(expect.arrayContaining(['merchantNo', 'methods', 'nmid', 'returnUrl', 'language', 'updateFeedUrl', 'kioskMode', 'startAtLogin']));
    for (const field of fields) {
      for (const text of words(`closing.field.${field}`)) expect(text, field).toMatch(/\S/);
      expect(fieldText(field, closingTranslator('id')), field).toBe(idClosing[`closing.field.${field}` as keyof typeof idClosing]);
      expect(fieldText(field, closingTranslator('en')), field).toBe(enClosing[`closing.field.${field}` as keyof typeof enClosing]);
    }
  });

  it('has words in both languages for every kind of connection test result', () => {
    // Every member of the union, checked by the compiler: a new kind fails to compile here until it is listed.
    const kinds = { ok: true, wrongSecret: true, wrongMerchant: true, unreachable: true, tls: true, notPaypro: true, refused: true, invalid: true } satisfies Record<ConnectionTestResult['kind'], true>;
    for (const kind of Object.keys(kinds)) {
      for (const text of words(`closing.result.${kind}`)) expect(text, kind).toMatch(/\S/);
      expect(resultText(kind, closingTranslator('id')), kind).not.toBe(kind);
      expect(resultText(kind, closingTranslator('en')), kind).toBe(enClosing[`closing.result.${kind}` as keyof typeof enClosing]);
    }
  });
});
