import { rangeText } from '@rapor/shared/answers';
import type { Figure, FiguresResponse } from '@rapor/shared/figure-schemas';
import { useId, useState } from 'react';
import {
  useFigures,
  useSetNotApplicable,
  useUpdateFigure,
  useUpdateFigures,
} from '../../../api/figures';
import { AnswerText } from '../../../components/ui/answer-value';
import { FormFeedback } from '../../../components/ui/form-feedback';
import { QueryState } from '../../../components/ui/query-state';
import { ItemTargetNote } from '../../../components/ui/target-baik';
import { useCan } from '../../../hooks/use-can';
import { useViewParams } from '../../../hooks/use-view-params';
import { useI18n } from '../../../i18n/i18n';
import { decimalText } from '../../../lib/decimal';
import { formatDate, formatNumber } from '../../../lib/format';
import { parseFigureInput } from '../utils/parse-value';
import { FiguresFileCard } from './figures-file';
import { FiguresGrid } from './figures-grid';
import { PasteFigures } from './paste-figures';

type Mode = 'read' | 'enter' | 'verify';

function StateBadge({ figure }: { figure: Figure }) {
  const { t } = useI18n();
  return <span className={`fig-state fig-${figure.state}`}>{t(`fig.state.${figure.state}`)}</span>;
}

