import type { PlanGrading } from '@rapor/shared/action-plan-schemas';
import { AREA_CODES, areaName } from '@rapor/shared/areas';
import {
  gradedCount,
  gradeScore,
  gradesOf,
  PLAN_CRITERIA,
  type PlanCriterionCode,
  type PlanGrade,
  type PlanGrades,
} from '@rapor/shared/plan-grading';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useActionPlans } from '../../../api/action-plans';
import { FormFeedback } from '../../../components/ui/form-feedback';
import { QueryState } from '../../../components/ui/query-state';
import { paths } from '../../../config/paths';
import { useCan } from '../../../hooks/use-can';
import { useI18n } from '../../../i18n/i18n';
import { parseDecimal } from '../../../lib/decimal';
import { formatDateTime, formatNumber, formatPercent } from '../../../lib/format';
import { usePlanGrading, usePlanGradingWrites } from '../api/plan-grading';

type Side = 'self' | 'evaluator';

/**
 * /plan/:year/penilaian — the ministry's action plan graded into A.1 (seven sub-criteria,
 * the MP chair first, then the evaluator) beside what the plans show, and A.2 as the quarters'
 * reports give it, with the evaluator's overrides and their reasons.
 */
export function PlanGradingPage() {
  const { year: yearText = '' } = useParams();
  const year = Number(yearText);
  const valid = Number.isInteger(year);
  const { t } = useI18n();
  const can = useCan();
  const grading = usePlanGrading(valid ? year : undefined);
  if (!valid) {
    return (
      <div className="page">
        <p className="state empty">{t('state.notFound')}</p>
      </div>
    );
  }
  if (!grading.data) {
    return (
      <div className="page">
        <QueryState query={grading} />
      </div>
    );
  }
  const g = grading.data;
  const area = g.items.area;
  const context = area ? { area, periodState: g.periodState, status: g.status } : undefined;
  const side: Side | null = !context
    ? null
    : can('result.edit', context)
      ? 'self'
      : can('result.evaluate', context)
        ? 'evaluator'
        : null;
  return (
    <div className="page grading-page">
      <h1>{t('grading.title', { year: g.year })}</h1>
      {!g.items.grades ? (
        <p className="state empty">{t('grading.notScored', { year: g.year })}</p>
      ) : (
        <>
          <p className="lead">{t('grading.lead')}</p>
          <PlanLinks year={g.year} />
          <GradingValues g={g} />
          <GradingForm key={side ?? 'read'} g={g} side={side} />
          {side === 'evaluator' && <OverrideForm key={`o-${g.version}`} g={g} />}
        </>
      )}
    </div>
  );
}

/** Each working group's plan, with how many actions it holds: what is being graded. */
function PlanLinks({ year }: { year: number }) {
  const { t, pick } = useI18n();
  const plans = useActionPlans(year).data;
  return (
    <nav aria-label={t('grading.plans')} className="grading-plans">
      <span className="muted">{t('grading.plans')}:</span>{' '}
      {AREA_CODES.map((code, i) => {
        const plan = plans?.areas.find((a) => a.area === code);
        return (
          <span key={code}>
            {i > 0 && ' · '}
            <Link to={paths.plan(year, code)} title={pick(areaName(code))}>
              {code}
            </Link>
            {plan && (
              <span className="muted">
                {' '}
                ({t('plan.overview.actions', { count: plan.actions })})
              </span>
            )}
          </span>
        );
      })}
    </nav>
  );
}

