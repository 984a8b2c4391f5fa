import {
  CHAIR_DIRECTION_STATUSES,
  DIRECTION_STATUSES,
  type Direction,
  type DirectionStatus,
} from '@rapor/shared/forum-schemas';
import { FollowUpForm } from '../../../components/ui/follow-up-form';
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
                <DirectionFollowUp direction={d} closing={canClose} />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function DirectionFollowUp({ direction, closing }: { direction: Direction; closing: boolean }) {
  const { t } = useI18n();
  const mutation = useDirectionFollowUp();
  return (
    <FollowUpForm<DirectionStatus>
      statuses={closing ? DIRECTION_STATUSES : CHAIR_DIRECTION_STATUSES}
      initial="in_progress"
      label={t('entry.directionFollowUp', { id: direction.id })}
      pending={mutation.isPending}
      error={mutation.isError ? mutation.error : null}
      onSubmit={(status, note, done) =>
        mutation.mutate(
          { id: direction.id, body: { version: direction.version, status, note } },
          { onSuccess: done },
        )
      }
    />
  );
}
