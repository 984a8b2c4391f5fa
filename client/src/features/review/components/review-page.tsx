import { type AnswerValue, optionCodeOf, rangeText } from '@rapor/shared/answers';
import { areaName, isAreaCode } from '@rapor/shared/areas';
import type { AreaResult, ReviewQueue, ScoredNodeDto } from '@rapor/shared/schemas';
import { useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useAreaResult } from '../../../api/get-area-result';
import { AppealsPanel } from '../../../components/appeals/appeals-panel';
import { AnswerText } from '../../../components/ui/answer-value';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { EvaluatorPoints } from '../../../components/ui/evaluator-points';
import { FormFeedback } from '../../../components/ui/form-feedback';
import { EmptyState, QueryState } from '../../../components/ui/query-state';
import { ResultStatusTag } from '../../../components/ui/result-status';
import { RubricLevels } from '../../../components/ui/rubric';
import { paths } from '../../../config/paths';
import { useCan } from '../../../hooks/use-can';
import { useErrorText } from '../../../hooks/use-error-text';
import { useI18n } from '../../../i18n/i18n';
import { decimalText, parseDecimal } from '../../../lib/decimal';
import { formatDate, formatNumber, plainValue } from '../../../lib/format';
import { indicatorsOf } from '../../../lib/score-tree';
import { useReviewActions, useReviewQueue } from '../api/review';
import { ProposedClosures } from './proposed-closures';

function criterionOf(
  node: ScoredNodeDto,
  value: AnswerValue | null,
  pick: (t: { id: string; en: string }) => string,
) {
  if (value === null || !node.options) return null;
  const option = node.options.find((o) => o.code === optionCodeOf(value));
  return option ? pick(option.criterion) : null;
}

