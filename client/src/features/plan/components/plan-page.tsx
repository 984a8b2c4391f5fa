import { type AreaCode, areaName, isAreaCode } from '@rapor/shared/areas';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useActionPlans } from '../../../api/action-plans';
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
 * /plan/:year/:code — a working group's action plan, and /plan/:year/tema/:theme an RB
 * Tematik theme's, kept by the group leading it: the chair draws it up and reports each
 * quarter while the year is open; everyone signed in reads it and how far it has come.
 */
export function PlanPage() {
  const { year: yearText = '', code = '', theme } = useParams();
  const { t, pick, locale } = useI18n();
  const can = useCan();
  const year = Number(yearText);
  const owner = theme === undefined ? code : `T.${theme}`;
  const valid =
    Number.isInteger(year) && (theme === undefined ? isAreaCode(code) : /^[A-Z]{2,5}$/.test(theme));
  const plan = useActionPlan(valid ? year : undefined, owner);
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
  const context = { area: p.area as AreaCode, periodState: p.periodState };
  const mayEdit = can('plan.edit', context);
  const mayReport = can('plan.report', context) && p.activities.length > 0;
  return (
    <div className="page plan-page">
      <h1>
        {p.theme
          ? t('plan.themeTitle', { theme: pick(p.theme.name), year: p.year })
          : t('plan.title', { area: pick(areaName(p.area)), year: p.year })}
      </h1>
      <p className="lead">
        {p.theme && <>{t('plan.themeLed', { area: pick(areaName(p.area)) })} </>}
        {t(mayEdit ? (p.theme ? 'plan.leadChairTheme' : 'plan.leadChair') : 'plan.leadRead')}{' '}
        {p.theme ? (
          <Link to={paths.plan(p.year, p.area)}>{t('plan.toGroupPlan', { area: p.area })}</Link>
        ) : (
          <>
            <Link to={`${paths.area(p.area)}?year=${p.year}`}>{t('entry.toAreaPage')}</Link>
            {' · '}
            <Link to={paths.planGrading(p.year)}>{t('plan.toGrading')}</Link>
          </>
        )}
      </p>
      {!p.theme && <ThemesLed year={p.year} area={p.area} />}
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
            <p className="state empty">
              {t(mayEdit ? (p.theme ? 'plan.emptyChairTheme' : 'plan.emptyChair') : 'plan.empty')}
            </p>
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

/** The RB Tematik themes this group leads, each a plan of its own. */
function ThemesLed({ year, area }: { year: number; area: string }) {
  const { t, pick } = useI18n();
  const themes = (useActionPlans(year).data?.themes ?? []).filter((x) => x.theme.area === area);
  if (themes.length === 0) return null;
  return (
    <p className="themes-led">
      {t('plan.themesLed')}{' '}
      {themes.map((x, i) => (
        <span key={x.theme.code}>
          {i > 0 && ' · '}
          <Link to={paths.themePlan(year, x.theme.code)}>{pick(x.theme.name)}</Link>{' '}
          <span className="muted">
            (
            {x.actions > 0
              ? t('plan.overview.actions', { count: x.actions })
              : t('plan.standing.empty').toLowerCase()}
            )
          </span>
        </span>
      ))}
    </p>
  );
}
