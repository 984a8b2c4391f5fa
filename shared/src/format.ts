/**
 * Numbers as readers see them, in one place: the web pages, the deck, the PowerPoint, the
 * workbook's text and the presenter notes all write a figure through here.
 */
export type Locale = 'id' | 'en';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, digits: number, signed: boolean): Intl.NumberFormat {
  const key = `${locale}:${digits}:${signed}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      ...(signed && { signDisplay: 'exceptZero' as const }),
    });
    formatters.set(key, f);
  }
  return f;
}

export function formatNumber(value: number, locale: Locale, digits = 2): string {
  return formatter(locale, digits, false).format(value);
}

/** A change with its sign, and a true minus sign: +0,78 / −1,20 / 0,00. */
export function formatDelta(value: number, locale: Locale, digits = 2): string {
  return formatter(locale, digits, true).format(value).replace('-', '−');
}

const plainFormatters = new Map<Locale, Intl.NumberFormat>();

/** A number as a person writes it: as many decimals as it has, at most 2 (3,2 level; 72,5). */
export function formatPlainNumber(value: number, locale: Locale): string {
  let f = plainFormatters.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2 });
    plainFormatters.set(locale, f);
  }
  return f.format(value);
}

export function formatPercent(value: number, locale: Locale, digits = 2): string {
  return `${formatNumber(value, locale, digits)}%`;
}

/** One date formatter per locale and style, made on first use (they are costly to build). */
function dateFormatter(
  cache: Map<Locale, Intl.DateTimeFormat>,
  locale: Locale,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  let f = cache.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', options);
    cache.set(locale, f);
  }
  return f;
}

const dates = new Map<Locale, Intl.DateTimeFormat>();
const instants = new Map<Locale, Intl.DateTimeFormat>();

/** YYYY-MM-DD → "30 Jun 2025" (id) / "30 Jun 2025" (en). */
export function formatDate(iso: string, locale: Locale): string {
  return dateFormatter(dates, locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}

const longDates = new Map<Locale, Intl.DateTimeFormat>();

/** YYYY-MM-DD → "30 Juni 2025" (id) / "30 June 2025" (en): as a letter is dated. */
export function formatLongDate(iso: string, locale: Locale): string {
  return dateFormatter(longDates, locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}

/** An instant → "6 Des 2026, 11.00" (id) / "6 Dec 2026, 11:00" (en), in the viewer's time. */
export function formatDateTime(iso: string, locale: Locale): string {
  return dateFormatter(instants, locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}
