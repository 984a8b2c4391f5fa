import type { MessageKey } from '../i18n/id';
import { ApiError } from './api-client';
import type { Locale } from './format';

/**
 * An error as the reader reads it. In Indonesian the server's own sentence (it names the
 * area, the year, the field); in English the message for its code, as the server writes
 * Indonesian only. Anything that is not an API error says what it says.
 */
export function errorText(error: unknown, locale: Locale, t: (key: MessageKey) => string): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  if (locale === 'id' && error.message) return error.message;
  return t(`error.${error.code}` as MessageKey);
}
