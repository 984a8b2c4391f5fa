import {
  MAIN_ACTIVITIES,
  MAIN_ACTIVITY_CODES,
  QUARTER_LABEL,
  QUARTERS,
} from '@rapor/shared/action-plan';
import type { ActionPlan } from '@rapor/shared/action-plan-schemas';
import { useState } from 'react';
import { FormFeedback } from '../../../components/ui/form-feedback';
import { useI18n } from '../../../i18n/i18n';
import { planOwner, useActionPlanWrites } from '../api/action-plan';
import {
  type ActionDraft,
  type ActivityDraft,
  fromDraft,
  newAction,
  newActivity,
  type Problems,
  toDraft,
} from '../utils/plan-draft';

/** A labelled text field whose problem, by its path in the body, shows beneath it. */
function Field({
  path,
  label,
  value,
  problems,
  onChange,
  wide,
}: {
  path: string;
  label: string;
  value: string;
  problems: Problems;
  onChange: (value: string) => void;
  wide?: boolean;
}) {
  const id = `plan-${path.replace(/\./g, '-')}`;
  const problem = problems.get(path);
  return (
    <div className={`field${wide ? ' wide' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {problem && (
        <span id={`${id}-problem`} className="form-error">
          {problem}
        </span>
      )}
    </div>
  );
}

/**
 * The chair draws up the plan: road-map rows (a main activity, its indicator, baseline and this
 * year's target), each with its actions (output, quarterly targets and budget, units). Checked
 * by the shared schema before it is sent; saved whole, the reports already made stay.
 */
export function PlanEditor({ plan, onDone }: { plan: ActionPlan; onDone: () => void }) {
  const { t, pick } = useI18n();
  const { save } = useActionPlanWrites(plan.year, planOwner(plan));
  const [drafts, setDrafts] = useState<ActivityDraft[]>(() =>
    plan.activities.length > 0 ? toDraft(plan.activities) : [newActivity(plan.year)],
  );
  const [problems, setProblems] = useState<Problems>(new Map());

  const setActivity = (i: number, change: Partial<ActivityDraft>) =>
    setDrafts(drafts.map((d, k) => (k === i ? { ...d, ...change } : d)));
  const setAction = (i: number, j: number, change: Partial<ActionDraft>) =>
    setActivity(i, {
      actions: (drafts[i]?.actions ?? []).map((a, k) => (k === j ? { ...a, ...change } : a)),
    });

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const checked = fromDraft(drafts, plan.version, plan.theme ? 'theme' : 'group');
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems(new Map());
    save.mutate(checked.body, { onSuccess: onDone });
  };

  return (
    <form className="plan-editor" onSubmit={submit} aria-label={t('plan.edit.title')} noValidate>
      {drafts.map((a, i) => {
        const at = `activities.${i}`;
        return (
          <fieldset key={a.id} className="card plan-activity-edit">
            <legend>
              {t(plan.theme ? 'plan.edit.problemRow' : 'plan.edit.activity', { n: i + 1 })}
            </legend>
            {plan.theme ? (
              <Field
                wide
                path={`${at}.problem`}
                label={t('plan.problem')}
                value={a.problem}
                problems={problems}
                onChange={(v) => setActivity(i, { problem: v })}
              />
            ) : (
              <div className="field wide">
                <label htmlFor={`plan-${at}-main`}>{t('plan.mainActivity')}</label>
                <select
                  id={`plan-${at}-main`}
                  value={a.mainActivity}
                  aria-invalid={problems.has(`${at}.mainActivity`) ? true : undefined}
                  onChange={(e) => setActivity(i, { mainActivity: e.target.value })}
                >
                  <option value="">{t('plan.edit.choose')}</option>
                  {MAIN_ACTIVITY_CODES.map((code) => (
                    <option key={code} value={code}>
                      {code} — {pick(MAIN_ACTIVITIES[code])}
                    </option>
                  ))}
                </select>
                {problems.get(`${at}.mainActivity`) && (
                  <span className="form-error">{problems.get(`${at}.mainActivity`)}</span>
                )}
              </div>
            )}
            <div className="field-row">
              <Field
                wide
                path={`${at}.indicator`}
                label={t('plan.indicator')}
                value={a.indicator}
                problems={problems}
                onChange={(v) => setActivity(i, { indicator: v })}
              />
              <Field
                path={`${at}.baselineYear`}
                label={t('plan.baselineYear')}
                value={a.baselineYear}
                problems={problems}
                onChange={(v) => setActivity(i, { baselineYear: v })}
              />
              <Field
                path={`${at}.baselineTarget`}
                label={t('plan.baselineTarget')}
                value={a.baselineTarget}
                problems={problems}
                onChange={(v) => setActivity(i, { baselineTarget: v })}
              />
              <Field
                path={`${at}.baselineRealisation`}
                label={t('plan.baselineRealisation')}
                value={a.baselineRealisation}
                problems={problems}
                onChange={(v) => setActivity(i, { baselineRealisation: v })}
              />
              <Field
                path={`${at}.target`}
                label={t('plan.targetThisYear', { year: plan.year })}
                value={a.target}
                problems={problems}
                onChange={(v) => setActivity(i, { target: v })}
              />
            </div>
            {a.actions.map((x, j) => {
              const ap = `${at}.actions.${j}`;
              return (
                <fieldset key={x.id} className="plan-action-edit">
                  <legend>{t('plan.edit.action', { n: j + 1 })}</legend>
                  <div className="field-row">
                    <Field
                      wide
                      path={`${ap}.text`}
                      label={t('plan.action')}
                      value={x.text}
                      problems={problems}
                      onChange={(v) => setAction(i, j, { text: v })}
                    />
                    <Field
                      path={`${ap}.outputIndicator`}
                      label={t('plan.outputIndicator')}
                      value={x.outputIndicator}
                      problems={problems}
                      onChange={(v) => setAction(i, j, { outputIndicator: v })}
                    />
                    <Field
                      path={`${ap}.outputUnit`}
                      label={t('plan.outputUnit')}
                      value={x.outputUnit}
                      problems={problems}
                      onChange={(v) => setAction(i, j, { outputUnit: v })}
                    />
                  </div>
                  <div className="field-row quarters">
                    {QUARTERS.map((q) => (
                      <Field
                        key={`t${q}`}
                        path={`${ap}.targets.${q - 1}`}
                        label={t('plan.edit.targetQ', { quarter: QUARTER_LABEL[q] })}
                        value={x.targets[q - 1] ?? ''}
                        problems={problems}
                        onChange={(v) =>
                          setAction(i, j, {
                            targets: x.targets.map((old, k) =>
                              k === q - 1 ? v : old,
                            ) as ActionDraft['targets'],
                          })
                        }
                      />
                    ))}
                    {QUARTERS.map((q) => (
                      <Field
                        key={`b${q}`}
                        path={`${ap}.budget.${q - 1}`}
                        label={t('plan.edit.budgetQ', { quarter: QUARTER_LABEL[q] })}
                        value={x.budget[q - 1] ?? ''}
                        problems={problems}
                        onChange={(v) =>
                          setAction(i, j, {
                            budget: x.budget.map((old, k) =>
                              k === q - 1 ? v : old,
                            ) as ActionDraft['budget'],
                          })
                        }
                      />
                    ))}
                  </div>
                  <div className="field-row">
                    <Field
                      path={`${ap}.executingUnit`}
                      label={t('plan.executingUnit')}
                      value={x.executingUnit}
                      problems={problems}
                      onChange={(v) => setAction(i, j, { executingUnit: v })}
                    />
                    <Field
                      path={`${ap}.coordinatingUnit`}
                      label={t('plan.coordinatingUnit')}
                      value={x.coordinatingUnit}
                      problems={problems}
                      onChange={(v) => setAction(i, j, { coordinatingUnit: v })}
                    />
                  </div>
                  {a.actions.length > 1 && (
                    <button
                      type="button"
                      className="link"
                      onClick={() =>
                        setActivity(i, { actions: a.actions.filter((_, k) => k !== j) })
                      }
                    >
                      {t('plan.edit.removeAction', { n: j + 1 })}
                    </button>
                  )}
                </fieldset>
              );
            })}
            {problems.get(`${at}.actions`) && (
              <p className="form-error">{problems.get(`${at}.actions`)}</p>
            )}
            <div className="actions">
              <button
                type="button"
                onClick={() => setActivity(i, { actions: [...a.actions, newAction()] })}
              >
                {t('plan.edit.addAction')}
              </button>
              <button
                type="button"
                className="link"
                onClick={() => setDrafts(drafts.filter((_, k) => k !== i))}
              >
                {t('plan.edit.removeActivity', { n: i + 1 })}
              </button>
            </div>
          </fieldset>
        );
      })}
      <div className="actions">
        <button type="button" onClick={() => setDrafts([...drafts, newActivity(plan.year)])}>
          {t('plan.edit.addActivity')}
        </button>
      </div>
      {problems.size > 0 && (
        <p className="form-error" role="alert">
          {t('plan.edit.problems', { count: problems.size })}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? t('plan.edit.saving') : t('plan.edit.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('plan.edit.cancel')}
        </button>
      </div>
      <FormFeedback error={save.error} />
    </form>
  );
}
