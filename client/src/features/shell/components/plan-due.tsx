import { QUARTER_LABEL, quarterList } from '@rapor/shared/action-plan';
import type { AreaCode } from '@rapor/shared/areas';
import { keptPlans, planPath } from '@rapor/shared/plan-owners';
import { Link } from 'react-router';
import { useActionPlans } from '../../../api/action-plans';
import { useI18n } from '../../../i18n/i18n';
import { formatDate } from '../../../lib/format';

/**
 * Under the header, for a chair whose plan has a report to make: a quarter late, or the one
 * open now with its deadline. Nothing when all is reported or nothing is planned.
 */
export function PlanDue({ year, areas }: { year: number; areas: readonly AreaCode[] }) {
  const { t, locale, pick } = useI18n();
  const plans = useActionPlans(year).data;
  if (!plans) return null;
  // the group's own plan and those of the themes it leads
  const lines = keptPlans(plans)
    .filter((p) => areas.includes(p.area) && p.version > 0)
    .flatMap((p) => {
      const late = p.progress.lateQuarters;
      const open = p.progress.quarters.find((q) => q.state === 'open');
      const to = planPath(year, p);
      if (late.length > 0)
        return [
          {
            key: p.key,
            to,
            late: true,
            text: t('plan.due.late', { area: pick(p.label), quarters: quarterList(late) }),
          },
        ];
      if (open)
        return [
          {
            key: p.key,
            to,
            late: false,
            text: t('plan.due.open', {
              area: pick(p.label),
              quarter: QUARTER_LABEL[open.quarter],
              deadline: formatDate(open.deadline, locale),
            }),
          },
        ];
      return [];
    });
  if (lines.length === 0) return null;
  return (
    <div className="plan-due" data-testid="plan-due">
      {lines.map((l) => (
        <Link key={l.key} to={l.to} className={l.late ? 'late' : undefined}>
          {l.text}
        </Link>
      ))}
    </div>
  );
}
