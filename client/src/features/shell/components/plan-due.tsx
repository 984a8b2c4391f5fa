import { QUARTER_LABEL, quarterList } from '@rapor/shared/action-plan';
import type { AreaCode } from '@rapor/shared/areas';
import { Link } from 'react-router';
import { useActionPlans } from '../../../api/action-plans';
import { paths } from '../../../config/paths';
import { useI18n } from '../../../i18n/i18n';
import { formatDate } from '../../../lib/format';

/**
 * Under the header, for a chair whose plan has a report to make: a quarter late, or the one
 * open now with its deadline. Nothing when all is reported or nothing is planned.
 */
export function PlanDue({ year, areas }: { year: number; areas: readonly AreaCode[] }) {
  const { t, locale } = useI18n();
  const plans = useActionPlans(year).data;
  if (!plans) return null;
  const lines = plans.areas
    .filter((a) => areas.includes(a.area) && a.version > 0)
    .flatMap((a) => {
      const late = a.progress.lateQuarters;
      const open = a.progress.quarters.find((q) => q.state === 'open');
      if (late.length > 0)
        return [
          {
            area: a.area,
            late: true,
            text: t('plan.due.late', { area: a.area, quarters: quarterList(late) }),
          },
        ];
      if (open)
        return [
          {
            area: a.area,
            late: false,
            text: t('plan.due.open', {
              area: a.area,
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
        <Link key={l.area} to={paths.plan(year, l.area)} className={l.late ? 'late' : undefined}>
          {l.text}
        </Link>
      ))}
    </div>
  );
}
