import { type AreaCode, areaName, isAreaCode } from '@rapor/shared/areas';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../../components/ui/query-state';
import { paths } from '../../../config/paths';
import { useCan } from '../../../hooks/use-can';
import { useI18n } from '../../../i18n/i18n';
import { formatDateTime } from '../../../lib/format';
import { useActionPlan } from '../api/action-plan';
import { PlanEditor } from './plan-editor';
import { PlanFileCard } from './plan-file';
import { PlanProgressCard } from './plan-progress';
import { PlanView } from './plan-view';
import { QuarterReport } from './quarter-report';

/**
 * /plan/:year/:code — a working group's action plan: the chair draws it up and reports each
 * quarter while the year is open; everyone signed in reads it and how far it has come.
 */
export function PlanPage() {
  const { year: yearText = '', code = '' } = useParams();
  const { t, pick, locale } = useI18n();
  const can = useCan();
  const year = Number(yearText);
  const valid = isAreaCode(code) && Number.isInteger(year);
  const plan = useActionPlan(valid ? year : undefined, code);
  const [editing, setEditing] = useState(false);
  if (!valid) {
    return (
      <div className="page">
        <p className="state empty">{t('state.notFound')}</p>
      </div>
    );
  }
  if (!plan.data) {
    return (
      <div className="page">
        <QueryState query={plan} />
      </div>
    );
  }
  const p = plan.data;
  const context = { area: code as AreaCode, periodState: p.periodState };
  const mayEdit = can('plan.edit', context);
  const mayReport = can('plan.report', context) && p.activities.length > 0;
  return (
    <div className="page plan-page">
      <h1>{t('plan.title', { area: pick(areaName(p.area)), year: p.year })}</h1>
      <p className="lead">
        {t(mayEdit ? 'plan.leadChair' : 'plan.leadRead')}{' '}
        <Link to={`${paths.area(p.area)}?year=${p.year}`}>{t('entry.toAreaPage')}</Link>
        {' · '}
        <Link to={paths.planGrading(p.year)}>{t('plan.toGrading')}</Link>
      </p>
      {p.updatedAt && (
        <p className="muted">
          {t('plan.updated', {
            when: formatDateTime(p.updatedAt, locale),
            who: p.updatedBy ?? t('history.system'),
          })}
        </p>
      )}
      <PlanProgressCard plan={p} />
      {editing ? (
        <PlanEditor plan={p} onDone={() => setEditing(false)} />
      ) : (
        <>
          {p.activities.length === 0 && (
            <p className="state empty">{t(mayEdit ? 'plan.emptyChair' : 'plan.empty')}</p>
          )}
          {mayEdit && (
            <div className="actions">
              <button type="button" className="primary" onClick={() => setEditing(true)}>
                {p.activities.length === 0 ? t('plan.start') : t('plan.change')}
              </button>
            </div>
          )}
          {mayReport && <QuarterReport plan={p} />}
          <PlanView plan={p} />
          <PlanFileCard plan={p} canImport={mayEdit} />
        </>
      )}
    </div>
  );
}
