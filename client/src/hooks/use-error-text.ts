import { useI18n } from '../i18n/i18n';
import { errorText } from '../lib/error-text';

/** An error in the reader's language (see lib/error-text). */
export function useErrorText(): (error: unknown) => string {
  const { locale, t } = useI18n();
  return (error) => errorText(error, locale, t);
}
