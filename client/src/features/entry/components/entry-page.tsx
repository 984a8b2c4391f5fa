import { evaluatorScored, filingRefusal } from '@rapor/shared/appeals';
import { type AreaCode, isAreaCode } from '@rapor/shared/areas';
import type { AreaResult } from '@rapor/shared/schemas';
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { Link, useBlocker, useParams } from 'react-router';
import { useItemAppeals } from '../../../api/appeals';
import { useAreaResult } from '../../../api/get-area-result';
import { useHistory } from '../../../api/get-history';
import { useResultActions } from '../../../api/result-actions';
import { ItemAppeal } from '../../../components/appeals/item-appeal';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { FormFeedback } from '../../../components/ui/form-feedback';
import { HistoryList } from '../../../components/ui/history-list';
import { QueryState } from '../../../components/ui/query-state';
import { ResultStatusTag } from '../../../components/ui/result-status';
import { paths } from '../../../config/paths';
import { useCan } from '../../../hooks/use-can';
import { useI18n } from '../../../i18n/i18n';
import { formatNumber, formatPercent, plainValue } from '../../../lib/format';
import { indicatorGroups, indicatorsOf } from '../../../lib/score-tree';
import { type SaveStatus, useWorksheetSaver } from '../api/use-worksheet-saver';
import {
  acceptedEdits,
  chairIndicators,
  liveScore,
  missingItems,
  nextUnanswered,
} from '../utils/worksheet';
import { AchievementsEditor } from './achievements-editor';
import { DirectionsPanel } from './directions-panel';
import { FollowUpsEditor } from './follow-ups-editor';
import { IndicatorEditor } from './indicator-editor';
import { PlanReportsDue } from './plan-reports-due';
import { WorksheetImportCard } from './worksheet-import';

function SaveState({ status, message }: { status: SaveStatus; message: string | null }) {
  const { t } = useI18n();
  if (status === 'idle') return null;
  return (
    <span className={`save-state save-${status}`} role="status" aria-live="polite">
      {t(`entry.save.${status}`)}
      {message && status === 'failed' && `: ${message}`}
    </span>
  );
}

/** Once submitted, the worksheet shows what happened to it: who did what, in words. */
function WorksheetHistory({ year, code }: { year: number; code: string }) {
  const { t } = useI18n();
  const history = useHistory(year, code);
  return (
    <section className="card" aria-labelledby="ws-history">
      <h2 id="ws-history">{t('area.history')}</h2>
      {history.data ? (
        <HistoryList entries={history.data.entries} />
      ) : (
        <QueryState query={history} />
      )}
    </section>
  );
}

