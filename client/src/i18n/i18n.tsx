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
import { id, type MessageKey } from './id';

type Catalogue = Record<MessageKey, string>;
/**
 * Indonesian comes with the page; English is fetched the first time someone reads in it
 * (most never switch), and until it arrives the words stay Indonesian.
 */
const MESSAGES: Partial<Record<Locale, Catalogue>> = { id };
function loadCatalogue(locale: Locale): Promise<unknown> {
  if (MESSAGES[locale]) return Promise.resolve();
  return import('./en').then((m) => {
    MESSAGES.en = m.en;
  });
}
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
  const [loaded, setLoaded] = useState(() => MESSAGES[locale] !== undefined);
  useEffect(() => {
    document.documentElement.lang = locale;
    if (MESSAGES[locale]) return;
    setLoaded(false);
    loadCatalogue(locale).then(() => setLoaded(true));
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
      t: (key, values) =>
        interpolate((loaded ? MESSAGES[locale] : undefined)?.[key] ?? id[key] ?? key, values),
      pick: (text) => text[locale],
    }),
    [locale, setLocale, loaded],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
