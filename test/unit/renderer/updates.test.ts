import { describe, expect, it } from 'vitest';
import type { UpdateState } from '../../../shared/ipc/updates.ts';
import { enUpdates } from '../../../renderer/i18n/en-updates.ts';
import { idUpdates } from '../../../renderer/i18n/id-updates.ts';
import { updatesTranslator } from '../../../renderer/updates/updates-t.ts';
import { refusalText, statusText } from '../../../renderer/updates/updates-words.ts';

describe('updates words', () => {
  // Every member of the union, checked by the compiler: a new state fails to compile here until it is listed.
  const states = { off: true, unavailable: true, notChecked: true, upToDate: true, ready: true, failed: true, installing: true } satisfies Record<UpdateState, true>;

  it('says every state in both languages, each its own sentence, naming the version where there is one', () => {
    for (const locale of ['id', 'en'] as const) {
      const t = updatesTranslator(locale);
      const said = Object.keys(states).map((state) => statusText({ state: state as UpdateState, version: '1.5.0' }, t));
      expect(new Set(said).size, locale).toBe(said.length);
      for (const text of said) expect(text).not.toMatch(/\{\w+\}/);
    }
    expect(statusText({ state: 'ready', version: '1.5.0' }, updatesTranslator('id'))).toContain('Versi 1.5.0');
    expect(statusText({ state: 'installing', version: '1.5.0' }, updatesTranslator('en'))).toBe('Installing version 1.5.0. Kasir closes and opens again in a moment.');
    expect(statusText({ state: 'off', version: undefined }, updatesTranslator('en'))).toContain('Settings → Installed till');
  });

  it('says a payment on the counter as what to do; any other refusal in the app\'s error words', () => {
    const t = updatesTranslator('id');
    expect(refusalText('PAYMENT_IN_PROGRESS', t, () => 'unused')).toBe('Ada pembayaran yang berjalan di kasir: selesaikan atau batalkan dulu, lalu coba lagi.');
    expect(refusalText('INTERNAL', updatesTranslator('en'), (code) => `explained ${code}`)).toBe('That did not work. explained INTERNAL');
  });

  it('has English for every Indonesian string, placeholders alike', () => {
    for (const key of Object.keys(idUpdates) as (keyof typeof idUpdates)[]) {
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
      expect(enUpdates[key], key).toMatch(/\S/);
      expect(names(enUpdates[key]), key).toEqual(names(idUpdates[key]));
    }
  });
});
