import { areaName } from '@rapor/shared/areas';
import type { SummaryYear } from '@rapor/shared/schemas';
import { percentOf } from '@rapor/shared/summary';
import { Fragment } from 'react';
import { Link } from 'react-router';
import { ResultStatusTag } from '../../../components/ui/result-status';
import { paths } from '../../../config/paths';
import { useI18n } from '../../../i18n/i18n';
import { formatDelta, formatNumber, formatPercent } from '../../../lib/format';

/**
 * Every figure of the year traced to its parts: the eight areas, then the components that
 * make up the index (Pengungkit + Hasil until 2022; A, B, C, the coefficient and Tematik from
 * 2023, where areas are tags that do not add up to a component).
 */
export function ComponentsTable({ year, search }: { year: SummaryYear; search: string }) {
  const { t, locale, pick } = useI18n();
  return (
    <div className="table-wrap">
      <table className="data" id="komponen">
        <caption>{t('overview.components', { year: year.year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('overview.rec.area')}</th>
            <th scope="col" className="num">
              {t('unit.points')}
            </th>
            <th scope="col" className="num">
              {t('overview.max')}
            </th>
            <th scope="col" className="num">
              {t('unit.percentOfMax')}
            </th>
            <th scope="col" className="num">
              {t('overview.target')}
            </th>
            <th scope="col">{t('area.status')}</th>
          </tr>
        </thead>
        <tbody>
          {year.areas.map((a) => (
            <tr key={a.code}>
              <th scope="row">
                <Link to={`${paths.area(a.code)}${search}`}>
                  <span className="code">{a.code}</span> {pick(areaName(a.code, year.framework))}
                </Link>
              </th>
              <td className="num">{formatNumber(a.points, locale)}</td>
              <td className="num">{formatNumber(a.max, locale)}</td>
              <td className="num">{formatPercent(a.percent, locale)}</td>
              <td className="num">{a.target === null ? '—' : formatNumber(a.target, locale)}</td>
              <td>
                <ResultStatusTag status={a.status} closedUnverified={a.closedUnverified} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          {year.areasMakeUp === null && (
            <tr className="note">
              <td colSpan={6} className="muted">
                {t('overview.areasAreTags')}
              </td>
            </tr>
          )}
          {year.general && year.general.notApplicable > 0 && (
            <tr className="note">
              <td colSpan={6} className="muted" data-testid="rescaled-note">
                {t('overview.rescaled', {
                  n: year.general.notApplicable,
                  weight: formatNumber(year.general.applicableWeight, locale),
                  max: formatNumber(year.general.max, locale, 0),
                })}
              </td>
            </tr>
          )}
          {year.components.map((c) => (
            <Fragment key={c.code}>
              <tr>
                <th scope="row">
                  <span className="code">{c.code}</span> {pick(c.name)}
                </th>
                <td className="num">
                  {c.adjustment ? formatDelta(c.points, locale) : formatNumber(c.points, locale)}
                </td>
                <td className="num">
                  {c.adjustment ? formatDelta(c.max, locale) : formatNumber(c.max, locale)}
                </td>
                <td className="num">
                  {c.adjustment ? '—' : formatPercent(percentOf(c.points, c.max), locale)}
                </td>
                <td colSpan={2} />
              </tr>
              {/* RB General right under its last part, before Tematik */}
              {year.general && c.code === year.general.components.at(-1) && (
                <tr className="subtotal">
                  <th scope="row">RB General</th>
                  <td className="num">{formatNumber(year.general.points, locale)}</td>
                  <td className="num">{formatNumber(year.general.max, locale)}</td>
                  <td className="num">
                    {formatPercent(percentOf(year.general.points, year.general.max), locale)}
                  </td>
                  <td colSpan={2} />
                </tr>
              )}
            </Fragment>
          ))}
          <tr className="total">
            <th scope="row">{t('overview.index', { year: year.year })}</th>
            <td className="num">{formatNumber(year.index, locale)}</td>
            <td className="num">{formatNumber(year.maxScore, locale)}</td>
            <td className="num">{formatPercent(percentOf(year.index, year.maxScore), locale)}</td>
            <td colSpan={2}>
              <strong>{year.shownPredicate ?? '—'}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
