import { type AreaCode, areaName } from '@rapor/shared/areas';
import { AreaResult, type Period, type PeriodDetail } from '@rapor/shared/schemas';
import type { PeriodState } from '@rapor/shared/workflow';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useFigures } from '../../../api/figures';
import { useAreaResult } from '../../../api/get-area-result';
import { frameworksQueryOptions, useFrameworkLabel } from '../../../api/get-frameworks';
import { usePeriods } from '../../../api/get-periods';
import { AppealsPanel } from '../../../components/appeals/appeals-panel';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { FormFeedback } from '../../../components/ui/form-feedback';
import { EmptyState, QueryState } from '../../../components/ui/query-state';
import { ResultStatusTag } from '../../../components/ui/result-status';
import { paths } from '../../../config/paths';
import { useErrorText } from '../../../hooks/use-error-text';
import { useI18n } from '../../../i18n/i18n';
import { apiSend } from '../../../lib/api-client';
import { decimalText, parseDecimal } from '../../../lib/decimal';
import { formatNumber, formatPercent } from '../../../lib/format';
import { refreshAfterResultWrite } from '../../../lib/refresh';
import {
  useClosingCheck,
  useCreatePeriod,
  useMovePeriod,
  usePeriodDetail,
  useRebindPeriod,
} from '../api/periods';
import { ClosingExceptions, exceptionsComplete, toExceptions } from './closing-exceptions';
import { PlanDeadlines } from './plan-deadlines';

/** Where a period can go next, with the words for the button and the confirmation. */
const MOVES: Record<PeriodState, PeriodState[]> = {
  open: ['review'],
  review: ['open', 'closed'],
  closed: [],
};

/** An area's target for an open year: points, saved when the field is left. */
function TargetRow({
  year,
  code,
  frameworkId,
}: {
  year: number;
  code: AreaCode;
  frameworkId: string;
}) {
  const errorOf = useErrorText();
  const { locale, pick } = useI18n();
  const result = useAreaResult(year, code).data;
  const client = useQueryClient();
  const save = useMutation({
    mutationFn: (target: number | null) =>
      apiSend('PUT', `/api/v1/periods/${year}/areas/${code}`, AreaResult, {
        version: result?.version ?? 0,
        target,
      }),
    onSuccess: (updated) => refreshAfterResultWrite(client, year, code, updated),
  });
  const [text, setText] = useState<string | null>(null);
  const id = useId();
  if (!result) return null;
  const value = text ?? decimalText(result.target);
  return (
    <tr>
      <th scope="row">
        <label htmlFor={id}>
          <span className="code">{code}</span> {pick(areaName(code, frameworkId))}
        </label>
      </th>
      <td className="num">{formatNumber(result.score.max, locale)}</td>
      <td>
        <input
          id={id}
          inputMode="decimal"
          className="num-input"
          value={value}
          aria-invalid={text !== null && !parseDecimal(text).ok}
          onChange={(e) => setText(e.target.value)}
          onBlur={() => {
            if (text === null) return;
            const parsed = parseDecimal(text);
            // Not a number: the text stays, marked, instead of clearing the target.
            if (!parsed.ok) return;
            save.mutate(parsed.value, { onSettled: () => setText(null) });
          }}
        />
        {save.isError && (
          <span className="form-error" role="alert">
            {' '}
            {errorOf(save.error)}
          </span>
        )}
      </td>
      <td className="num">
        {result.target !== null && result.score.max > 0
          ? formatPercent((100 * result.target) / result.score.max, locale)
          : '—'}
      </td>
    </tr>
  );
}

