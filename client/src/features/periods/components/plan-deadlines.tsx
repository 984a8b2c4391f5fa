import { QUARTER_LABEL, QUARTERS, quarterList } from '@rapor/shared/action-plan';
import { keptPlans } from '@rapor/shared/plan-owners';
import type { Period } from '@rapor/shared/schemas';
import { useId, useState } from 'react';
import { useActionPlans, useSendReminders, useSetPlanDeadlines } from '../../../api/action-plans';
import { FormFeedback } from '../../../components/ui/form-feedback';
import { useI18n } from '../../../i18n/i18n';

/**
 * The secretariat's part of the year between forums on the board: when each quarter's
 * action-plan report is due, and which working groups have reports late.
 */
export function PlanDeadlines({ period }: { period: Period }) {
  const { t, pick } = useI18n();
  const plans = useActionPlans(period.year).data;
  const save = useSetPlanDeadlines(period.year);
  const remind = useSendReminders();
  const [edits, setEdits] = useState<string[] | null>(null);
  const [saved, setSaved] = useState(false);
  const id = useId();
  if (!plans) return null;
  const values = edits ?? plans.deadlines;
  const late = keptPlans(plans).filter((p) => p.progress.lateQuarters.length > 0);
  return (
    <div className="plan-deadlines" data-testid={`plan-deadlines-${period.year}`}>
      <p>
        {late.length === 0
          ? t('periods.plans.noneLate')
          : t('periods.plans.late', {
              areas: late
                .map((p) => `${pick(p.label)} (${quarterList(p.progress.lateQuarters)})`)
                .join(', '),
            })}{' '}
        {late.length > 0 && (
          <button type="button" disabled={remind.isPending} onClick={() => remind.mutate()}>
            {t('periods.plans.remind')}
          </button>
        )}
      </p>
      <FormFeedback
        error={remind.error}
        success={
          remind.data
            ? t('periods.plans.reminded', { sent: remind.data.sent, failed: remind.data.failed })
            : null
        }
      />
      <form
        className="inline-form"
        aria-label={t('periods.plans.deadlines', { year: period.year })}
        onSubmit={(e) => {
          e.preventDefault();
          setSaved(false);
          save.mutate(
            { read: plans.deadlines, deadlines: values as [string, string, string, string] },
            {
              onSuccess: () => {
                setEdits(null);
                setSaved(true);
              },
            },
          );
        }}
      >
        {QUARTERS.map((q) => (
          <span key={q} className="deadline-field">
            <label htmlFor={`${id}-${q}`}>
              {t('periods.plans.deadline', { quarter: QUARTER_LABEL[q] })}
            </label>
            <input
              id={`${id}-${q}`}
              type="date"
              value={values[q - 1] ?? ''}
              onChange={(e) => {
                const next = [...values];
                next[q - 1] = e.target.value;
                setEdits(next);
                setSaved(false);
              }}
            />
          </span>
        ))}
        <button type="submit" disabled={edits === null || save.isPending}>
          {t('periods.plans.save')}
        </button>
      </form>
      <FormFeedback error={save.error} success={saved ? t('periods.plans.saved') : null} />
    </div>
  );
}
