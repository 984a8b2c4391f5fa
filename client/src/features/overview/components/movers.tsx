import { areaName } from '@rapor/shared/areas';
import type { Overview } from '@rapor/shared/dashboard-schemas';
import { Link } from 'react-router';
import { useFrameworkLabel } from '../../../api/get-frameworks';
import { paths } from '../../../config/paths';
import { useI18n } from '../../../i18n/i18n';
import { formatDelta, formatPercent } from '../../../lib/format';

export function Movers({ overview, search }: { overview: Overview; search: string }) {
  const { t, locale, pick } = useI18n();
  const frameworkLabel = useFrameworkLabel();
  const list = (items: Overview['gains'], empty: string, kind: 'up' | 'down') =>
    items.length === 0 ? (
      <p className="muted">{empty}</p>
    ) : (
      <ol className={`movers ${kind}`}>
        {items.map((a) => (
          <li key={a.code}>
            <Link to={`${paths.area(a.code)}${search}`}>
              {pick(areaName(a.code, overview.framework))}
            </Link>
            <span className="delta">
              <span aria-hidden="true">{kind === 'up' ? '▲' : '▼'}</span>{' '}
              {t('overview.percentPoints', { value: formatDelta(a.delta ?? 0, locale) })}
            </span>
            <span className="muted">
              {formatPercent(a.previousPercent ?? 0, locale)} → {formatPercent(a.percent, locale)}
            </span>
          </li>
        ))}
      </ol>
    );
  if (!overview.previousYear) return <p className="muted">{t('overview.noPrevious')}</p>;
  // a method change is compared in percent of maximum; another version of one method in points
  const frameworkNote = overview.methodChanged
    ? 'overview.methodChangedNote'
    : overview.versionChanged
      ? 'overview.versionChangedNote'
      : null;
  return (
    <div>
      {frameworkNote && overview.previousFramework && (
        <p className="note" role="note">
          {t(frameworkNote, {
            from: frameworkLabel(overview.previousFramework),
            to: frameworkLabel(overview.framework),
          })}
        </p>
      )}
      <div className="two-col">
        <div>
          <h3>{t('overview.gains')}</h3>
          {list(overview.gains, t('overview.noGains'), 'up')}
        </div>
        <div>
          <h3>{t('overview.losses')}</h3>
          {list(overview.losses, t('overview.noLosses'), 'down')}
        </div>
      </div>
    </div>
  );
}
