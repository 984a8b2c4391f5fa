import { QUARTER_LABEL } from '@rapor/shared/action-plan';
import type { AreaCode } from '@rapor/shared/areas';
import { type KeptPlan, keptPlans, planPath } from '@rapor/shared/plan-owners';
import { Link } from 'react-router';
import { useActionPlans } from '../../../api/action-plans';
import { useI18n } from '../../../i18n/i18n';
import { formatDate } from '../../../lib/format';

/**
 * On the chair's home (their worksheet): the action-plan reports of the group's own plan and of
 * the RB Tematik themes it leads — each quarter late or open with its deadline, or that the
 * group's plan is not drawn up yet — with the way there.
 */
export function PlanReportsDue({ year, area }: { year: number; area: AreaCode }) {
  const { t, pick } = useI18n();
  const plans = useActionPlans(year).data;
  if (!plans || plans.periodState === 'closed') return null;
  const shown = keptPlans(plans)
    .filter((p) => p.area === area)
    .map((p) => ({
      plan: p,
      pending: p.progress.quarters.filter((q) => q.state === 'late' || q.state === 'open'),
    }))
    .filter(({ plan, pending }) => (plan.version === 0 ? plan.theme === null : pending.length > 0));
  if (shown.length === 0) return null;
  return (
    <section className="card plan-reports-due" aria-labelledby="plan-reports-due-title">
      <h2 id="plan-reports-due-title">{t('entry.planDue.title', { year })}</h2>
      {shown.map(({ plan, pending }) => (
        <div key={plan.key} data-plan={plan.key}>
          {plan.theme && <h3>{t('entry.planDue.theme', { theme: pick(plan.theme.name) })}</h3>}
          {plan.version === 0 ? (
            <p>{t('entry.planDue.empty')}</p>
          ) : (
            <QuarterLines pending={pending} />
          )}
          <Link to={planPath(year, plan)}>{t('entry.planDue.open')}</Link>
        </div>
      ))}
    </section>
  );
}

function QuarterLines({ pending }: { pending: KeptPlan['progress']['quarters'] }) {
  const { t, locale } = useI18n();
  return (
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
  );
}
