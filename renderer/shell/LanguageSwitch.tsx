import { useT } from '../i18n/useT.ts';
import type { Locale, MessageKey } from '../i18n/translate.ts';
import { LOCALES } from '../i18n/translate.ts';
import { useKasir } from '../store/index.ts';
import { selectLocale } from '../store/selectors.ts';
import { chooseLocale } from './locale-actions.ts';

const LABELS: Readonly<Record<Locale, { short: MessageKey; name: MessageKey }>> = {
  id: { short: 'language.id', name: 'language.idName' },
  en: { short: 'language.en', name: 'language.enName' },
};

export function LanguageSwitch() {
  const t = useT();
  const locale = useKasir(selectLocale);
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
          // A tap must not leave focus here: the next Enter on the keypad would switch the language again
          // instead of charging, and on a result screen it would take Enter from the focused action.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => void chooseLocale(option)}
        >
          {t(LABELS[option].short)}
        </button>
      ))}
    </div>
  );
}
