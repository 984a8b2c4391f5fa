import { Navigate } from 'react-router';
import { useMe } from '../api/get-me';
import { usePeriods } from '../api/get-periods';
import { paths } from '../config/paths';
import { OverviewPage } from '../features/overview/components/overview-page';
import { RequirePeriods } from '../features/shell/components/require-periods';
import { useCan } from '../hooks/use-can';

/**
 * Where each role lands after signing in: what needs them. A chair on their area's
 * worksheet for the open year (what is missing, what the evaluator returned), the evaluator
 * on the review queue, the secretariat on the period board, leadership on the overview.
 */
export function RoleHome() {
  const me = useMe().data;
  const can = useCan();
  const periods = usePeriods().data?.periods ?? [];
  const open =
    periods.findLast((p) => p.state === 'open') ?? periods.findLast((p) => p.state !== 'closed');
  const ownArea = me?.areas[0];
  if (open && ownArea && can('result.edit', { area: ownArea })) {
    return <Navigate to={paths.entry(open.year, ownArea)} replace />;
  }
  if (open && can('result.evaluate')) return <Navigate to={paths.reviewQueue} replace />;
  if (can('period.manage')) return <Navigate to={paths.periods} replace />;
  return (
    <RequirePeriods>
      <OverviewPage />
    </RequirePeriods>
  );
}
