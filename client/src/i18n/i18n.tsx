import type { LocalizedText } from '@rapor/shared/areas';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import type { Locale } from '../lib/format';
import { en } from './en';
import { id, type MessageKey } from './id';

const MESSAGES: Record<Locale, Record<MessageKey, string>> = { id, en };
const STORAGE_KEY = 'rapor.locale';

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
  /** picks the id or en text of domain data */
  pick: (text: LocalizedText) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function interpolate(
  template: string,
  values: Record<string, string | number> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

function initialLocale(): Locale {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'id';
}

export function I18nProvider({
  children,
  locale: fixed,
}: {
  children: ReactNode;
  locale?: Locale;
}) {
  const [locale, setLocaleState] = useState<Locale>(fixed ?? initialLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    localStorage.setItem(STORAGE_KEY, next);
  }, []);
  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      // Keys are typed, but some are built from data (an action, a status): an unknown one
      // shows as itself rather than breaking the page.
      t: (key, values) => interpolate(MESSAGES[locale][key] ?? key, values),
      pick: (text) => text[locale],
    }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