/** A.1 and A.2 as they stand: each side's value, the computed one, an override and its reason. */
function GradingValues({ g }: { g: PlanGrading }) {
  const { t, locale } = useI18n();
  const value = (v: number | null) =>
    v === null ? <span className="muted">{t('grading.none')}</span> : formatNumber(v, locale);
  const override = (o: PlanGrading['overrides']['grades']) =>
    o && (
      <p className="evaluator-note" role="note">
        <strong>{t('grading.overridden', { value: formatNumber(o.value, locale) })}</strong>{' '}
        {o.reason}{' '}
        <span className="muted">
          — {o.by ?? t('history.system')}, {formatDateTime(o.at, locale)}
        </span>
      </p>
    );
  return (
    <section className="card grading-values" aria-labelledby="grading-values-title">
      <h2 id="grading-values-title">{t('grading.values')}</h2>
      <dl className="plan-figures">
        <div data-testid="grading-a1">
          <dt>{t('grading.a1', { code: g.items.grades ?? '' })}</dt>
          <dd>
            {t('grading.self')}: <strong>{value(g.selfScore)}</strong> · {t('grading.evaluator')}:{' '}
            <strong>{value(g.evaluatorScore)}</strong>
            {override(g.overrides.grades)}
          </dd>
        </div>
        <div data-testid="grading-a2">
          <dt>{t('grading.a2', { code: g.items.implementation ?? '' })}</dt>
          <dd>
            {t('grading.fromReports')}: <strong>{value(g.implementation)}</strong>
            {override(g.overrides.implementation)}
          </dd>
        </div>
      </dl>
      <p className="muted">{t('grading.rule')}</p>
    </section>
  );
}

