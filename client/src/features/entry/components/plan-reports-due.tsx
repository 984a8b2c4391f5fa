import { QUARTER_LABEL } from '@rapor/shared/action-plan';
import type { AreaCode } from '@rapor/shared/areas';
import { Link } from 'react-router';
import { useActionPlans } from '../../../api/action-plans';
import { paths } from '../../../config/paths';
import { useI18n } from '../../../i18n/i18n';
import { formatDate } from '../../../lib/format';

/**
 * On the chair's home (their worksheet): the group's action-plan reports, each quarter that is
 * late or open with its deadline, or that the plan is not drawn up yet — with the way there.
 */
export function PlanReportsDue({ year, area }: { year: number; area: AreaCode }) {
  const { t, locale } = useI18n();
  const plans = useActionPlans(year).data;
  const plan = plans?.areas.find((a) => a.area === area);
  if (!plans || !plan || plans.periodState === 'closed') return null;
  const pending = plan.progress.quarters.filter((q) => q.state === 'late' || q.state === 'open');
  if (plan.version > 0 && pending.length === 0) return null;
  return (
    <section className="card plan-reports-due" aria-labelledby="plan-reports-due-title">
      <h2 id="plan-reports-due-title">{t('entry.planDue.title', { year })}</h2>
      {plan.version === 0 ? (
        <p>{t('entry.planDue.empty')}</p>
      ) : (
        <ul className="plain">
          {pending.map((q) => (
            <li key={q.quarter} data-state={q.state}>
              <span className={`quarter-state quarter-${q.state}`}>
                {t(`plan.quarterState.${q.state}`)}
              </span>{' '}
              {t('entry.planDue.quarter', {
                quarter: QUARTER_LABEL[q.quarter],
                deadline: formatDate(q.deadline, locale),
                reported: q.reported,
                of: q.of,
              })}
            </li>
          ))}
        </ul>
      )}
      <Link to={paths.plan(year, area)}>{t('entry.planDue.open')}</Link>
    </section>
  );
}
