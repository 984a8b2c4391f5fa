import {
  MAIN_ACTIVITIES,
  type MainActivityCode,
  QUARTER_LABEL,
  QUARTERS,
} from '@rapor/shared/action-plan';
import type { ActionPlan } from '@rapor/shared/action-plan-schemas';
import { useI18n } from '../../../i18n/i18n';
import { formatNumber } from '../../../lib/format';

const total = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** The plan as it is stored: each road-map row and its actions with targets and what was realised. */
export function PlanView({ plan }: { plan: ActionPlan }) {
  const { t, locale, pick } = useI18n();
  const late = new Map(plan.progress.actions.map((a) => [a.id, new Set(a.late)]));
  return (
    <>
      {plan.activities.map((activity) => (
        <section key={activity.id} className="card plan-activity" aria-label={activity.indicator}>
          <h2>
            {activity.mainActivity ? (
              <>
                <span className="code">{activity.mainActivity}</span>{' '}
                {pick(MAIN_ACTIVITIES[activity.mainActivity as MainActivityCode])}
              </>
            ) : (
              activity.problem
            )}
          </h2>
          <p>
            <strong>{activity.indicator}</strong> —{' '}
            {t('plan.baselineLine', {
              year: activity.baselineYear,
              target: activity.baselineTarget,
              realisation: activity.baselineRealisation,
              now: activity.target,
              thisYear: plan.year,
            })}
          </p>
          <div className="table-wrap">
            <table className="data plan-actions">
              <thead>
                <tr>
                  <th scope="col">{t('plan.action')}</th>
                  {QUARTERS.map((q) => (
                    <th key={q} scope="col" className="num">
                      {QUARTER_LABEL[q]}
                    </th>
                  ))}
                  <th scope="col" className="num">
                    {t('plan.total')}
                  </th>
                  <th scope="col" className="num">
                    {t('plan.budget')}
                  </th>
                  <th scope="col">{t('plan.units')}</th>
                </tr>
              </thead>
              <tbody>
                {activity.actions.map((a) => (
                  <tr key={a.id} data-action={a.id}>
                    <th scope="row">
                      {a.text}
                      <div className="muted">
                        {a.outputIndicator} ({a.outputUnit})
                      </div>
                    </th>
                    {QUARTERS.map((q) => {
                      const r = a.realised[q - 1];
                      const isLate = late.get(a.id)?.has(q);
                      return (
                        <td key={q} className="num" data-late={isLate ? 'yes' : undefined}>
                          {r ? (
                            <strong>{formatNumber(r.output, locale, 0)}</strong>
                          ) : (
                            <span className="muted">–</span>
                          )}
                          <span className="muted">
                            {' '}
                            / {formatNumber(a.targets[q - 1] ?? 0, locale, 0)}
                          </span>
                          {isLate && <div className="late-mark">{t('plan.late')}</div>}
                          {r?.evidence[0] && (
                            <div>
                              <a href={r.evidence[0].url} target="_blank" rel="noreferrer noopener">
                                {t('plan.evidence')}
                              </a>
                            </div>
                          )}
                        </td>
                      );
                    })}
                    <td className="num">{formatNumber(total(a.targets), locale, 0)}</td>
                    <td className="num">{formatNumber(total(a.budget), locale, 0)}</td>
                    <td>
                      {a.executingUnit}
                      <div className="muted">
                        {t('plan.coordinator', { unit: a.coordinatingUnit })}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
