/** The one formatting module: every figure on screen goes through here (2 decimals). */
export type Locale = 'id' | 'en';

const formatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, locale: Locale, digits = 2): string {
  const key = `${locale}:${digits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, f);
  }
  return f.format(value);
}