/** The seven sub-criteria: what the plans show, both sides' grades and reasons; one side editable. */
function GradingForm({ g, side }: { g: PlanGrading; side: Side | null }) {
  const { t, pick, locale } = useI18n();
  const { grade } = usePlanGradingWrites(g.year);
  const [draft, setDraft] = useState<PlanGrades>(() => (side ? g[side] : g.self));
  const [saved, setSaved] = useState(false);
  const facts = new Map(g.facts.map((f) => [f.criterion, f]));
  const set = (code: PlanCriterionCode, change: Partial<PlanGrades[PlanCriterionCode]>) => {
    setDraft({ ...draft, [code]: { ...draft[code], ...change } });
    setSaved(false);
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!side) return;
    grade.mutate({ version: g.version, side, grades: draft }, { onSuccess: () => setSaved(true) });
  };
  const live = gradeScore(draft);
  const cell = (s: Side, code: PlanCriterionCode, criterion: (typeof PLAN_CRITERIA)[number]) => {
    const shown = s === side ? draft[code] : g[s][code];
    if (s !== side) {
      return (
        <td>
          <strong className="grade">{shown.grade ?? '—'}</strong>
          {shown.note && <div className="muted">{shown.note}</div>}
        </td>
      );
    }
    const label = pick(criterion.name);
    return (
      <td className="grading-input">
        <select
          aria-label={t('grading.gradeOf', { criterion: `${code} ${label}` })}
          value={shown.grade ?? ''}
          onChange={(e) =>
            set(code, { grade: e.target.value === '' ? null : (e.target.value as PlanGrade) })
          }
        >
          <option value="">—</option>
          {gradesOf(criterion).map((grade) => (
            <option key={grade} value={grade}>
              {grade}
            </option>
          ))}
        </select>
        <textarea
          aria-label={t('grading.noteOf', { criterion: `${code} ${label}` })}
          placeholder={t('grading.notePlaceholder')}
          rows={2}
          value={shown.note ?? ''}
          onChange={(e) => set(code, { note: e.target.value === '' ? null : e.target.value })}
        />
      </td>
    );
  };
  return (
    <section className="card" aria-labelledby="grading-form-title">
      <h2 id="grading-form-title">{t('grading.criteria')}</h2>
      <p className="muted">{t('grading.bands')}</p>
      <form onSubmit={submit} noValidate aria-label={t('grading.criteria')}>
        <div className="table-wrap">
          <table className="data grading-table">
            <thead>
              <tr>
                <th scope="col">{t('grading.criterion')}</th>
                <th scope="col">{t('grading.fromPlans')}</th>
                <th scope="col">{t('grading.selfColumn')}</th>
                <th scope="col">{t('grading.evaluatorColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {PLAN_CRITERIA.map((c) => {
                const fact = facts.get(c.code);
                return (
                  <tr key={c.code} data-criterion={c.code}>
                    <th scope="row">
                      <span className="code">{c.code}</span> {pick(c.name)}
                      <div className="muted">{pick(c.asks)}</div>
                    </th>
                    <td>
                      {fact ? (
                        t('grading.fact', {
                          count: fact.count,
                          of: fact.of,
                          percent: formatPercent(fact.percent, locale, 0),
                          grade: fact.grade,
                        })
                      ) : (
                        <span className="muted">{t('grading.judged')}</span>
                      )}
                    </td>
                    {cell('self', c.code, c)}
                    {cell('evaluator', c.code, c)}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {side && (
          <div className="actions">
            <button type="submit" className="primary" disabled={grade.isPending}>
              {t(side === 'self' ? 'grading.saveSelf' : 'grading.saveEvaluator')}
            </button>
            <span className="muted" role="status">
              {live === null
                ? t('grading.progress', { count: gradedCount(draft) })
                : t('grading.live', { value: formatNumber(live, locale) })}
            </span>
            {saved && (
              <span className="state ok" role="status">
                {t('grading.saved')}
              </span>
            )}
          </div>
        )}
        {!side && (
          <p className="muted">
            {g.periodState === 'closed'
              ? t('grading.closed', { year: g.year })
              : t('grading.readOnly')}
          </p>
        )}
        <FormFeedback error={grade.error} />
      </form>
    </section>
  );
}

/** The evaluator puts a value with a reason in place of A.1's or A.2's, or takes it back. */
function OverrideForm({ g }: { g: PlanGrading }) {
  const { t } = useI18n();
  const { override } = usePlanGradingWrites(g.year);
  const [item, setItem] = useState<'grades' | 'implementation'>('implementation');
  const [valueText, setValueText] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const current = g.overrides[item];
  const code = (which: typeof item) =>
    (which === 'grades' ? g.items.grades : g.items.implementation) ?? '';
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = parseDecimal(valueText);
    if (!parsed.ok || parsed.value === null || parsed.value < 0 || parsed.value > 100) {
      setProblem(t('grading.override.valueProblem'));
      return;
    }
    if (reason.trim().length < 10) {
      setProblem(t('grading.override.reasonProblem'));
      return;
    }
    setProblem(null);
    override.mutate({ version: g.version, item, value: parsed.value, reason: reason.trim() });
  };
  return (
    <section className="card" aria-labelledby="override-title">
      <h2 id="override-title">{t('grading.override.title')}</h2>
      <p className="muted">{t('grading.override.lead')}</p>
      <form onSubmit={submit} noValidate className="override-form">
        <fieldset>
          <legend>{t('grading.override.item')}</legend>
          {(['grades', 'implementation'] as const).map((which) => (
            <label key={which} className="option">
              <input
                type="radio"
                name="override-item"
                checked={item === which}
                onChange={() => setItem(which)}
              />{' '}
              {code(which)}
            </label>
          ))}
        </fieldset>
        <label>
          {t('grading.override.value')}
          <input
            inputMode="decimal"
            value={valueText}
            aria-invalid={problem === t('grading.override.valueProblem') ? true : undefined}
            onChange={(e) => setValueText(e.target.value)}
          />
        </label>
        <label>
          {t('grading.override.reason')}
          <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
        {problem && <p className="form-error">{problem}</p>}
        <div className="actions">
          <button type="submit" className="primary" disabled={override.isPending}>
            {t('grading.override.save', { code: code(item) })}
          </button>
          {current && (
            <button
              type="button"
              disabled={override.isPending}
              onClick={() => override.mutate({ version: g.version, item, value: null, reason: '' })}
            >
              {t('grading.override.remove', { code: code(item) })}
            </button>
          )}
        </div>
        <FormFeedback error={override.error} />
      </form>
    </section>
  );
}
