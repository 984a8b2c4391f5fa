import { useState } from 'react';
import { Link } from 'react-router';
import { FormFeedback } from '../../../components/ui/form-feedback';
import { EmptyState, QueryState } from '../../../components/ui/query-state';
import { paths } from '../../../config/paths';
import { useCan } from '../../../hooks/use-can';
import { useSelectedYear } from '../../../hooks/use-selected-year';
import { useI18n } from '../../../i18n/i18n';
import { useDirections } from '../../../lib/directions-api';
import { workbookHref } from '../../../lib/downloads';
import { formatDate } from '../../../lib/format';
import { useCreateSnapshot, useSnapshots } from '../api/deck';
import { AgendaEditor } from './agenda-editor';
import { type Correction, CorrectionButtons, DirectionCorrection } from './direction-correction';
import { formatDateTime, TamperedNote } from './slides';

/**
 * The forum's desk: freeze the data, open the deck (live or frozen), take the files out of
 * the room, and see the directions the minister gave.
 */
export function ForumPage() {
  const { t, locale } = useI18n();
  const can = useCan();
  const { periods, year, choose } = useSelectedYear();
  const snapshots = useSnapshots(year);
  const directions = useDirections({ year }, year !== undefined);
  const freeze = useCreateSnapshot(year ?? 0);
  const [note, setNote] = useState('');
  const [correction, setCorrection] = useState<Correction | null>(null);
  const [corrected, setCorrected] = useState<string | null>(null);
  const canCorrect = can('direction.correct');
  if (year === undefined) return <EmptyState />;
  const base = `/api/v1/periods/${year}`;
  const latest = snapshots.data?.snapshots.at(-1);

  return (
    <div className="page forum">
      <h1>{t('forum.title', { year })}</h1>
      <p className="lead">{t('forum.lead')}</p>
      <div className="view-controls inline">
        <label htmlFor="forum-year">{t('shell.year')}</label>
        <select id="forum-year" value={year} onChange={(e) => choose(e.target.value)}>
          {periods.map((p) => (
            <option key={p.year}>{p.year}</option>
          ))}
        </select>
      </div>

      <section className="card" aria-labelledby="forum-live">
        <h2 id="forum-live">{t('forum.deck')}</h2>
        <p>{t('forum.deckHelp')}</p>
        <p className="actions">
          <Link className="button primary" to={paths.present(year)}>
            {t('forum.presentLive')}
          </Link>{' '}
          {latest ? (
            <>
              {/* what the forum is shown is the latest snapshot: its files come first */}
              <a className="button" href={`${base}/export.pptx?snapshot=${latest.number}`} download>
                {t('forum.pptxSnapshot', { number: latest.number })}
              </a>{' '}
              <a className="button" href={workbookHref(year, locale, latest.number)} download>
                {t('forum.xlsxSnapshot', { number: latest.number })}
              </a>
            </>
          ) : (
            <>
              <a className="button" href={`${base}/export.pptx`} download>
                {t('forum.pptx')}
              </a>{' '}
              <a className="button" href={workbookHref(year, locale)} download>
                {t('forum.xlsx')}
              </a>
            </>
          )}
        </p>
        {latest && (
          <p className="muted">
            {t('forum.liveFiles')}{' '}
            <a href={`${base}/export.pptx`} download>
              pptx
            </a>{' '}
            ·{' '}
            <a href={workbookHref(year, locale)} download>
              xlsx
            </a>
          </p>
        )}
        <p className="actions">
          <Link to={paths.handout(year, latest?.number, 3)}>{t('forum.handout3')}</Link> ·{' '}
          <Link to={paths.handout(year, latest?.number, 6)}>{t('forum.handout6')}</Link>
        </p>
        <p className="muted">{t('forum.keys')}</p>
      </section>

      {can('forum.arrange') && snapshots.data && (
        <section className="card" aria-labelledby="forum-agenda">
          <h2 id="forum-agenda">
            {t('agenda.title')} (
            {latest ? t('agenda.snapshot', { number: latest.number }) : t('agenda.live')})
          </h2>
          <p>{t('agenda.help')}</p>
          <AgendaEditor year={year} snapshot={latest?.number} />
        </section>
      )}

      <section className="card" aria-labelledby="forum-snapshots">
        <h2 id="forum-snapshots">{t('forum.snapshots')}</h2>
        <p>{t('forum.snapshotsHelp')}</p>
        {can('snapshot.create') && (
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              freeze.mutate(note.trim(), { onSuccess: () => setNote('') });
            }}
          >
            <label htmlFor="snapshot-note">{t('forum.snapshotNote')}</label>
            <input
              id="snapshot-note"
              value={note}
              maxLength={200}
              onChange={(e) => setNote(e.target.value)}
              placeholder={t('forum.snapshotNotePlaceholder')}
            />
            <button type="submit" className="primary" disabled={freeze.isPending}>
              {freeze.isPending ? t('forum.freezing') : t('forum.freeze')}
            </button>
            <FormFeedback
              error={freeze.error}
              success={freeze.data ? t('forum.frozen', { number: freeze.data.number }) : null}
            />
          </form>
        )}
        {snapshots.data ? (
          snapshots.data.snapshots.length === 0 ? (
            <EmptyState>{t('forum.noSnapshots')}</EmptyState>
          ) : (
            <div className="table-wrap">
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">{t('forum.number')}</th>
                    <th scope="col">{t('forum.when')}</th>
                    <th scope="col">{t('forum.by')}</th>
                    <th scope="col">{t('forum.note')}</th>
                    <th scope="col">{t('forum.open')}</th>
                  </tr>
                </thead>
                <tbody>
                  {snapshots.data.snapshots.map((s) => (
                    <tr key={s.id}>
                      <td>
                        #{s.number} <TamperedNote snapshot={s} />
                      </td>
                      <td>{formatDateTime(s.createdAt, locale)}</td>
                      <td>{s.by ?? '—'}</td>
                      <td>{s.note ?? '—'}</td>
                      <td>
                        <Link to={paths.present(year, s.number)}>{t('forum.present')}</Link> ·{' '}
                        <a href={`${base}/export.pptx?snapshot=${s.number}`} download>
                          pptx
                        </a>{' '}
                        ·{' '}
                        <a href={workbookHref(year, locale, s.number)} download>
                          xlsx
                        </a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        ) : (
          <QueryState query={snapshots} />
        )}
      </section>

      <section className="card" aria-labelledby="forum-directions">
        <h2 id="forum-directions">{t('forum.directions', { year })}</h2>
        {directions.data ? (
          directions.data.directions.length === 0 ? (
            <EmptyState>{t('forum.noDirections')}</EmptyState>
          ) : (
            <div className="table-wrap">
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">{t('forum.area')}</th>
                    <th scope="col">{t('forum.direction')}</th>
                    <th scope="col">{t('forum.owner')}</th>
                    <th scope="col">{t('forum.due')}</th>
                    <th scope="col">{t('forum.status')}</th>
                    {canCorrect && <th scope="col">{t('forum.actions')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {directions.data.directions.map((d) => (
                    <tr key={d.id}>
                      <td>{d.area ?? t('deck.wholeMinistry')}</td>
                      <td>
                        {d.text}
                        {d.editedAt && (
                          <span
                            className="tag"
                            title={t('forum.editedTitle', {
                              when: formatDateTime(d.editedAt, locale),
                            })}
                          >
                            {' '}
                            {t('forum.edited')}
                          </span>
                        )}
                      </td>
                      <td>{d.owner}</td>
                      <td>{d.dueDate ? formatDate(d.dueDate, locale) : '—'}</td>
                      <td>
                        {t(`rec.${d.status}`)}
                        {d.overdue && <span className="tag warn"> {t('area.overdue')}</span>}
                      </td>
                      {canCorrect && (
                        <td>
                          <div className="row-actions">
                            <CorrectionButtons direction={d} onPick={setCorrection} />
                          </div>
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        ) : (
          <QueryState query={directions} />
        )}
        <FormFeedback success={corrected} />
        {correction && (
          <DirectionCorrection
            correction={correction}
            onDone={() => {
              setCorrected(
                correction.kind === 'edit' ? t('forum.correct.done') : t('forum.correct.withdrawn'),
              );
              setCorrection(null);
            }}
            onCancel={() => setCorrection(null)}
          />
        )}
      </section>
    </div>
  );
}
