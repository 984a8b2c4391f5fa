/** The one formatting module: every figure on screen goes through here (2 decimals). */
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

export function formatPercent(value: number, locale: Locale, digits = 2): string {
  return `${formatNumber(value, locale, digits)}%`;
}

const dateFormatters = new Map<Locale, Intl.DateTimeFormat>();

/** YYYY-MM-DD → "30 Jun 2025" (id) / "30 Jun 2025" (en). */
export function formatDate(iso: string, locale: Locale): string {
  let f = dateFormatters.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormatters.set(locale, f);
  }
  return f.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}

const dateTimeFormatters = new Map<Locale, Intl.DateTimeFormat>();

/** An instant → "6 Des 2026, 11.00" (id) / "6 Dec 2026, 11:00" (en), in the viewer's time. */
export function formatDateTime(iso: string, locale: Locale): string {
  let f = dateTimeFormatters.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    dateTimeFormatters.set(locale, f);
  }
  return f.format(new Date(iso));
}

/** A stored field value in words, for before/after lists: Ya/Tidak, a list's labels, or —. */
export function plainValue(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return v ? 'Ya' : 'Tidak';
  if (Array.isArray(v))
    return v.map((e) => (e as { label?: string }).label ?? '').join(', ') || '—';
  return String(v);
}
