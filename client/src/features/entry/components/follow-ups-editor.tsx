import { STILL_OPEN } from '@rapor/shared/recommendations';
import {
  type AreaResult,
  CHAIR_FOLLOW_UP_STATUSES,
  type RECOMMENDATION_STATUSES,
  type Recommendation,
} from '@rapor/shared/schemas';
import { useId, useState } from 'react';
import { useCarriedOver } from '../../../api/carried-over';
import type { useResultActions } from '../../../api/result-actions';
import { FollowUpForm } from '../../../components/ui/follow-up-form';
import { FormFeedback } from '../../../components/ui/form-feedback';
import { RecommendationSummary } from '../../../components/ui/recommendation-summary';
import { ShowMore } from '../../../components/ui/show-more';
import { useI18n } from '../../../i18n/i18n';

type Status = (typeof RECOMMENDATION_STATUSES)[number];

function RecommendationFollowUp({
  rec,
  actions,
}: {
  rec: Recommendation;
  actions: ReturnType<typeof useResultActions>;
}) {
  const mutation = actions.followUp;
  return (
    <FollowUpForm<Status>
      statuses={CHAIR_FOLLOW_UP_STATUSES}
      initial={rec.status === 'open' ? 'in_progress' : rec.status}
      pending={mutation.isPending}
      error={mutation.isError && mutation.variables?.id === rec.id ? mutation.error : null}
      onSubmit={(status, note, done) =>
        mutation.mutate(
          { id: rec.id, body: { version: rec.version, status, note } },
          { onSuccess: done },
        )
      }
    />
  );
}

/** A recommendation of this year's evaluation, issued by the chair for their area. */
function NewRecommendation({
  result,
  actions,
  waitForSave,
}: {
  result: AreaResult;
  actions: ReturnType<typeof useResultActions>;
  waitForSave: boolean;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [priority, setPriority] = useState<'high' | 'medium' | 'low'>('medium');
  const ids = { text: useId(), owner: useId(), due: useId(), priority: useId() };
  const add = actions.addRecommendation;
  return (
    <form
      className="fig-form"
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate(
          {
            version: result.version,
            text: text.trim(),
            ownerUnit: owner.trim(),
            dueDate: due || null,
            priority,
          },
          {
            onSuccess: () => {
              setText('');
              setDue('');
            },
          },
        );
      }}
    >
      <label htmlFor={ids.text}>{t('entry.recText')}</label>
      <textarea
        id={ids.text}
        rows={2}
        value={text}
        minLength={5}
        required
        onChange={(e) => setText(e.target.value)}
      />
      <label htmlFor={ids.owner}>{t('entry.recOwner')}</label>
      <input
        id={ids.owner}
        value={owner}
        minLength={2}
        required
        onChange={(e) => setOwner(e.target.value)}
      />
      <label htmlFor={ids.due}>{t('entry.recDue')}</label>
      <input id={ids.due} type="date" value={due} onChange={(e) => setDue(e.target.value)} />
      <label htmlFor={ids.priority}>{t('entry.recPriority')}</label>
      <select
        id={ids.priority}
        value={priority}
        onChange={(e) => setPriority(e.target.value as 'high' | 'medium' | 'low')}
      >
        {(['high', 'medium', 'low'] as const).map((p) => (
          <option key={p} value={p}>
            {t(`priority.${p}`)}
          </option>
        ))}
      </select>
      <div className="actions">
        <button type="submit" disabled={add.isPending || waitForSave}>
          {t('entry.recAdd')}
        </button>
      </div>
      <FormFeedback error={add.error} />
    </form>
  );
}

/** Earlier years' recommendations still open: their follow-up, reported this year. */
export function FollowUpsEditor({
  result,
  actions,
  canFollowUp,
  editable,
  waitForSave,
}: {
  result: AreaResult;
  actions: ReturnType<typeof useResultActions>;
  canFollowUp: boolean;
  /** the chair may issue this year's recommendations */
  editable: boolean;
  waitForSave: boolean;
}) {
  const { t } = useI18n();
  const open = canFollowUp && result.periodState !== 'closed';
  const carriedOver = useCarriedOver(result);
  const items = [...carriedOver.items, ...result.recommendations.issued];
  return (
    <section className="card" aria-labelledby="fu-title">
      <h2 id="fu-title">{t('entry.followUps')}</h2>
      {items.length === 0 ? (
        <p className="muted">{t('area.noRecs')}</p>
      ) : (
        <ul className="plain recs">
          {items.map((r) => (
            <li key={r.id} className="item-card">
              <RecommendationSummary rec={r} />
              {open && STILL_OPEN.has(r.status) && (
                <RecommendationFollowUp rec={r} actions={actions} />
              )}
            </li>
          ))}
        </ul>
      )}
      <ShowMore list={carriedOver} />
      {editable && (
        <>
          <h3>{t('entry.recNew', { year: result.year })}</h3>
          <NewRecommendation result={result} actions={actions} waitForSave={waitForSave} />
        </>
      )}
    </section>
  );
}
