import type { Appeal } from '@rapor/shared/appeal-schemas';
import { awaitsRescore, tallyAppeals } from '@rapor/shared/appeals';
import type { AreaCode } from '@rapor/shared/areas';
import { appealStateLabel } from '@rapor/shared/labels';
import type { PeriodState } from '@rapor/shared/workflow';
import { useId, useState } from 'react';
import {
  useAnswerAppeal,
  useAppeals,
  useMoveAppealWindow,
  useRescoreAppeal,
} from '../../api/appeals';
import { useCan } from '../../hooks/use-can';
import { useI18n } from '../../i18n/i18n';
import { formatDateTime, plainValue } from '../../lib/format';
import { AnswerInput, answerFromText } from '../ui/answer-input';
import { FormFeedback } from '../ui/form-feedback';
import { QueryState } from '../ui/query-state';

/** An appeal's state as a tag: open waits, rejected stands, accepted says whether rescored. */
export function AppealTag({ appeal }: { appeal: Appeal }) {
  const { pick } = useI18n();
  const tone =
    appeal.status === 'open' ? 'submitted' : appeal.status === 'rejected' ? 'returned' : 'verified';
  return (
    <span className={`status status-${tone}`} data-appeal={appeal.status}>
      {pick(appealStateLabel(appeal))}
    </span>
  );
}

/** What was filed and answered, for every reader. */
export function AppealDetail({ appeal }: { appeal: Appeal }) {
  const { t, locale } = useI18n();
  return (
    <div className="appeal-detail">
      <p>
        <AppealTag appeal={appeal} />{' '}
        <span className="muted">
          {t('appeal.filedBy', {
            name: appeal.filedBy,
            at: formatDateTime(appeal.filedAt, locale),
          })}
        </span>
      </p>
      <p>
        <strong>{t('appeal.reason')}:</strong> {appeal.reason}
      </p>
      <p>
        <strong>{t('appeal.file')}:</strong>{' '}
        <a href={appeal.file.url} target="_blank" rel="noreferrer noopener">
          {appeal.file.label}
        </a>
        {' · '}
        {t('appeal.scoreAtFiling', { value: plainValue(appeal.scoreAtFiling, locale) })}
      </p>
      {appeal.response !== null && (
        <p>
          <strong>{t('appeal.response')}:</strong> {appeal.response}{' '}
          <span className="muted">
            ({appeal.answeredBy}, {formatDateTime(appeal.answeredAt ?? '', locale)})
          </span>
        </p>
      )}
      {appeal.rescore && (
        <p>
          {t('appeal.rescored', {
            before: plainValue(appeal.rescore.before, locale),
            after: plainValue(appeal.rescore.after, locale),
            name: appeal.rescore.by,
            at: formatDateTime(appeal.rescore.at, locale),
          })}
        </p>
      )}
    </div>
  );
}

function AnswerForm({ appeal }: { appeal: Appeal }) {
  const { t } = useI18n();
  const answer = useAnswerAppeal(appeal.year);
  const ids = { response: useId(), accept: useId(), reject: useId() };
  const [decision, setDecision] = useState<'accepted' | 'rejected' | null>(null);
  const [response, setResponse] = useState('');
  const ready = decision !== null && response.trim() !== '';
  return (
    <form
      className="appeal-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!ready) return;
        answer.mutate({ id: appeal.id, version: appeal.version, decision, response });
      }}
    >
      <fieldset>
        <legend>{t('appeal.decision')}</legend>
        <label htmlFor={ids.accept}>
          <input
            id={ids.accept}
            type="radio"
            name={`decision-${appeal.id}`}
            checked={decision === 'accepted'}
            onChange={() => setDecision('accepted')}
          />{' '}
          {t('appeal.accept')}
        </label>{' '}
        <label htmlFor={ids.reject}>
          <input
            id={ids.reject}
            type="radio"
            name={`decision-${appeal.id}`}
            checked={decision === 'rejected'}
            onChange={() => setDecision('rejected')}
          />{' '}
          {t('appeal.reject')}
        </label>
      </fieldset>
      <label htmlFor={ids.response} className="field-label">
        {t('appeal.response')}
      </label>
      <textarea
        id={ids.response}
        rows={3}
        value={response}
        onChange={(e) => setResponse(e.target.value)}
      />
      {!ready && <p className="muted">{t('appeal.answerNeeds')}</p>}
      <button type="submit" className="primary" disabled={!ready || answer.isPending}>
        {t('appeal.sendAnswer')}
      </button>
      <FormFeedback error={answer.error} />
    </form>
  );
}

