import { areaName } from '@rapor/shared/areas';
import type { SummaryYear } from '@rapor/shared/schemas';
import { percentOf } from '@rapor/shared/summary';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { useI18n } from '../../../i18n/i18n';
import { formatNumber, formatPercent } from '../../../lib/format';

/** Index = Pengungkit (the eight areas) + Hasil: every figure of the year traced to its parts. */
export function ComponentsTable({ year, search }: { year: SummaryYear; search: string }) {
  const { t, locale, pick } = useI18n();
  const hasil = year.components.find((c) => c.code === 'HASIL');
  const pengungkit = year.components.find((c) => c.code === 'PENGUNGKIT');
  return (
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
              <span className={`status status-${a.status}`}>{t(`status.${a.status}`)}</span>
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        {pengungkit && (
          <tr>
            <th scope="row">{t('component.PENGUNGKIT')}</th>
            <td className="num">{formatNumber(pengungkit.points, locale)}</td>
            <td className="num">{formatNumber(pengungkit.max, locale)}</td>
            <td className="num">
              {formatPercent(percentOf(pengungkit.points, pengungkit.max), locale)}
            </td>
            <td colSpan={2} />
          </tr>
        )}
        {hasil && (
          <tr>
            <th scope="row">{t('component.HASIL')}</th>
            <td className="num">{formatNumber(hasil.points, locale)}</td>
            <td className="num">{formatNumber(hasil.max, locale)}</td>
            <td className="num">{formatPercent(percentOf(hasil.points, hasil.max), locale)}</td>
            <td colSpan={2} />
          </tr>
        )}
        <tr className="total">
          <th scope="row">{t('overview.index', { year: year.year })}</th>
          <td className="num">{formatNumber(year.index, locale)}</td>
          <td className="num">{formatNumber(100, locale)}</td>
          <td colSpan={3}>
            <strong>{year.predicate}</strong>
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
