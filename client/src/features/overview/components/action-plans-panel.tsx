import { quarterList } from '@rapor/shared/action-plan';
import type { ActionPlansOverview } from '@rapor/shared/action-plan-schemas';
import { areaName } from '@rapor/shared/areas';
import { Link } from 'react-router';
import { useActionPlans } from '../../../api/action-plans';
import { paths } from '../../../config/paths';
import { useI18n } from '../../../i18n/i18n';
import { plansWorkbookHref } from '../../../lib/downloads';
import { formatNumber } from '../../../lib/format';

/**
 * The year's action plans on the overview, loaded apart from the page (below the charts):
 * shown for a year not closed, or a closed one whose groups had plans.
 */
export function ActionPlansCard({ year, framework }: { year: number; framework: string }) {
  const { t } = useI18n();
  const plans = useActionPlans(year).data;
  if (!plans || (plans.periodState === 'closed' && plans.areas.every((a) => a.version === 0)))
    return null;
  return (
    <section className="card" aria-labelledby="overview-plans">
      <h2 id="overview-plans">{t('plan.overview.title', { year: plans.year })}</h2>
      <ActionPlansPanel plans={plans} framework={framework} />
    </section>
  );
}

/**
 * The year between forums on the overview: each working group's action plan — on track,
 * behind or late, how far carried out, the budget realised — and the ministry's together.
 */
function ActionPlansPanel({ plans, framework }: { plans: ActionPlansOverview; framework: string }) {
  const { t, locale, pick } = useI18n();
  const m = plans.ministry;
  return (
    <>
      <p>
        {m.implementation === null
          ? t('plan.overview.nothingDue')
          : t('plan.overview.ministry', { value: formatNumber(m.implementation, locale) })}{' '}
        {m.lateQuarters.length > 0 && (
          <span className="quarter-state quarter-late">
            {t('plan.overview.late', { quarters: quarterList(m.lateQuarters) })}
          </span>
        )}
      </p>
      <p>
        <a href={plansWorkbookHref(plans.year, locale)} download>
          {t('plan.overview.download', { year: plans.year })}
        </a>
        {' · '}
        <Link to={paths.planGrading(plans.year)}>{t('plan.toGrading')}</Link>
      </p>
      <div className="table-wrap">
        <table className="data action-plans">
          <caption className="sr-only">{t('plan.overview.title', { year: plans.year })}</caption>
          <ProgressHead first={t('overview.rec.area')} />
          <tbody>
            {plans.areas.map((a) => (
              <tr key={a.area} data-area={a.area} data-standing={a.progress.standing}>
                <th scope="row">
                  <Link to={paths.plan(plans.year, a.area)}>
                    <span className="code">{a.area}</span> {pick(areaName(a.area, framework))}
                  </Link>
                  {a.actions > 0 && (
                    <div className="muted">{t('plan.overview.actions', { count: a.actions })}</div>
                  )}
                </th>
                <ProgressCells progress={a.progress} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {plans.themes.length > 0 && (
        <div className="table-wrap">
          <table className="data action-plans theme-plans">
            <caption>{t('plan.overview.themes')}</caption>
            <ProgressHead first={t('plan.overview.theme')} />
            <tbody>
              {plans.themes.map((x) => (
                <tr
                  key={x.theme.code}
                  data-theme={x.theme.code}
                  data-standing={x.progress.standing}
                >
                  <th scope="row">
                    <Link to={paths.themePlan(plans.year, x.theme.code)}>{pick(x.theme.name)}</Link>
                    <div className="muted">
                      {t('plan.overview.ledBy', { area: x.theme.area })}
                      {x.actions > 0 && ` ${t('plan.overview.actions', { count: x.actions })}`}
                    </div>
                  </th>
                  <ProgressCells progress={x.progress} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** The plans' tables' head: whose plan, then the progress columns. */
function ProgressHead({ first }: { first: string }) {
  const { t } = useI18n();
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col">{t('plan.overview.standing')}</th>
        <th scope="col" className="num">
          {t('plan.progress.implementation')}
        </th>
        <th scope="col" className="num">
          {t('plan.progress.budget')}
        </th>
      </tr>
    </thead>
  );
}

/** A plan's standing, implementation and budget in a row of the plans' tables. */
function ProgressCells({ progress }: { progress: ActionPlansOverview['ministry'] }) {
  const { t, locale } = useI18n();
  return (
    <>
      <td>
        <span className={`plan-standing plan-${progress.standing}`}>
          {t(`plan.standing.${progress.standing}`)}
        </span>
        {progress.lateQuarters.length > 0 && (
          <div className="late-mark">{quarterList(progress.lateQuarters)}</div>
        )}
      </td>
      <td className="num">
        {progress.implementation === null ? '—' : formatNumber(progress.implementation, locale)}
      </td>
      <td className="num">
        {progress.budgetDue > 0
          ? t('plan.overview.budget', {
              realised: formatNumber(progress.budgetRealised, locale, 0),
              due: formatNumber(progress.budgetDue, locale, 0),
            })
          : '—'}
      </td>
    </>
  );
}
