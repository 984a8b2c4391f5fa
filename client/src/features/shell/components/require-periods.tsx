import { Link } from 'react-router';
import { usePeriods } from '../../../api/get-periods';
import { QueryState } from '../../../components/ui/query-state';
import { paths } from '../../../config/paths';
import { useCan } from '../../../hooks/use-can';
import { useI18n } from '../../../i18n/i18n';

/**
 * Pages about a year need a year. On an empty database the secretariat is guided to open the
 * first period; everyone else is told it has not been opened yet — never an endless "loading".
 */
export function RequirePeriods({ children }: { children: React.ReactNode }) {
  const { t } = useI18n();
  const periods = usePeriods();
  const can = useCan();
  if (!periods.data) {
    return (
      <div className="page">
        <QueryState query={periods} />
      </div>
    );
  }
  if (periods.data.periods.length > 0) return <>{children}</>;
  return (
    <div className="page">
      <section className="card start" aria-labelledby="start-title">
        <h1 id="start-title">{t('start.title')}</h1>
        {can('period.manage') ? (
          <>
            <p>{t('start.admin')}</p>
            <Link className="button primary" to={paths.periods}>
              {t('start.openFirst')}
            </Link>
          </>
        ) : (
          <p>{t('start.others')}</p>
        )}
      </section>
    </div>
  );
}
