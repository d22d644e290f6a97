import { useMemo } from 'react';
import { selectLocale } from '../store/selectors.ts';
import { useKasir } from '../store/index.ts';
import type { Translate } from './translate.ts';
import { translator } from './translate.ts';

export function useT(): Translate {
  const locale = useKasir(selectLocale);
  return useMemo(() => translator(locale), [locale]);
}
