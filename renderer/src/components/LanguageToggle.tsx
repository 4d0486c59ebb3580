import { useT } from '../i18n';
import { useLocaleStore } from '../stores/localeStore';

/** A one-click language switch for the screens before unlocking. */
export function LanguageToggle() {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const setLocale = useLocaleStore((s) => s.setLocale);
  const other = locale === 'nl' ? 'en' : 'nl';
  return (
    <button
      type="button"
      className="btn btn-quiet"
      lang={other}
      aria-label={t('language.switchToLabel')}
      onClick={() => setLocale(other)}
    >
      {t('language.switchTo')}
    </button>
  );
}

/** The language choice in Settings: a labelled radio group. */
export function LanguageChoice() {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const setLocale = useLocaleStore((s) => s.setLocale);
  return (
    <fieldset className="choice-group">
      <legend className="visually-hidden">{t('language.label')}</legend>
      {(['nl', 'en'] as const).map((option) => (
        <label key={option} className="choice" lang={option}>
          <input
            type="radio"
            name="language"
            value={option}
            checked={locale === option}
            onChange={() => setLocale(option)}
          />
          {t(`language.${option}`)}
        </label>
      ))}
    </fieldset>
  );
}