/** The secretariat's form for one figure: the value as the source reports it, and the source. */
function EntryForm({ figure, year, onDone }: { figure: Figure; year: number; onDone: () => void }) {
  const { t, pick, locale } = useI18n();
  const update = useUpdateFigure(year);
  const ids = {
    value: useId(),
    title: useId(),
    issuer: useId(),
    date: useId(),
    url: useId(),
    note: useId(),
  };
  const [value, setValue] = useState(
    typeof figure.value === 'number' ? decimalText(figure.value) : String(figure.value ?? ''),
  );
  const [title, setTitle] = useState(figure.sourceTitle ?? '');
  const [issuer, setIssuer] = useState(figure.sourceIssuer ?? figure.sourcedBy);
  const [date, setDate] = useState(figure.sourceDate ?? '');
  const [url, setUrl] = useState(figure.evidence[0]?.url ?? '');
  const [note, setNote] = useState(figure.note ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const answer = figure.answer;
  // the shared words: a whole level, or decimals allowed, as this framework decides
  const range = rangeText(answer, locale) ?? null;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = parseFigureInput(answer, value);
    if (!parsed.ok) {
      setProblem(t('fig.notANumber'));
      return;
    }
    setProblem(null);
    // Only what changed is sent: a new value or source voids the evaluator's check, a
    // corrected note or link does not.
    const source = { title: title.trim(), issuer: issuer.trim(), date };
    const sourceChanged =
      source.title !== (figure.sourceTitle ?? '') ||
      source.issuer !== (figure.sourceIssuer ?? '') ||
      source.date !== (figure.sourceDate ?? '');
    update.mutate(
      {
        code: figure.code,
        body: {
          version: figure.version,
          ...(parsed.value !== figure.value && { value: parsed.value }),
          ...(sourceChanged && { source }),
          evidence: url.trim() ? [{ label: source.title || figure.code, url: url.trim() }] : [],
          note: note.trim() || null,
        },
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form
      className="fig-form"
      onSubmit={submit}
      aria-label={t('fig.enterFor', { code: figure.code })}
    >
      <label htmlFor={ids.value}>
        {t('fig.value')}
        {range && <span className="muted"> ({range})</span>}
      </label>
      {answer.type === 'choice' ? (
        <select id={ids.value} value={value} onChange={(e) => setValue(e.target.value)}>
          <option value="">{t('fig.none')}</option>
          {answer.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.value} — {pick(o.label)}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={ids.value}
          inputMode="decimal"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          required
        />
      )}
      <label htmlFor={ids.title}>{t('fig.sourceTitle')}</label>
      <input
        id={ids.title}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        minLength={3}
        required
      />
      <label htmlFor={ids.issuer}>{t('fig.sourceIssuer')}</label>
      <input
        id={ids.issuer}
        value={issuer}
        onChange={(e) => setIssuer(e.target.value)}
        minLength={2}
        required
      />
      <label htmlFor={ids.date}>{t('fig.sourceDate')}</label>
      <input
        id={ids.date}
        type="date"
        value={date}
        onChange={(e) => setDate(e.target.value)}
        required
      />
      <label htmlFor={ids.url}>{t('fig.evidence')}</label>
      <input
        id={ids.url}
        type="url"
        value={url}
        placeholder="https://"
        onChange={(e) => setUrl(e.target.value)}
      />
      <label htmlFor={ids.note}>{t('fig.note')}</label>
      <textarea id={ids.note} value={note} rows={2} onChange={(e) => setNote(e.target.value)} />
      <div className="actions">
        <button type="submit" className="primary" disabled={update.isPending}>
          {update.isPending ? t('fig.saving') : t('fig.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('fig.cancel')}
        </button>
      </div>
      {(problem || update.isError) && (
        <p className="form-error" role="alert">
          {problem ?? update.error?.message}
        </p>
      )}
    </form>
  );
}

/** The evaluator checks the figure against its source: verify, or withdraw with a reason. */
function VerifyControls({ figure, year }: { figure: Figure; year: number }) {
  const { t } = useI18n();
  const update = useUpdateFigure(year);
  const [reason, setReason] = useState('');
  const reasonId = useId();
  if (figure.state === 'missing') return <span className="muted">{t('fig.waiting')}</span>;
  return (
    <div className="fig-verify">
      {figure.state === 'entered' ? (
        <button
          type="button"
          className="primary"
          disabled={update.isPending}
          onClick={() =>
            update.mutate({ code: figure.code, body: { version: figure.version, verified: true } })
          }
        >
          {t('fig.verify')}
        </button>
      ) : (
        <>
          <label htmlFor={reasonId}>{t('fig.withdrawReason')}</label>
          <input id={reasonId} value={reason} onChange={(e) => setReason(e.target.value)} />
          <button
            type="button"
            disabled={update.isPending || reason.trim().length < 3}
            onClick={() =>
              update.mutate({
                code: figure.code,
                body: { version: figure.version, verified: false, evaluatorComment: reason.trim() },
              })
            }
          >
            {t('fig.withdraw')}
          </button>
        </>
      )}
      <FormFeedback error={update.error} />
    </div>
  );
}

/**
 * The admin's switch for an RB General item that does not apply to the ministry this year:
 * a reason is required, and counting it again is one click.
 */
function NotApplicableControl({ figure, year }: { figure: Figure; year: number }) {
  const { t } = useI18n();
  const set = useSetNotApplicable(year);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const reasonId = useId();
  if (figure.notApplicable !== null) {
    return (
      <div className="na-control">
        <button
          type="button"
          disabled={set.isPending}
          onClick={() => set.mutate({ code: figure.code, reason: null })}
        >
          {t('fig.na.include')}
        </button>
        <FormFeedback error={set.error} />
      </div>
    );
  }
  if (!open) {
    return (
      <div className="na-control">
        <button
          type="button"
          className="link"
          onClick={() => setOpen(true)}
          aria-label={t('fig.na.excludeLabel', { code: figure.code })}
        >
          {t('fig.na.exclude')}
        </button>
      </div>
    );
  }
  return (
    <form
      className="na-control"
      onSubmit={(e) => {
        e.preventDefault();
        set.mutate(
          { code: figure.code, reason: reason.trim() },
          { onSuccess: () => setOpen(false) },
        );
      }}
    >
      <label htmlFor={reasonId}>{t('fig.na.reason')}</label>
      <input
        id={reasonId}
        value={reason}
        minLength={5}
        required
        onChange={(e) => setReason(e.target.value)}
      />
      <span className="muted">{t('fig.na.hint')}</span>
      <div className="actions">
        <button type="submit" disabled={set.isPending || reason.trim().length < 5}>
          {t('fig.na.save')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('fig.cancel')}
        </button>
      </div>
      <FormFeedback error={set.error} />
    </form>
  );
}

/** A figure the evaluator can verify now: entered with its source, not yet checked. */
const verifiable = (f: Figure) => f.notApplicable === null && f.state === 'entered';

function FigureRow({
  figure,
  year,
  mode,
  selected,
  onSelect,
}: {
  figure: Figure;
  year: number;
  mode: Mode;
  selected: boolean;
  onSelect: (on: boolean) => void;
}) {
  const { t, locale, pick } = useI18n();
  const [editing, setEditing] = useState(false);
  const left = figure.notApplicable !== null;
  return (
    <tr id={`fig-${figure.code}`} className={left ? 'not-applicable' : undefined}>
      <th scope="row">
        {mode === 'verify' && verifiable(figure) && (
          <input
            type="checkbox"
            className="bulk-select"
            checked={selected}
            aria-label={t('fig.bulk.select', { code: figure.code })}
            onChange={(e) => onSelect(e.target.checked)}
          />
        )}
        <span className="code">{figure.code}</span> {pick(figure.name)}
        <div className="muted">
          {t('area.figure', { source: figure.sourcedBy })}
          {figure.area && ` · ${figure.area}`}
        </div>
      </th>
      <td className="num">
        {left ? '—' : formatNumber(figure.weight, locale)}
        {figure.nominalWeight !== null && !left && (
          <div className="muted" data-testid="nominal-weight">
            {t('fig.nominalWeight', { weight: formatNumber(figure.nominalWeight, locale) })}
          </div>
        )}
      </td>
      <td>
        {left ? (
          <div>
            <strong>{t('fig.na.state')}</strong>
            <div className="muted">{figure.notApplicable}</div>
          </div>
        ) : (
          <>
            <AnswerText answer={figure.answer} value={figure.value} />
            <ItemTargetNote target={figure.targetBaik} unresolved={figure.targetUnresolved} />
          </>
        )}
        {figure.error && <div className="form-error">{figure.error}</div>}
        {figure.multiplier && !left && (
          <div className="muted">
            {t('fig.multiplier', {
              code: figure.multiplier.code,
              value: formatNumber(figure.multiplier.fraction, locale),
            })}
          </div>
        )}
      </td>
      <td className="num">{formatNumber(figure.points, locale)}</td>
      <td>
        {figure.sourceTitle ? (
          <>
            {figure.evidence[0] ? (
              <a href={figure.evidence[0].url} target="_blank" rel="noreferrer noopener">
                {figure.sourceTitle}
              </a>
            ) : (
              figure.sourceTitle
            )}
            <div className="muted">
              {figure.sourceIssuer}
              {figure.sourceDate && `, ${formatDate(figure.sourceDate, locale)}`}
              {figure.provenance && (
                <span className="badge-soft">{t(`area.provenance.${figure.provenance}`)}</span>
              )}
            </div>
          </>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td>
        {left ? <span className="fig-state">—</span> : <StateBadge figure={figure} />}
        {figure.verifiedBy && <div className="muted">{figure.verifiedBy}</div>}
        {figure.evaluatorComment && (
          <div className="comments">
            <strong>{t('area.evaluator')}:</strong> {figure.evaluatorComment}
          </div>
        )}
      </td>
      <td>
        {mode === 'enter' &&
          !left &&
          (editing ? (
            <EntryForm figure={figure} year={year} onDone={() => setEditing(false)} />
          ) : (
            <button
              type="button"
              onClick={() => setEditing(true)}
              aria-label={t('fig.editLabel', { code: figure.code })}
            >
              {figure.state === 'missing' ? t('fig.enter') : t('fig.edit')}
            </button>
          ))}
        {mode === 'verify' && <VerifyControls figure={figure} year={year} />}
        {mode === 'enter' && figure.excludable && !editing && (
          <NotApplicableControl figure={figure} year={year} />
        )}
      </td>
    </tr>
  );
}

/**
 * The year's sourced figures: Hasil and the outside assessments inside Pengungkit. The
 * secretariat enters each as its source reports it, the evaluator verifies it against the
 * source, everyone signed in reads them.
 */
/** The evaluator verifies the figures chosen (or all not yet verified) in one step. */
function BulkVerify({
  data,
  selected,
  onSelect,
}: {
  data: FiguresResponse;
  selected: ReadonlySet<string>;
  onSelect: (codes: Set<string>) => void;
}) {
  const { t } = useI18n();
  const save = useUpdateFigures(data.year);
  const [done, setDone] = useState<number | null>(null);
  const open = data.figures.filter(verifiable);
  const chosen = open.filter((f) => selected.has(f.code));
  if (open.length === 0 && done === null) return null;
  return (
    <div className="bulk-verify" data-testid="bulk-verify">
      <button type="button" onClick={() => onSelect(new Set(open.map((f) => f.code)))}>
        {t('fig.bulk.selectAll', { count: open.length })}
      </button>
      <button
        type="button"
        className="primary"
        disabled={chosen.length === 0 || save.isPending}
        onClick={() =>
          save.mutate(
            { rows: chosen.map((f) => ({ code: f.code, version: f.version, verified: true })) },
            {
              onSuccess: () => {
                setDone(chosen.length);
                onSelect(new Set());
              },
            },
          )
        }
      >
        {t('fig.bulk.verify', { count: chosen.length })}
      </button>
      {done !== null && (
        <span className="state ok" role="status">
          {t('fig.bulk.verified', { count: done })}
        </span>
      )}
      <FormFeedback error={save.error} />
    </div>
  );
}

export function FiguresPage() {
  const { t, locale, pick } = useI18n();
  const { params } = useViewParams();
  const can = useCan();
  const year = params?.year;
  const figures = useFigures(year);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  if (!figures.data || year === undefined) {
    return (
      <div className="page">
        <QueryState query={figures} />
      </div>
    );
  }
  const data = figures.data;
  const writable = data.periodState !== 'closed';
  const mode: Mode = !writable
    ? 'read'
    : can('figure.enter')
      ? 'enter'
      : can('figure.verify')
        ? 'verify'
        : 'read';
  // Hasil first: it is what the page is mostly for; then the assessments inside Pengungkit.
  const components = [
    ...new Map(data.figures.map((f) => [f.component.code, f.component])).values(),
  ].sort((a, b) => Number(b.code === 'HASIL') - Number(a.code === 'HASIL'));
  return (
    <div className="page">
      <h1>{t('fig.title', { year })}</h1>
      <p className="lead">{t(`fig.lead.${mode}`)}</p>
      <div className="fig-summary">
        <span>
          {t('fig.counts', {
            entered: data.counts.entered,
            verified: data.counts.verified,
            total: data.counts.total,
          })}
        </span>
        {data.hasil && (
          <span>
            {t('fig.hasil', {
              points: formatNumber(data.hasil.points, locale),
              max: formatNumber(data.hasil.max, locale, 0),
            })}
          </span>
        )}
        {!writable && <span className="muted">{t('fig.closed')}</span>}
      </div>
      {mode === 'enter' && <FiguresGrid data={data} />}
      {mode === 'enter' && <PasteFigures data={data} />}
      {mode === 'enter' && <FiguresFileCard year={year} canImport />}
      {mode === 'verify' && <BulkVerify data={data} selected={selected} onSelect={setSelected} />}
      {components.map((c) => {
        const mine = data.figures.filter((f) => f.component.code === c.code);
        const groups = [...new Map(mine.map((f) => [f.group.code, f.group])).values()];
        return (
          <section key={c.code} className="card" aria-labelledby={`fig-component-${c.code}`}>
            <h2 id={`fig-component-${c.code}`}>{pick(c.name)}</h2>
            <div className="table-wrap">
              <table className="data figures">
                <thead>
                  <tr>
                    <th scope="col">{t('fig.figure')}</th>
                    <th scope="col" className="num">
                      {t('area.weight')}
                    </th>
                    <th scope="col">{t('fig.value')}</th>
                    <th scope="col" className="num">
                      {t('unit.points')}
                    </th>
                    <th scope="col">{t('fig.source')}</th>
                    <th scope="col">{t('fig.check')}</th>
                    <th scope="col">
                      <span className="sr-only">{t('fig.actions')}</span>
                    </th>
                  </tr>
                </thead>
                {groups.map((g) => (
                  <tbody key={g.code}>
                    <tr className="group-row">
                      <th scope="rowgroup" colSpan={7}>
                        <span className="code">{g.code}</span> {pick(g.name)}
                      </th>
                    </tr>
                    {mine
                      .filter((f) => f.group.code === g.code)
                      .map((f) => (
                        <FigureRow
                          key={f.code}
                          figure={f}
                          year={year}
                          mode={mode}
                          selected={selected.has(f.code)}
                          onSelect={(on) => {
                            const next = new Set(selected);
                            if (on) next.add(f.code);
                            else next.delete(f.code);
                            setSelected(next);
                          }}
                        />
                      ))}
                  </tbody>
                ))}
              </table>
            </div>
          </section>
        );
      })}
      {mode !== 'enter' && <FiguresFileCard year={year} canImport={false} />}
    </div>
  );
}
