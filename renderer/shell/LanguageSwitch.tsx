import { useT } from '../i18n/useT.ts';
import type { Locale, MessageKey } from '../i18n/translate.ts';
import { LOCALES } from '../i18n/translate.ts';
import { useKasir } from '../store/index.ts';
import { selectLocale } from '../store/selectors.ts';

const LABELS: Readonly<Record<Locale, { short: MessageKey; name: MessageKey }>> = {
  id: { short: 'language.id', name: 'language.idName' },
  en: { short: 'language.en', name: 'language.enName' },
};

export function LanguageSwitch() {
  const t = useT();
  const locale = useKasir(selectLocale);
  const setLocale = useKasir((state) => state.setLocale);
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="language-switch__option"
          aria-pressed={option === locale}
          aria-label={t(LABELS[option].name)}
          data-testid={`language-${option}`}
          onClick={() => setLocale(option)}
        >
          {t(LABELS[option].short)}
        </button>
      ))}
    </div>
  );
}