function RescoreForm({ appeal }: { appeal: Appeal }) {
  const { t } = useI18n();
  const rescore = useRescoreAppeal(appeal.year);
  const ids = { value: useId(), comment: useId() };
  const [text, setText] = useState('');
  const [comment, setComment] = useState('');
  const value = answerFromText(appeal.answer, text);
  return (
    <form
      className="appeal-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (value === null) return;
        rescore.mutate({
          id: appeal.id,
          version: appeal.version,
          value,
          ...(comment.trim() ? { comment } : {}),
        });
      }}
    >
      <p>{t('appeal.rescoreLead')}</p>
      <label htmlFor={ids.value} className="field-label">
        {t('appeal.newValue', { code: appeal.code })}
      </label>
      <AnswerInput id={ids.value} answer={appeal.answer} text={text} onChange={setText} />
      <label htmlFor={ids.comment} className="field-label">
        {t('appeal.rescoreComment')}
      </label>
      <textarea
        id={ids.comment}
        rows={2}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
      />
      <button type="submit" className="primary" disabled={value === null || rescore.isPending}>
        {t('appeal.saveRescore')}
      </button>
      <FormFeedback error={rescore.error} />
    </form>
  );
}

/**
 * The year's appeals: the secretariat opens and closes the window (in review), the evaluator
 * answers each and makes an accepted one's score change; everyone else reads.
 */
export function AppealsPanel({
  year,
  periodState,
  area,
}: {
  year: number;
  periodState: PeriodState;
  area?: AreaCode;
}) {
  const { t } = useI18n();
  const can = useCan();
  const list = useAppeals(year);
  const move = useMoveAppealWindow(year);
  const titleId = useId();
  const context = { periodState };
  if (!list.data) return <QueryState query={list} />;
  const appeals = list.data.appeals.filter((a) => !area || a.area === area);
  const tally = tallyAppeals(appeals);
  const mayMove = can('appeal.window', context);
  if (periodState !== 'review' && appeals.length === 0) return null;
  return (
    <section className="card appeals" aria-labelledby={titleId} data-testid={`appeals-${year}`}>
      <h2 id={titleId}>{t('appeal.title', { year })}</h2>
      <p>
        {periodState === 'review'
          ? list.data.windowOpen
            ? t('appeal.windowOpen')
            : t('appeal.windowClosed')
          : t('appeal.windowOver')}{' '}
        {tally.total > 0 &&
          t('appeal.tally', {
            total: tally.total,
            open: tally.open,
            accepted: tally.accepted,
            rejected: tally.rejected,
          })}
      </p>
      {mayMove && (
        <p>
          <button
            type="button"
            disabled={move.isPending}
            onClick={() => move.mutate(!list.data.windowOpen)}
          >
            {list.data.windowOpen ? t('appeal.closeWindow') : t('appeal.openWindow')}
          </button>
          <FormFeedback error={move.error} />
        </p>
      )}
      {appeals.length === 0 ? (
        <p className="state empty">{t('appeal.none')}</p>
      ) : (
        <ol className="appeal-list">
          {appeals.map((appeal) => (
            <li key={appeal.id} id={`appeal-${appeal.id}`}>
              <h3>
                <span className="code">{appeal.code}</span> {appeal.title}{' '}
                <span className="muted">({appeal.area})</span>
              </h3>
              <AppealDetail appeal={appeal} />
              {appeal.status === 'open' && can('appeal.answer', context) && (
                <AnswerForm appeal={appeal} />
              )}
              {awaitsRescore(appeal) && can('appeal.rescore', context) && (
                <RescoreForm appeal={appeal} />
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
