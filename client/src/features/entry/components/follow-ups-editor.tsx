import {
  type AreaResult,
  RECOMMENDATION_STATUSES,
  type Recommendation,
} from '@rapor/shared/schemas';
import { useId, useState } from 'react';
import { useI18n } from '../../../i18n/i18n';
import { formatDate } from '../../../lib/format';
import type { useResultActions } from '../api/result-actions';

type Status = (typeof RECOMMENDATION_STATUSES)[number];

function FollowUpForm({
  rec,
  actions,
}: {
  rec: Recommendation;
  actions: ReturnType<typeof useResultActions>;
}) {
  const { t } = useI18n();
  const [status, setStatus] = useState<Status>(rec.status === 'open' ? 'in_progress' : rec.status);
  const [note, setNote] = useState('');
  const ids = { status: useId(), note: useId() };
  const mutation = actions.followUp;
  return (
    <form
      className="follow-up-form"
      onSubmit={(e) => {
        e.preventDefault();
        mutation.mutate(
          { id: rec.id, body: { version: rec.version, status, note: note.trim() } },
          { onSuccess: () => setNote('') },
        );
      }}
    >
      <label htmlFor={ids.status}>{t('entry.fuStatus')}</label>
      <select id={ids.status} value={status} onChange={(e) => setStatus(e.target.value as Status)}>
        {RECOMMENDATION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`rec.${s}`)}
          </option>
        ))}
      </select>
      <label htmlFor={ids.note}>{t('entry.fuNote')}</label>
      <input
        id={ids.note}
        value={note}
        minLength={3}
        required
        onChange={(e) => setNote(e.target.value)}
      />
      <button type="submit" disabled={mutation.isPending}>
        {t('entry.fuSave')}
      </button>
      {mutation.isError && mutation.variables?.id === rec.id && (
        <span className="form-error" role="alert">
          {mutation.error.message}
        </span>
      )}
    </form>
  );
}

/** Earlier years' recommendations still open: their follow-up, reported this year. */
export function FollowUpsEditor({
  result,
  actions,
  canFollowUp,
}: {
  result: AreaResult;
  actions: ReturnType<typeof useResultActions>;
  canFollowUp: boolean;
}) {
  const { t, locale } = useI18n();
  const open = canFollowUp && result.periodState !== 'closed';
  const items = [...result.recommendations.carriedOver, ...result.recommendations.issued];
  return (
    <section className="card" aria-labelledby="fu-title">
      <h2 id="fu-title">{t('entry.followUps')}</h2>
      {items.length === 0 ? (
        <p className="muted">{t('area.noRecs')}</p>
      ) : (
        <ul className="plain recs">
          {items.map((r) => (
            <li key={r.id} className="item-card">
              <div className="rec-head">
                <span className={`rec-status rec-${r.status}`}>{t(`rec.${r.status}`)}</span>
                <span className="muted">
                  {r.year} · {r.ownerUnit}
                  {r.dueDate && ` · ${t('area.due', { date: formatDate(r.dueDate, locale) })}`}
                </span>
              </div>
              <p>{r.text}</p>
              {r.followUps.at(-1) && (
                <p className="muted">
                  {t('entry.fuLast')}: {r.followUps.at(-1)?.note}
                </p>
              )}
              {open && (r.status === 'open' || r.status === 'in_progress') && (
                <FollowUpForm rec={r} actions={actions} />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