/** The chair's worksheet for one area and year: answer, evidence, narrative; autosaved; submit. */
function Worksheet({
  result,
  editable,
  canFollowUp,
  appeals,
}: {
  result: AreaResult;
  editable: boolean;
  canFollowUp: boolean;
  /** each item's appeal, the window, and whether the table lets this user file at all */
  appeals: ReturnType<typeof useItemAppeals> & { mayFile: boolean };
}) {
  const { t, locale, pick } = useI18n();
  const saver = useWorksheetSaver(result.year, result.area.code, result.version);
  const actions = useResultActions(result.year, result.area.code);
  const [current, setCurrent] = useState<string | null>(null);
  const [confirmSubmit, setConfirmSubmit] = useState(false);
  const narrativeId = useId();
  const groups = indicatorGroups(result.tree);
  // Returned one by one: only the indicators the evaluator named are open again.
  const returned = new Set(
    chairIndicators(result.tree)
      .filter((n) => n.indicator?.returnedReason)
      .map((n) => n.code),
  );
  const partial = editable && result.status === 'returned' && returned.size > 0;
  const mayEdit = (code: string | null) =>
    editable && (!partial || (code !== null && returned.has(code)));
  // a value the server refused is not counted as an answer (it stays on screen to be fixed)
  const counted = useMemo(
    () => acceptedEdits(saver.edits, saver.refused),
    [saver.edits, saver.refused],
  );
  const score = liveScore(result.tree, counted);
  const missing = missingItems(result.tree, counted);

  const goToNext = useCallback(() => {
    const next = nextUnanswered(result.tree, counted, current);
    if (!next) return;
    setCurrent(next);
    const element = document.getElementById(`ind-${next}`);
    element?.scrollIntoView({ block: 'center' });
    element?.querySelector<HTMLElement>('input, textarea')?.focus();
  }, [current, result.tree, counted]);

  // Alt+N: the next unanswered indicator, from anywhere on the page.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && (e.key === 'n' || e.key === 'N')) {
        e.preventDefault();
        goToNext();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [goToNext]);

  // Leaving the page with edits not yet saved asks first.
  const blocker = useBlocker(saver.pending);

  return (
    <>
      <section className="entry-bar" aria-label={t('entry.summary')}>
        <span>
          <strong>
            {formatNumber(score.points, locale)} / {formatNumber(score.max, locale)}
          </strong>{' '}
          {t('unit.points')} ({formatPercent(score.percent, locale)})
        </span>
        <span>
          {score.total === 0
            ? t('entry.noOwnItems')
            : t('entry.completeness', {
                answered: score.answered,
                total: score.total,
                evidence: score.withEvidence,
              })}
        </span>
        <SaveState status={saver.status} message={saver.message} />
        {editable && (
          <>
            <button type="button" onClick={goToNext} disabled={score.answered === score.total}>
              {t('entry.next')}
            </button>
            <button
              type="button"
              className="primary"
              disabled={saver.pending || actions.submit.isPending}
              onClick={() => setConfirmSubmit(true)}
            >
              {t('entry.submit')}
            </button>
          </>
        )}
      </section>

      {saver.conflicts.length > 0 && (
        <section className="card conflict" role="alert" aria-labelledby="conflict-title">
          <h2 id="conflict-title">{t('entry.conflict.title')}</h2>
          <p>{t('entry.conflict.lead')}</p>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('entry.conflict.field')}</th>
                <th scope="col">{t('entry.conflict.mine')}</th>
                <th scope="col">{t('entry.conflict.theirs')}</th>
                <th scope="col">{t('fig.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {saver.conflicts.map((c) => (
                <tr key={`${c.code}-${c.field}`}>
                  <th scope="row">
                    {c.code && <span className="code">{c.code}</span>} {t(`entry.field.${c.field}`)}
                  </th>
                  <td>{plainValue(c.mine, locale)}</td>
                  <td>{plainValue(c.theirs, locale)}</td>
                  <td>
                    <div className="row-actions">
                      <button type="button" onClick={() => saver.resolve(c, 'mine')}>
                        {t('entry.conflict.keepMine')}
                      </button>
                      <button type="button" onClick={() => saver.resolve(c, 'theirs')}>
                        {t('entry.conflict.takeTheirs')}
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {result.reviewComment && result.status === 'returned' && (
        <section className="card returned" aria-labelledby="returned-title">
          <h2 id="returned-title">{t('area.reviewComment')}</h2>
          <p>{result.reviewComment}</p>
          {partial && <p>{t('entry.partialReturn', { codes: [...returned].join(', ') })}</p>}
        </section>
      )}

      {groups.map((g) => (
        <section key={g.code} className="card" aria-labelledby={`grp-${g.code}`}>
          <h2 id={`grp-${g.code}`}>
            <span className="code">{g.code}</span> {pick(g.name)}{' '}
            <span className="muted">
              ({formatNumber(g.weight, locale)} {t('unit.points')})
            </span>
          </h2>
          {indicatorsOf([g]).map((node) => (
            <IndicatorEditor
              key={node.code}
              node={node}
              edit={saver.edits.get(node.code)}
              refused={saver.refused.get(node.code)}
              disabled={!mayEdit(node.code)}
              year={result.year}
              area={result.area.code}
              onEdit={(patch) => {
                setCurrent(node.code);
                saver.editIndicator(node.code, patch);
              }}
            >
              <ItemAppeal
                year={result.year}
                area={result.area.code}
                code={node.code}
                appeal={appeals.byItem.get(node.code)}
                canFile={
                  appeals.mayFile &&
                  filingRefusal({
                    windowOpen: appeals.windowOpen,
                    evaluatorScored: evaluatorScored(result.status, {
                      sourced: !!node.indicator?.figure,
                      value: node.indicator?.value ?? null,
                    }),
                    hasOpenAppeal: appeals.byItem.get(node.code)?.status === 'open',
                  }) === null
                }
              />
            </IndicatorEditor>
          ))}
        </section>
      ))}

      <section className="card" aria-labelledby="narrative-title">
        <h2 id="narrative-title">
          <label htmlFor={narrativeId}>{t('area.narrative')}</label>
        </h2>
        <textarea
          id={narrativeId}
          className="narrative"
          rows={6}
          disabled={!mayEdit(null)}
          value={saver.narrative ?? result.narrative}
          onChange={(e) => saver.editNarrative(e.target.value)}
        />
      </section>

      <div className="grid-1-1">
        <AchievementsEditor
          result={result}
          editable={mayEdit(null)}
          actions={actions}
          waitForSave={saver.pending}
        />
        <FollowUpsEditor
          result={result}
          actions={actions}
          canFollowUp={canFollowUp}
          editable={mayEdit(null)}
          waitForSave={saver.pending}
        />
      </div>

      {!editable && <WorksheetHistory year={result.year} code={result.area.code} />}

      <ConfirmDialog
        open={confirmSubmit}
        title={t('entry.submitTitle', { area: pick(result.area.name), year: result.year })}
        confirmLabel={t('entry.submitConfirm')}
        busy={actions.submit.isPending}
        onCancel={() => setConfirmSubmit(false)}
        onConfirm={() =>
          actions.submit.mutate(result.version, { onSettled: () => setConfirmSubmit(false) })
        }
      >
        {missing.length > 0 ? (
          <>
            <p>{t('entry.submitMissing', { n: missing.length })}</p>
            <ul className="missing">
              {missing.map((m) => (
                <li key={m.code}>
                  <span className="code">{m.code}</span> {pick(m.name)} —{' '}
                  {t(`entry.missing.${m.what}`)}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t('entry.submitReady')}</p>
        )}
        <p>{t('entry.submitAfter')}</p>
      </ConfirmDialog>
      <FormFeedback error={actions.submit.error} />
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        title={t('entry.leaveTitle')}
        confirmLabel={t('entry.leave')}
        onCancel={() => blocker.reset?.()}
        onConfirm={() => blocker.proceed?.()}
      >
        <p>{t('entry.leaveBody')}</p>
      </ConfirmDialog>
    </>
  );
}

/** /entry/:year/:code — the chair of the area fills it in; everyone else reads it. */
export function EntryPage() {
  const { year: yearText = '', code = '' } = useParams();
  const { t, pick } = useI18n();
  const can = useCan();
  const year = Number(yearText);
  const valid = isAreaCode(code) && Number.isInteger(year);
  const result = useAreaResult(valid ? year : undefined, code);
  const appeals = useItemAppeals(result.data);
  if (!valid) {
    return (
      <div className="page">
        <p className="state empty">{t('state.notFound')}</p>
      </div>
    );
  }
  if (!result.data) {
    return (
      <div className="page">
        <QueryState query={result} />
      </div>
    );
  }
  const r = result.data;
  const mine = can('result.edit', { area: code as AreaCode });
  const editable =
    mine && r.periodState === 'open' && (r.status === 'draft' || r.status === 'returned');
  return (
    <div className="page entry">
      <h1>{t('entry.title', { area: pick(r.area.name), year: r.year })}</h1>
      <p className="lead">
        <ResultStatusTag status={r.status} closedUnverified={r.closedUnverified} />{' '}
        {editable
          ? t('entry.leadEditable')
          : mine
            ? t('entry.leadLocked')
            : t('entry.leadReadOnly')}{' '}
        <Link to={`${paths.area(r.area.code)}?year=${r.year}`}>{t('entry.toAreaPage')}</Link>
      </p>
      {mine && <PlanReportsDue year={r.year} area={r.area.code} />}
      <DirectionsPanel
        year={r.year}
        area={r.area.code}
        canReport={mine}
        canClose={can('direction.close')}
      />
      <Worksheet
        key={`${r.year}-${r.area.code}`}
        result={r}
        editable={editable}
        canFollowUp={can('followUp.create', { area: code as AreaCode })}
        appeals={{
          ...appeals,
          mayFile: can('appeal.file', { area: code as AreaCode, periodState: r.periodState }),
        }}
      />
      {/* an area whose items are all outside figures has nothing for the chair to fill offline */}
      {chairIndicators(r.tree).length > 0 && <WorksheetImportCard result={r} editable={editable} />}
    </div>
  );
}
