import type { Locale } from '@rapor/shared/format';

/**
 * The year's workbook in the reader's language, live or as frozen with a snapshot. Indonesian
 * is the server's default, so its address stays the plain one.
 */
export function workbookHref(year: number, locale: Locale, snapshot?: number): string {
  const query = new URLSearchParams();
  if (snapshot !== undefined) query.set('snapshot', String(snapshot));
  if (locale !== 'id') query.set('lang', locale);
  const search = query.toString();
  return `/api/v1/periods/${year}/export.xlsx${search ? `?${search}` : ''}`;
}

/** The year's sourced figures as one sheet to fill offline, in the reader's language. */
export function figuresWorkbookHref(year: number, locale: Locale): string {
  return `/api/v1/periods/${year}/hasil/export.xlsx${locale !== 'id' ? `?lang=${locale}` : ''}`;
}

/** Action plans as a workbook: every group's of the year, or one group's. */
export function plansWorkbookHref(year: number, locale: Locale, owner?: string): string {
  // owner: a group's code, or "T.<theme>" for a theme's plan
  const path = !owner
    ? `/api/v1/periods/${year}/action-plans.xlsx`
    : owner.startsWith('T.')
      ? `/api/v1/periods/${year}/themes/${owner.slice(2)}/action-plan.xlsx`
      : `/api/v1/periods/${year}/areas/${owner}/action-plan.xlsx`;
  return `${path}${locale !== 'id' ? `?lang=${locale}` : ''}`;
}
