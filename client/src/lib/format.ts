/** The one formatting module of the client: numbers and dates come from the shared one. */
import { formatPlainNumber, type Locale } from '@rapor/shared/format';

export {
  formatDate,
  formatDateTime,
  formatDelta,
  formatNumber,
  formatPercent,
  formatPlainNumber,
  type Locale,
} from '@rapor/shared/format';

/**
 * A stored field value in words, for before/after lists: Ya/Tidak, a list's labels, a number
 * as the reader writes it (72,5 in Indonesian: as many decimals as it has, at most 2), or —.
 */
export function plainValue(v: unknown, locale: Locale): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return v ? 'Ya' : 'Tidak';
  if (typeof v === 'number') return formatPlainNumber(v, locale);
  if (Array.isArray(v))
    return v.map((e) => (e as { label?: string }).label ?? '').join(', ') || '—';
  return String(v);
}