function Targets({ period }: { period: Period }) {
  const { t } = useI18n();
  const detail = usePeriodDetail(period.year);
  if (!detail.data) return null;
  return (
    <details className="targets">
      <summary>{t('periods.targets', { year: period.year })}</summary>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{t('fw.areas')}</th>
            <th scope="col" className="num">
              {t('review.max')}
            </th>
            <th scope="col">{t('periods.targetPoints')}</th>
            <th scope="col" className="num">
              {t('unit.percentOfMax')}
            </th>
          </tr>
        </thead>
        <tbody>
          {detail.data.areas.map((a) => (
            <TargetRow
              key={a.code}
              year={period.year}
              code={a.code}
              frameworkId={period.frameworkId}
            />
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** A newer version of the same method than the one a year not yet closed is on, if any. */
function useNewerVersion(period: Period) {
  const frameworks = useQuery(frameworksQueryOptions()).data?.frameworks ?? [];
  if (period.state === 'closed') return null;
  const current = frameworks.find((f) => f.id === period.frameworkId);
  if (!current) return null;
  return frameworks.filter((f) => f.method === current.method && f.id > current.id).at(-1) ?? null;
}

/** Offers an open year the newer version of its method (the 2024 weights), confirmed first. */
function RebindOffer({ period }: { period: Period }) {
  const { t, pick } = useI18n();
  const newer = useNewerVersion(period);
  const rebind = useRebindPeriod();
  const [asking, setAsking] = useState(false);
  if (!newer) return null;
  return (
    <div className="rebind" data-testid={`rebind-${period.year}`}>
      <button type="button" onClick={() => setAsking(true)}>
        {t('periods.rebind', { id: newer.id })}
      </button>
      <FormFeedback error={rebind.error} />
      <ConfirmDialog
        open={asking}
        title={t('periods.rebind.title', { year: period.year, id: newer.id })}
        confirmLabel={t('periods.rebind', { id: newer.id })}
        busy={rebind.isPending}
        onCancel={() => setAsking(false)}
        onConfirm={() =>
          rebind.mutate(
            { year: period.year, frameworkId: newer.id, version: period.version },
            { onSettled: () => setAsking(false) },
          )
        }
      >
        <p>{pick(newer.name)}</p>
        <p>{t('periods.rebind.body', { year: period.year, from: period.frameworkId })}</p>
      </ConfirmDialog>
    </div>
  );
}

/** One open or in-review period: its eight areas' statuses and how far the figures are. */
function PeriodBoard({ period }: { period: Period }) {
  const { t, pick } = useI18n();
  const detail = usePeriodDetail(period.year);
  const figures = useFigures(period.year);
  if (!detail.data) return <QueryState query={detail} />;
  return (
    <div className="board">
      <ul className="board-areas" aria-label={t('periods.board', { year: period.year })}>
        {detail.data.areas.map((a) => (
          <li key={a.code} className="board-area">
            <Link to={`${paths.area(a.code)}?year=${period.year}`}>
              <span className="code">{a.code}</span>{' '}
              <span className="sr-only">{pick(areaName(a.code, period.frameworkId))}</span>
            </Link>
            <ResultStatusTag status={a.status} closedUnverified={a.closedUnverified} />
            {a.chairs.length === 0 && (
              <Link to={paths.users} className="tag warn" data-testid={`no-chair-${a.code}`}>
                {t('periods.noChair')}
              </Link>
            )}
          </li>
        ))}
      </ul>
      <Targets period={period} />
      <PlanDeadlines period={period} />
      {period.state === 'review' && <AppealsPanel year={period.year} periodState={period.state} />}
      {figures.data && (
        <p>
          <Link to={`${paths.figures}?year=${period.year}`}>
            {t('fig.counts', {
              entered: figures.data.counts.entered,
              verified: figures.data.counts.verified,
              total: figures.data.counts.total,
            })}
          </Link>
        </p>
      )}
    </div>
  );
}

/** A closed year: final, and which areas were closed without the evaluator, for good. */
function ClosedPeriod({ period }: { period: Period }) {
  const { t } = useI18n();
  const unverified = (usePeriodDetail(period.year).data?.areas ?? []).filter(
    (a) => a.closedUnverified,
  );
  return (
    <>
      <span className="muted">{t('periods.final')}</span>
      {unverified.length > 0 && (
        <div data-testid={`closed-unverified-${period.year}`}>
          {t('periods.closedUnverified', { count: unverified.length })}:{' '}
          {unverified.map((a) => (
            <span key={a.code} title={a.closedUnverified ?? undefined}>
              <Link to={`${paths.area(a.code)}?year=${period.year}`} className="code">
                {a.code}
              </Link>{' '}
            </span>
          ))}
        </div>
      )}
    </>
  );
}

function OpenPeriodForm({ periods }: { periods: Period[] }) {
  const { t, pick } = useI18n();
  const frameworks = useQuery(frameworksQueryOptions());
  const create = useCreatePeriod();
  const last = periods.at(-1);
  const [year, setYear] = useState(String(last ? last.year + 1 : new Date().getFullYear()));
  const [frameworkId, setFrameworkId] = useState(last?.frameworkId ?? '');
  const [carry, setCarry] = useState(last !== undefined);
  const ids = { year: useId(), framework: useId(), carry: useId() };
  const options = frameworks.data?.frameworks ?? [];
  const chosen = frameworkId || options.at(-1)?.id || '';
  // the newest version offered: choosing an older one is allowed, but said
  const newest = options.at(-1);
  const newer = newest && chosen !== newest.id ? newest : null;
  return (
    <form
      className="fw-form"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate(
          { year: Number(year), frameworkId: chosen, carryTargets: carry },
          // the next free year is the likely next one to open
          { onSuccess: (created) => setYear(String(created.year + 1)) },
        );
      }}
    >
      <label htmlFor={ids.year}>{t('periods.year')}</label>
      <input
        id={ids.year}
        type="number"
        min={2000}
        max={2100}
        required
        value={year}
        onChange={(e) => setYear(e.target.value)}
      />
      <label htmlFor={ids.framework}>{t('periods.framework')}</label>
      <select
        id={ids.framework}
        value={chosen}
        onChange={(e) => setFrameworkId(e.target.value)}
        required
      >
        {options.map((f) => (
          <option key={f.id} value={f.id}>
            {pick(f.name)} ({f.id})
          </option>
        ))}
      </select>
      {newer && (
        <p className="note" role="note" data-testid="newer-framework">
          {t('periods.newerFramework', { name: pick(newer.name), id: newer.id })}
        </p>
      )}
      {last && (
        <>
          <span />
          <label className="check">
            <input
              id={ids.carry}
              type="checkbox"
              checked={carry}
              onChange={(e) => setCarry(e.target.checked)}
            />{' '}
            {t('periods.carry', { year: last.year })}
          </label>
        </>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={create.isPending || !chosen}>
          {t('periods.open', { year })}
        </button>
      </div>
      <FormFeedback error={create.error} />
      {create.isSuccess && <OpenedNote period={create.data} />}
    </form>
  );
}

/**
 * After a year is opened: who can start filling it, or which areas have no chair yet (nobody
 * can fill those until the secretariat names one on the users page).
 */
function OpenedNote({ period }: { period: PeriodDetail }) {
  const { t } = useI18n();
  const without = period.areas.filter((a) => a.chairs.length === 0).map((a) => a.code);
  if (without.length === 0)
    return (
      <p className="state ok" role="status">
        {t('periods.opened', { year: period.year })}
      </p>
    );
  return (
    <p className="state warn" role="status">
      {t('periods.openedNoChair', {
        year: period.year,
        count: without.length,
        codes: without.join(', '),
      })}{' '}
      <Link to={paths.users}>{t('periods.toUsers')}</Link>
    </p>
  );
}

/**
 * The secretariat's periods: open a year on a framework, move it open → review → closed with
 * a confirmation that says what closing means, and see where each open year stands.
 */
export function PeriodsPage() {
  const { t } = useI18n();
  const periods = usePeriods();
  const move = useMovePeriod();
  const label = useFrameworkLabel();
  const [pending, setPending] = useState<{ year: number; to: PeriodState; version: number } | null>(
    null,
  );
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const closing = useClosingCheck(pending?.to === 'closed' ? pending.year : null);
  const unverified = closing.data?.pending ?? [];
  const choose = (next: typeof pending) => {
    setPending(next);
    setReasons({});
  };

  const list = periods.data?.periods ?? [];
  return (
    <div className="page">
      <h1>{t('periods.title')}</h1>
      <p className="lead">{t('periods.lead')}</p>
      <section className="card" aria-labelledby="periods-list">
        <h2 id="periods-list">{t('periods.list')}</h2>
        {!periods.data ? (
          <QueryState query={periods} />
        ) : list.length === 0 ? (
          <EmptyState>{t('periods.none')}</EmptyState>
        ) : (
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{t('periods.year')}</th>
                  <th scope="col">{t('periods.framework')}</th>
                  <th scope="col">{t('periods.state')}</th>
                  <th scope="col">{t('periods.progress')}</th>
                  <th scope="col">{t('fig.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {[...list].reverse().map((p) => (
                  <tr key={p.year}>
                    <th scope="row">{p.year}</th>
                    <td>
                      {label(p.frameworkId)} <span className="code muted">{p.frameworkId}</span>
                      <RebindOffer period={p} />
                    </td>
                    <td>
                      <span className={`period-state period-${p.state}`}>
                        {t(`periodState.${p.state}`)}
                      </span>
                    </td>
                    <td>
                      {p.state === 'closed' ? (
                        <ClosedPeriod period={p} />
                      ) : (
                        <PeriodBoard period={p} />
                      )}
                    </td>
                    <td>
                      <div className="row-actions">
                        {MOVES[p.state].map((to) => (
                          <button
                            key={to}
                            type="button"
                            className={to === 'closed' ? 'danger' : undefined}
                            onClick={() => choose({ year: p.year, to, version: p.version })}
                          >
                            {t(`periods.move.${to}`)}
                          </button>
                        ))}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <FormFeedback error={move.error} />
      </section>
      <section className="card" aria-labelledby="periods-new">
        <h2 id="periods-new">{t('periods.new')}</h2>
        {periods.data && <OpenPeriodForm periods={list} />}
      </section>
      <ConfirmDialog
        open={pending !== null}
        title={pending ? t(`periods.confirm.${pending.to}.title`, { year: pending.year }) : ''}
        confirmLabel={pending ? t(`periods.move.${pending.to}`) : ''}
        busy={move.isPending}
        confirmDisabled={
          pending?.to === 'closed' &&
          (!closing.data ||
            closing.data.openAppeals.length > 0 ||
            !exceptionsComplete(unverified, reasons))
        }
        onCancel={() => choose(null)}
        onConfirm={() => {
          if (!pending) return;
          const exceptions =
            pending.to === 'closed' && unverified.length > 0
              ? toExceptions(unverified, reasons)
              : undefined;
          // a close is decided on the list the dialog shows, read at its own version
          const version =
            pending.to === 'closed' ? (closing.data?.version ?? pending.version) : pending.version;
          move.mutate({ ...pending, version, exceptions }, { onSettled: () => choose(null) });
        }}
      >
        {pending && <p>{t(`periods.confirm.${pending.to}.body`, { year: pending.year })}</p>}
        {pending?.to === 'closed' && (
          <ClosingExceptions
            year={pending.year}
            frameworkId={list.find((p) => p.year === pending.year)?.frameworkId ?? ''}
            reasons={reasons}
            onReason={(area, reason) => setReasons((r) => ({ ...r, [area]: reason }))}
          />
        )}
      </ConfirmDialog>
    </div>
  );
}
