import { QUARTER_LABEL } from '@rapor/shared/action-plan';
import type { ActionPlan } from '@rapor/shared/action-plan-schemas';
import { useI18n } from '../../../i18n/i18n';
import { formatDate, formatNumber } from '../../../lib/format';

/** Where the plan stands: the implementation rule's value, the budget, each quarter's reports. */
export function PlanProgressCard({ plan }: { plan: ActionPlan }) {
  const { t, locale } = useI18n();
  const p = plan.progress;
  return (
    <section className="card plan-progress" aria-labelledby="plan-progress-title">
      <h2 id="plan-progress-title">{t('plan.progress.title')}</h2>
      <p>
        <span className={`plan-standing plan-${p.standing}`}>
          {t(`plan.standing.${p.standing}`)}
        </span>
      </p>
      <dl className="plan-figures">
        <div>
          <dt>{t('plan.progress.implementation')}</dt>
          <dd>
            {p.implementation === null ? (
              <span className="muted">{t('plan.progress.nothingDue')}</span>
            ) : (
              <strong>{formatNumber(p.implementation, locale)}</strong>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('plan.progress.budget')}</dt>
          <dd>
            {t('plan.progress.budgetOf', {
              realised: formatNumber(p.budgetRealised, locale, 0),
              due: formatNumber(p.budgetDue, locale, 0),
              total: formatNumber(p.budgetTotal, locale, 0),
            })}
          </dd>
        </div>
      </dl>
      <p className="muted">{t('plan.progress.rule')}</p>
      <div className="table-wrap">
        <table className="data plan-quarters">
          <caption className="sr-only">{t('plan.quarters')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plan.quarter')}</th>
              <th scope="col">{t('plan.deadline')}</th>
              <th scope="col">{t('plan.reports')}</th>
            </tr>
          </thead>
          <tbody>
            {p.quarters.map((q) => (
              <tr key={q.quarter} data-state={q.state}>
                <th scope="row">{QUARTER_LABEL[q.quarter]}</th>
                <td>{formatDate(q.deadline, locale)}</td>
                <td>
                  <span className={`quarter-state quarter-${q.state}`}>
                    {t(`plan.quarterState.${q.state}`)}
                  </span>{' '}
                  {q.of > 0 && (
                    <span className="muted">
                      {t('plan.reportedOf', { reported: q.reported, of: q.of })}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
