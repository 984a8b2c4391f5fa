import {
  CHAIR_DIRECTION_STATUSES,
  DIRECTION_STATUSES,
  type Direction,
  type DirectionStatus,
} from '@rapor/shared/forum-schemas';
import { useId, useState } from 'react';
import { QueryState } from '../../../components/ui/query-state';
import { useI18n } from '../../../i18n/i18n';
import { useDirectionFollowUp, useDirections } from '../../../lib/directions-api';
import { formatDate } from '../../../lib/format';

/**
 * The minister's directions for this area from earlier forums, on the chair's worksheet: what
 * is still to do, and a place to report progress (the secretariat closes them).
 */
export function DirectionsPanel({
  year,
  area,
  canReport,
  canClose,
}: {
  year: number;
  area: string;
  canReport: boolean;
  canClose: boolean;
}) {
  const { t, locale } = useI18n();
  const query = useDirections({ area });
  const shown = (query.data?.directions ?? []).filter(
    (d) =>
      d.year < year && (d.status === 'open' || d.status === 'in_progress' || d.year === year - 1),
  );
  return (
    <section className="card directions-panel" aria-labelledby="directions-title">
      <h2 id="directions-title">{t('entry.directions')}</h2>
      {!query.data ? (
        <QueryState query={query} />
      ) : shown.length === 0 ? (
        <p className="state empty">{t('entry.noDirections')}</p>
      ) : (
        <ul className="direction-list">
          {shown.map((d) => (
            <li key={d.id} data-direction-id={d.id}>
              <p>
                <span className={`status rec-${d.status}`}>{t(`rec.${d.status}`)}</span>{' '}
                <strong>{d.text}</strong>
              </p>
              <p className="muted">
                {t('entry.directionMeta', { year: d.year, owner: d.owner })}
                {d.dueDate && ` · ${t('area.due', { date: formatDate(d.dueDate, locale) })}`}
                {d.overdue && <span className="tag warn"> {t('area.overdue')}</span>}
              </p>
              {d.followUps.length > 0 && (
                <ul className="follow-ups">
                  {d.followUps.map((f) => (
                    <li key={f.id}>
                      {formatDate(f.date, locale)} · {t(`rec.${f.status}`)} — {f.note}
                      {f.by && <span className="muted"> ({f.by})</span>}
                    </li>
                  ))}
                </ul>
              )}
              {(d.status === 'open' || d.status === 'in_progress') && (canReport || canClose) && (
                <DirectionFollowUpForm direction={d} closing={canClose} />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function DirectionFollowUpForm({ direction, closing }: { direction: Direction; closing: boolean }) {
  const { t } = useI18n();
  const statuses: readonly DirectionStatus[] = closing
    ? DIRECTION_STATUSES
    : CHAIR_DIRECTION_STATUSES;
  const [status, setStatus] = useState<DirectionStatus>('in_progress');
  const [note, setNote] = useState('');
  const ids = { status: useId(), note: useId() };
  const mutation = useDirectionFollowUp();
  return (
    <form
      className="follow-up-form"
      aria-label={t('entry.directionFollowUp', { id: direction.id })}
      onSubmit={(e) => {
        e.preventDefault();
        mutation.mutate(
          { id: direction.id, body: { version: direction.version, status, note: note.trim() } },
          { onSuccess: () => setNote('') },
        );
      }}
    >
      <label htmlFor={ids.status}>{t('entry.fuStatus')}</label>
      <select
        id={ids.status}
        value={status}
        onChange={(e) => setStatus(e.target.value as DirectionStatus)}
      >
        {statuses.map((s) => (
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
      {mutation.isError && (
        <span className="form-error" role="alert">
          {mutation.error.message}
        </span>
      )}
    </form>
  );
}
