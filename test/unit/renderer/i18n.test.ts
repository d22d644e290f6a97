import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ERROR_CODES } from '../../../shared/ipc/contract.ts';
import { en } from '../../../renderer/i18n/en.ts';
import { errorMessageKey, explainError } from '../../../renderer/i18n/errors.ts';
import { id } from '../../../renderer/i18n/id.ts';
import { LOCALES, loadDictionary, translate, translator } from '../../../renderer/i18n/translate.ts';
import { demoInfo } from './fixtures.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('i18n', () => {
  beforeAll(() => loadDictionary('en'));

  it('English has exactly the Indonesian keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  });

  it('no text is empty, and both languages use the same placeholders', () => {
    for (const key of Object.keys(id) as (keyof typeof id)[]) {
      for (const locale of LOCALES) expect(translate(locale, key).trim(), `${locale}:${key}`).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(id[key]));
    }
  });

  it('every ErrorCode has its own explanation in Indonesian and English', () => {
    const keys = ERROR_CODES.map(errorMessageKey);
    expect(new Set(keys).size).toBe(ERROR_CODES.length);
    for (const code of ERROR_CODES) {
      for (const locale of LOCALES) {
        const text = explainError(code, translator(locale), demoInfo);
        expect(text.length, `${locale}:${code}`).toBeGreaterThan(20);
        expect(text, `${locale}:${code} left a placeholder unfilled`).not.toMatch(/\{\w+\}/);
      }
      expect(explainError(code, translator('id'), demoInfo)).not.toBe(explainError(code, translator('en'), demoInfo));
    }
  });

  it('fills limits in from AppInfo, formatted as rupiah', () => {
    expect(explainError('AMOUNT_TOO_SMALL', translator('id'), demoInfo).replace(/\u00a0/g, ' ')).toBe('Nominal terlalu kecil. Minimal Rp 10.000.');
  });

  it('translate fills parameters and leaves unknown ones visible', () => {
    expect(translate('en', 'result.partialOf', { paid: 'A', total: 'B' })).toBe('A of B');
    expect(translate('en', 'result.partialOf', { paid: 'A' })).toBe('A of {total}');
  });
});

describe('English loads on first use', () => {
  it('falls back to Indonesian only until the English words are loaded', async () => {
    vi.resetModules();
    const fresh = await import('../../../renderer/i18n/translate.ts');
    expect(fresh.translate('en', 'result.partialOf', { paid: 'A', total: 'B' })).toBe(id['result.partialOf'].replace('{paid}', 'A').replace('{total}', 'B'));
    await fresh.loadDictionary('en');
    expect(fresh.translate('en', 'result.partialOf', { paid: 'A', total: 'B' })).toBe('A of B');
  });
});
