import type { AreaResult, Recommendation } from '@rapor/shared/schemas';
import { useId, useState } from 'react';
import { useProposedCarriedOver } from '../../../api/carried-over';
import { useResultActions } from '../../../api/result-actions';
import { FormFeedback } from '../../../components/ui/form-feedback';
import { RecommendationSummary } from '../../../components/ui/recommendation-summary';
import { useI18n } from '../../../i18n/i18n';

/**
 * The recommendations the chair proposes as done: the evaluator confirms (closing them) or
 * sends them back with a reason. A chair never closes their own area's recommendation.
 */
export function ProposedClosures({ result }: { result: AreaResult }) {
  const { t } = useI18n();
  const live = result.periodState !== 'closed';
  // the result carries only the first page of earlier ones: those proposed are read apart
  const carried = useProposedCarriedOver(result, live);
  const proposed = [
    ...(carried.data?.recommendations ?? []),
    ...result.recommendations.issued.filter((r) => r.status === 'proposed_done'),
  ];
  if (!live) return null;
  if (carried.error)
    return (
      <section className="card" aria-labelledby="proposed-title">
        <h2 id="proposed-title">{t('review.proposedTitle', { n: '—' })}</h2>
        <FormFeedback error={carried.error} />
      </section>
    );
  if (proposed.length === 0) return null;
  return (
    <section className="card" aria-labelledby="proposed-title">
      <h2 id="proposed-title">{t('review.proposedTitle', { n: proposed.length })}</h2>
      <ul className="plain recs">
        {proposed.map((rec) => (
          <ProposedItem key={rec.id} rec={rec} result={result} />
        ))}
      </ul>
    </section>
  );
}

function ProposedItem({ rec, result }: { rec: Recommendation; result: AreaResult }) {
  const { t } = useI18n();
  const { followUp } = useResultActions(result.year, result.area.code);
  const [note, setNote] = useState('');
  const noteId = useId();
  const send = (status: 'done' | 'in_progress') =>
    followUp.mutate({ id: rec.id, body: { version: rec.version, status, note: note.trim() } });
  return (
    <li className="item-card">
      <RecommendationSummary rec={rec} />
      <div className="follow-up-form">
        <label htmlFor={noteId}>{t('review.proposedNote')}</label>
        <input id={noteId} value={note} onChange={(e) => setNote(e.target.value)} />
        <button
          type="button"
          className="primary"
          disabled={followUp.isPending || note.trim().length < 3}
          onClick={() => send('done')}
        >
          {t('review.confirmDone')}
        </button>
        <button
          type="button"
          disabled={followUp.isPending || note.trim().length < 3}
          onClick={() => send('in_progress')}
        >
          {t('review.reopen')}
        </button>
      </div>
      <FormFeedback error={followUp.error} />
    </li>
  );
}
