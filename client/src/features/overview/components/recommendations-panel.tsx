import { areaName } from '@rapor/shared/areas';
import type { Overview } from '@rapor/shared/dashboard-schemas';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { useI18n } from '../../../i18n/i18n';

export function RecommendationsPanel({ overview, search }: { overview: Overview; search: string }) {
  const { t, pick } = useI18n();
  const { byArea, open, overdue } = overview.recommendations;
  return (
    <div>
      <p className="muted">{t('overview.recommendationsDesc', { open, overdue })}</p>
      <div className="table-wrap">
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('overview.rec.area')}</th>
              <th scope="col" className="num">
                {t('overview.rec.open')}
              </th>
              <th scope="col" className="num">
                {t('overview.rec.inProgress')}
              </th>
              <th scope="col" className="num">
                {t('overview.rec.overdue')}
              </th>
            </tr>
          </thead>
          <tbody>
            {byArea.map((r) => (
              <tr key={r.area}>
                <th scope="row">
                  <Link to={`${paths.area(r.area)}${search}#rekomendasi`}>
                    {pick(areaName(r.area, overview.framework))}
                  </Link>
                </th>
                <td className="num">{r.open}</td>
                <td className="num">{r.inProgress}</td>
                <td className={`num${r.overdue > 0 ? ' warn' : ''}`}>{r.overdue}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
