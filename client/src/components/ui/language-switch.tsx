import { useI18n } from '../../i18n/i18n';

export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <fieldset className="lang-switch">
      <legend className="sr-only">{t('shell.language')}</legend>
      {(['id', 'en'] as const).map((l) => (
        <button
          key={l}
          type="button"
          aria-pressed={locale === l}
          onClick={() => setLocale(l)}
          lang={l}
        >
          {l === 'id' ? 'ID' : 'EN'}
        </button>
      ))}
    </fieldset>
  );
}
