import { Navigate } from 'react-router';
import { useMe } from '../api/get-me';
import { usePeriods } from '../api/get-periods';
import { paths } from '../config/paths';
import { OverviewPage } from '../features/overview/components/overview-page';
import { RequirePeriods } from '../features/shell/components/require-periods';

/**
 * Where each role lands after signing in: what needs them. A chair on their area's
 * worksheet for the open year (what is missing, what the evaluator returned), the evaluator
 * on the review queue, the secretariat on the period board, leadership on the overview.
 */
export function RoleHome() {
  const me = useMe().data;
  const periods = usePeriods().data?.periods ?? [];
  const open =
    periods.findLast((p) => p.state === 'open') ?? periods.findLast((p) => p.state !== 'closed');
  if (me?.role === 'chair' && open && me.areas[0]) {
    return <Navigate to={paths.entry(open.year, me.areas[0])} replace />;
  }
  if (me?.role === 'evaluator' && open) return <Navigate to={paths.reviewQueue} replace />;
  if (me?.role === 'admin') return <Navigate to={paths.periods} replace />;
  return (
    <RequirePeriods>
      <OverviewPage />
    </RequirePeriods>
  );
}