/** One indicator under review: the chair's answer and evidence beside the evaluator's value. */
function ReviewRow({
  node,
  result,
  editable,
  changed,
  marked,
  onMark,
}: {
  node: ScoredNodeDto;
  result: AreaResult;
  editable: boolean;
  changed: boolean;
  marked: string | undefined;
  onMark: (reason: string | undefined) => void;
}) {
  const errorOf = useErrorText();
  const { t, locale, pick } = useI18n();
  const actions = useReviewActions(result.year, result.area.code);
  const ind = node.indicator;
  const ids = { value: useId(), note: useId(), reason: useId(), mark: useId() };
  const [note, setNote] = useState(ind?.evaluatorComment ?? '');
  const [number, setNumber] = useState<string | null>(null);
  if (!ind) return null;
  const save = (body: { evaluatorValue?: AnswerValue | null; evaluatorComment?: string | null }) =>
    actions.evaluate.mutate({ indicator: node.code, body });
  const own = !ind.figure;
  const chosenCriterion = criterionOf(node, ind.selfValue, pick);
  return (
    <tr id={`rev-${node.code}`} className={changed ? 'changed' : undefined}>
      <th scope="row">
        <span className="code">{node.code}</span> {pick(node.name)}{' '}
        <span className="muted">({formatNumber(node.weight, locale)})</span>
        {changed && <span className="badge-soft">{t('review.changed')}</span>}
      </th>
      <td>
        <strong>
          <AnswerText answer={ind.answer} value={ind.selfValue} />
        </strong>
        {chosenCriterion && <div className="muted">{chosenCriterion}</div>}
        {own && (
          <RubricLevels
            rubric={node.rubric}
            answer={ind.answer}
            selfValue={ind.selfValue}
            evaluatorValue={ind.evaluatorValue}
          />
        )}
        {ind.figure && (
          <div className="muted">{t('area.figure', { source: ind.figure.sourcedBy })}</div>
        )}
        {ind.evidence.length > 0 ? (
          <ul className="plain">
            {ind.evidence.map((e) => (
              <li key={e.url}>
                <a href={e.url} target="_blank" rel="noreferrer noopener">
                  {e.label}
                </a>
              </li>
            ))}
          </ul>
        ) : (
          own && <div className="warn">{t('entry.noEvidence')}</div>
        )}
        {ind.selfComment && <p className="comments">{ind.selfComment}</p>}
      </td>
      <td>
        {node.fromPlan ? (
          <>
            <AnswerText answer={ind.answer} value={ind.evaluatorValue} />
            <div className="muted">{t(`entry.fromPlan.${node.fromPlan}`)}</div>
            <Link to={paths.planGrading(result.year)}>{t('entry.fromPlan.open')}</Link>
          </>
        ) : own && editable ? (
          <div className="eval-controls">
            <label htmlFor={ids.value} className="sr-only">
              {t('review.value', { code: node.code })}
            </label>
            {node.options ? (
              <select
                id={ids.value}
                value={ind.evaluatorValue === null ? '' : optionCodeOf(ind.evaluatorValue)}
                onChange={(e) => {
                  const code = e.target.value;
                  save({
                    evaluatorValue:
                      code === '' ? null : ind.answer.type === 'yesno' ? code === 'Ya' : code,
                  });
                }}
              >
                <option value="">{t('review.noValue')}</option>
                {node.options.map((o) => (
                  <option key={o.code} value={o.code}>
                    {o.code} — {pick(o.criterion)}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={ids.value}
                inputMode="decimal"
                placeholder={rangeText(ind.answer)}
                value={number ?? decimalText(ind.evaluatorValue)}
                aria-invalid={number !== null && !parseDecimal(number).ok}
                onChange={(e) => setNumber(e.target.value)}
                onBlur={() => {
                  if (number === null) return;
                  const parsed = parseDecimal(number);
                  // Not a number: the text stays, marked, instead of clearing the value.
                  if (!parsed.ok) return;
                  save({ evaluatorValue: parsed.value });
                  setNumber(null);
                }}
              />
            )}
            <label htmlFor={ids.note} className="sr-only">
              {t('review.note', { code: node.code })}
            </label>
            <textarea
              id={ids.note}
              rows={2}
              placeholder={t('review.notePlaceholder')}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              onBlur={() => {
                if (note !== (ind.evaluatorComment ?? ''))
                  save({ evaluatorComment: note.trim() || null });
              }}
            />
            {actions.evaluate.isError && actions.evaluate.variables?.indicator === node.code && (
              <p className="form-error" role="alert">
                {errorOf(actions.evaluate.error)}
              </p>
            )}
          </div>
        ) : ind.figure ? (
          <span className="muted">
            {ind.figure.verifiedBy
              ? t('area.figureVerified', { name: ind.figure.verifiedBy })
              : t('area.figureUnverified')}
          </span>
        ) : (
          <>
            <AnswerText answer={ind.answer} value={ind.evaluatorValue} />
            {ind.evaluatorComment && <p className="comments">{ind.evaluatorComment}</p>}
          </>
        )}
      </td>
      <td>
        {own && editable && (
          <div className="return-mark">
            <label className="check" htmlFor={ids.mark}>
              <input
                id={ids.mark}
                type="checkbox"
                checked={marked !== undefined}
                onChange={(e) => onMark(e.target.checked ? '' : undefined)}
              />{' '}
              {t('review.returnThis')}
            </label>
            {marked !== undefined && (
              <>
                <label htmlFor={ids.reason} className="sr-only">
                  {t('review.reason', { code: node.code })}
                </label>
                <input
                  id={ids.reason}
                  placeholder={t('review.reasonPlaceholder')}
                  value={marked}
                  onChange={(e) => onMark(e.target.value)}
                />
              </>
            )}
          </div>
        )}
        {ind.returnedReason && <p className="evaluator-note">{ind.returnedReason}</p>}
      </td>
    </tr>
  );
}

/** /review/:year/:code — the evaluator checks one submitted result, then returns or verifies it. */
export function ReviewPage() {
  const { year: yearText = '', code = '' } = useParams();
  const { t, locale, pick } = useI18n();
  const can = useCan();
  const year = Number(yearText);
  const valid = isAreaCode(code) && Number.isInteger(year);
  const result = useAreaResult(valid ? year : undefined, code);
  const actions = useReviewActions(year, code);
  const [marks, setMarks] = useState<Record<string, string>>({});
  const [comment, setComment] = useState('');
  const [dialog, setDialog] = useState<'return' | 'verify' | null>(null);
  const commentId = useId();
  if (!valid) return <p className="state empty">{t('state.notFound')}</p>;
  if (!result.data) return <QueryState query={result} />;
  const r = result.data;
  const editable = can('result.evaluate', { periodState: r.periodState, status: r.status });
  const changed = new Set(r.review?.changes.map((c) => c.code) ?? []);
  const marked = Object.entries(marks);
  const reasonsMissing = marked.some(([, reason]) => reason.trim().length < 3);
  const gap = r.score.selfPoints - r.score.evaluatorPoints;
  return (
    <div className="page review">
      <h1>{t('review.title', { area: pick(r.area.name), year: r.year })}</h1>
      <p className="lead">
        <ResultStatusTag status={r.status} closedUnverified={r.closedUnverified} />{' '}
        {editable ? t('review.leadEditable') : t('review.leadReadOnly')}{' '}
        <Link to={`${paths.area(r.area.code)}?year=${r.year}`}>{t('entry.toAreaPage')}</Link>
      </p>
      <section className="entry-bar" aria-label={t('review.gapTitle')}>
        <span>
          {t('review.self')}: <strong>{formatNumber(r.score.selfPoints, locale)}</strong>
        </span>
        <span>
          {t('review.evaluator')}:{' '}
          <strong>
            <EvaluatorPoints score={r.score} />
          </strong>
        </span>
        {r.score.evaluated > 0 && (
          <span className={gap > 0 ? 'warn' : undefined}>
            {t('review.gap')}: <strong>{formatNumber(gap, locale)}</strong> /{' '}
            {formatNumber(r.score.max, locale)} {t('unit.points')}
          </span>
        )}
        {editable && (
          <>
            <button type="button" onClick={() => setDialog('return')}>
              {marked.length > 0
                ? t('review.returnSome', { n: marked.length })
                : t('review.returnAll')}
            </button>
            <button type="button" className="primary" onClick={() => setDialog('verify')}>
              {t('review.verify')}
            </button>
          </>
        )}
      </section>

      {r.review && (
        <section className="card" aria-labelledby="since-title">
          <h2 id="since-title">
            {t('review.since', { date: formatDate(r.review.at.slice(0, 10), locale) })}
          </h2>
          <p className="muted">
            {t('review.lastComment')}: {r.review.comment}
          </p>
          {r.review.changes.length === 0 ? (
            <EmptyState>{t('review.noChanges')}</EmptyState>
          ) : (
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{t('entry.conflict.field')}</th>
                  <th scope="col">{t('review.before')}</th>
                  <th scope="col">{t('review.after')}</th>
                </tr>
              </thead>
              <tbody>
                {r.review.changes.map((c) => (
                  <tr key={`${c.code}-${c.field}`}>
                    <th scope="row">
                      <a href={`#rev-${c.code}`} className="code">
                        {c.code}
                      </a>{' '}
                      {t(`entry.field.${c.field}`)}
                    </th>
                    <td>{plainValue(c.before, locale)}</td>
                    <td>{plainValue(c.after, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}

      {can('recommendation.close') && <ProposedClosures result={r} />}

      {r.periodState !== 'open' && (
        <AppealsPanel year={r.year} periodState={r.periodState} area={r.area.code} />
      )}

      <section className="card" aria-labelledby="rev-ind">
        <h2 id="rev-ind">{t('area.structure', { year: r.year })}</h2>
        <div className="table-wrap">
          <table className="data review-table">
            <thead>
              <tr>
                <th scope="col">{t('area.indicator')}</th>
                <th scope="col">{t('review.chair')}</th>
                <th scope="col">{t('area.evaluator')}</th>
                <th scope="col">{t('review.returnCol')}</th>
              </tr>
            </thead>
            <tbody>
              {indicatorsOf(r.tree).map((node) => (
                <ReviewRow
                  key={node.code}
                  node={node}
                  result={r}
                  editable={editable}
                  changed={changed.has(node.code)}
                  marked={marks[node.code]}
                  onMark={(reason) =>
                    setMarks((m) => {
                      const next = { ...m };
                      if (reason === undefined) delete next[node.code];
                      else next[node.code] = reason;
                      return next;
                    })
                  }
                />
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <ConfirmDialog
        open={dialog === 'return'}
        title={t('review.returnTitle', { area: pick(r.area.name), year: r.year })}
        confirmLabel={t('review.returnConfirm')}
        busy={actions.returnResult.isPending || !comment.trim() || reasonsMissing}
        onCancel={() => setDialog(null)}
        onConfirm={() => {
          if (!comment.trim() || reasonsMissing) return;
          actions.returnResult.mutate(
            {
              comment: comment.trim(),
              ...(marked.length > 0 && {
                indicators: marked.map(([c, reason]) => ({ code: c, reason: reason.trim() })),
              }),
            },
            {
              onSuccess: () => {
                setDialog(null);
                setMarks({});
                setComment('');
              },
            },
          );
        }}
      >
        <p>
          {marked.length > 0
            ? t('review.returnSomeBody', { codes: marked.map(([c]) => c).join(', ') })
            : t('review.returnAllBody')}
        </p>
        <label htmlFor={commentId} className="field-label">
          {t('review.comment')}
        </label>
        <textarea
          id={commentId}
          rows={3}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
        {(!comment.trim() || reasonsMissing) && (
          <p className="warn">
            {reasonsMissing ? t('review.needReasons') : t('review.needComment')}
          </p>
        )}
        <FormFeedback error={actions.returnResult.error} />
      </ConfirmDialog>
      <ConfirmDialog
        open={dialog === 'verify'}
        title={t('review.verifyTitle', { area: pick(r.area.name), year: r.year })}
        confirmLabel={t('review.verify')}
        busy={actions.verify.isPending}
        onCancel={() => setDialog(null)}
        onConfirm={() => actions.verify.mutate(undefined, { onSettled: () => setDialog(null) })}
      >
        <p>
          {t('review.verifyBody', {
            points: formatNumber(r.score.evaluatorPoints, locale),
            max: formatNumber(r.score.max, locale),
          })}
        </p>
        <FormFeedback error={actions.verify.error} />
      </ConfirmDialog>
    </div>
  );
}

type QueueArea = ReviewQueue['periods'][number]['areas'][number];

function QueueRow({
  year,
  frameworkId,
  area,
}: {
  year: number;
  frameworkId: string;
  area: QueueArea;
}) {
  const { t, locale, pick } = useI18n();
  return (
    <tr>
      <th scope="row">
        <Link to={paths.review(year, area.code)}>
          <span className="code">{area.code}</span> {pick(areaName(area.code, frameworkId))}
        </Link>
      </th>
      <td>{year}</td>
      <td>
        <ResultStatusTag status={area.status} closedUnverified={area.closedUnverified} />
        {/* recommendations the chair proposes as done wait for the evaluator too */}
        {area.proposals > 0 && (
          <div className="muted" data-testid={`proposals-${area.code}`}>
            {t('review.queueProposals', { n: area.proposals })}
          </div>
        )}
      </td>
      <td className="num">{formatNumber(area.score.selfPoints, locale)}</td>
      <td className="num">
        <EvaluatorPoints score={area.score} />
      </td>
      <td className="num">{formatNumber(area.score.max, locale)}</td>
    </tr>
  );
}

/** /review — what waits for the evaluator: the results of the periods still open or in review. */
export function ReviewQueuePage() {
  const { t } = useI18n();
  const queue = useReviewQueue();
  const open = queue.data?.periods ?? [];
  const waiting = open.flatMap((p) => p.areas).filter((a) => a.status === 'submitted').length;
  return (
    <div className="page">
      <h1>{t('review.queueTitle')}</h1>
      <p className="lead">{t('review.queueLead', { n: waiting })}</p>
      {!queue.data ? (
        <QueryState query={queue} />
      ) : open.length === 0 ? (
        <EmptyState>{t('review.noOpen')}</EmptyState>
      ) : (
        <section className="card">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('fw.areas')}</th>
                <th scope="col">{t('periods.year')}</th>
                <th scope="col">{t('periods.state')}</th>
                <th scope="col" className="num">
                  {t('review.self')}
                </th>
                <th scope="col" className="num">
                  {t('review.evaluator')}
                </th>
                <th scope="col" className="num">
                  {t('review.max')}
                </th>
              </tr>
            </thead>
            <tbody>
              {open.flatMap((p) =>
                p.areas.map((a) => (
                  <QueueRow
                    key={`${p.year}-${a.code}`}
                    year={p.year}
                    frameworkId={p.frameworkId}
                    area={a}
                  />
                )),
              )}
            </tbody>
          </table>
        </section>
      )}
      {open
        .filter((p) => p.state === 'review')
        .map((p) => (
          <AppealsPanel key={p.year} year={p.year} periodState={p.state} />
        ))}
    </div>
  );
}
