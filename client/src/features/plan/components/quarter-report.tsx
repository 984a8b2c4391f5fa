import { QUARTER_LABEL, type Quarter } from '@rapor/shared/action-plan';
import type { ActionPlan } from '@rapor/shared/action-plan-schemas';
import { useState } from 'react';
import { FormFeedback } from '../../../components/ui/form-feedback';
import { useI18n } from '../../../i18n/i18n';
import { formatDate, formatNumber } from '../../../lib/format';
import { planOwner, useActionPlanWrites } from '../api/action-plan';
import {
  emptyReport,
  type Problems,
  type ReportDraft,
  reportBody,
  reportDraftOf,
} from '../utils/plan-draft';

/** The quarter a chair most likely reports now: the first late one, else the first open one. */
function defaultQuarter(plan: ActionPlan): Quarter {
  const q =
    plan.progress.quarters.find((x) => x.state === 'late') ??
    plan.progress.quarters.find((x) => x.state === 'open') ??
    plan.progress.quarters[0];
  return q?.quarter ?? 1;
}

/**
 * The chair reports a quarter: realised output and budget per action, a link to the evidence
 * and a note, all in one grid; a report already made can be corrected.
 */
export function QuarterReport({ plan }: { plan: ActionPlan }) {
  const { t, locale } = useI18n();
  const { report } = useActionPlanWrites(plan.year, planOwner(plan));
  const [quarter, setQuarter] = useState<Quarter>(() => defaultQuarter(plan));
  const actions = plan.activities.flatMap((a) => a.actions);
  const [drafts, setDrafts] = useState<Map<string, ReportDraft>>(
    () => new Map(actions.map((a) => [a.id, reportDraftOf(a, quarter)])),
  );
  const [problems, setProblems] = useState<Problems>(new Map());
  const [saved, setSaved] = useState<number | null>(null);
  const status = plan.progress.quarters.find((q) => q.quarter === quarter);
  const open = (q: Quarter) =>
    plan.progress.quarters.find((x) => x.quarter === q)?.state !== 'upcoming';

  const choose = (q: Quarter) => {
    setQuarter(q);
    setDrafts(new Map(actions.map((a) => [a.id, reportDraftOf(a, q)])));
    setProblems(new Map());
    setSaved(null);
    report.reset();
  };
  const set = (id: string, change: Partial<ReportDraft>) => {
    setDrafts(new Map(drafts).set(id, { ...(drafts.get(id) ?? emptyReport), ...change }));
    setSaved(null);
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const checked = reportBody(actions, drafts, plan.version);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems(new Map());
    report.mutate(
      { quarter, body: checked.body },
      { onSuccess: () => setSaved(checked.body.reports.length) },
    );
  };
  const field = (id: string, name: keyof ReportDraft, label: string, type = 'text') => {
    const key = `${id}.${name}`;
    const problem = problems.get(key);
    return (
      <td className={`grid-cell report-${name}`}>
        <input
          type={type}
          aria-label={label}
          value={drafts.get(id)?.[name] ?? ''}
          aria-invalid={problem ? true : undefined}
          inputMode={name === 'output' || name === 'budget' ? 'decimal' : undefined}
          onChange={(e) => set(id, { [name]: e.target.value })}
        />
        {problem && <span className="form-error">{problem}</span>}
      </td>
    );
  };

  return (
    <section className="card quarter-report" aria-labelledby="quarter-report-title">
      <h2 id="quarter-report-title">{t('plan.report.title')}</h2>
      <fieldset className="quarter-tabs">
        <legend className="sr-only">{t('plan.quarter')}</legend>
        {plan.progress.quarters.map((q) => (
          <button
            key={q.quarter}
            type="button"
            aria-pressed={q.quarter === quarter}
            disabled={!open(q.quarter)}
            onClick={() => choose(q.quarter)}
          >
            {QUARTER_LABEL[q.quarter]}
          </button>
        ))}
      </fieldset>
      {status && (
        <p className="muted">
          {t('plan.report.lead', {
            quarter: QUARTER_LABEL[quarter],
            deadline: formatDate(status.deadline, locale),
          })}{' '}
          <span className={`quarter-state quarter-${status.state}`}>
            {t(`plan.quarterState.${status.state}`)}
          </span>
        </p>
      )}
      <form
        onSubmit={submit}
        noValidate
        aria-label={t('plan.report.form', { quarter: QUARTER_LABEL[quarter] })}
      >
        <div className="table-wrap">
          <table className="data grid-table">
            <thead>
              <tr>
                <th scope="col">{t('plan.action')}</th>
                <th scope="col">{t('plan.report.target')}</th>
                <th scope="col">{t('plan.report.output')}</th>
                <th scope="col">{t('plan.report.budget')}</th>
                <th scope="col">{t('plan.report.evidence')}</th>
                <th scope="col">{t('plan.report.note')}</th>
              </tr>
            </thead>
            <tbody>
              {actions.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    {a.text}
                    <div className="muted">{a.outputUnit}</div>
                  </th>
                  <td className="num">
                    {formatNumber(a.targets[quarter - 1] ?? 0, locale, 0)}
                    <div className="muted">
                      {formatNumber(a.budget[quarter - 1] ?? 0, locale, 0)}
                    </div>
                  </td>
                  {field(a.id, 'output', t('plan.report.outputOf', { action: a.text }))}
                  {field(a.id, 'budget', t('plan.report.budgetOf', { action: a.text }))}
                  {field(
                    a.id,
                    'evidenceUrl',
                    t('plan.report.evidenceOf', { action: a.text }),
                    'url',
                  )}
                  {field(a.id, 'note', t('plan.report.noteOf', { action: a.text }))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {problems.get('reports') && <p className="form-error">{problems.get('reports')}</p>}
        <div className="actions">
          <button type="submit" className="primary" disabled={report.isPending}>
            {t('plan.report.save', { quarter: QUARTER_LABEL[quarter] })}
          </button>
          {saved !== null && (
            <span className="state ok" role="status">
              {t('plan.report.saved', { count: saved, quarter: QUARTER_LABEL[quarter] })}
            </span>
          )}
        </div>
        <FormFeedback error={report.error} />
      </form>
    </section>
  );
}
