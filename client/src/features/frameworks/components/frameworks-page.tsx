import { rangeText } from '@rapor/shared/answers';
import { predicateRuleOf } from '@rapor/shared/framework';
import type { FrameworkDto } from '@rapor/shared/schemas';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { frameworksQueryOptions } from '../../../api/get-frameworks';
import { FileErrors } from '../../../components/ui/file-errors';
import { EmptyState, QueryState } from '../../../components/ui/query-state';
import { RubricLevels } from '../../../components/ui/rubric';
import { useI18n } from '../../../i18n/i18n';
import { formatNumber, formatPlainNumber } from '../../../lib/format';
import { useImportFramework } from '../api/import-framework';
import { outlineOf } from '../utils/outline';

/**
 * A version's predicate rule in one line: "AA ≥ 100 · A > 80 (A- below target) · … · D", and
 * where it comes from when it is not the regulation's text.
 */
function ruleText(framework: FrameworkDto): string {
  const rule = predicateRuleOf(framework);
  const bands = rule.bands
    .map((b) => {
      const bound =
        b.atLeast !== undefined ? ` ≥ ${b.atLeast}` : b.above !== undefined ? ` > ${b.above}` : '';
      const lowered =
        rule.belowTarget?.predicate === b.predicate
          ? ` (${rule.belowTarget.becomes}: target baik)`
          : '';
      return `${b.predicate}${bound}${lowered}`;
    })
    .join(' · ');
  return `${bands} — ${rule.confidence}: ${rule.source}`;
}

/** The uploaded tree as the admin checks it before storing: groups, weights, areas, questions. */
export function FrameworkPreview({ framework }: { framework: FrameworkDto }) {
  const { t, locale, pick } = useI18n();
  const rows = outlineOf(framework);
  return (
    <section className="card" aria-labelledby="fw-preview">
      <h2 id="fw-preview">
        {t('fw.preview')}: <span className="code">{framework.id}</span> — {pick(framework.name)}
      </h2>
      <p className="muted">
        {framework.method} ·{' '}
        {t('fw.maxScore', { max: formatNumber(framework.maxScore, locale, 0) })} · {t('fw.areas')}:{' '}
        {framework.areas.join(', ')}
        {framework.rescaledComponents && framework.rescaledComponents.length > 0 && (
          <> · {t('fw.rescaled', { codes: framework.rescaledComponents.join(', ') })}</>
        )}
      </p>
      <p className="muted" data-testid="fw-rule">
        {t('fw.rule')}: {ruleText(framework)}
      </p>
      {framework.assumptions.length > 0 && (
        <ul className="assumptions">
          {framework.assumptions.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      )}
      <div className="table-wrap">
        <table className="data outline">
          <thead>
            <tr>
              <th scope="col">{t('fw.node')}</th>
              <th scope="col" className="num">
                {t('area.weight')}
              </th>
              <th scope="col">{t('fw.areaTag')}</th>
              <th scope="col" className="num">
                {t('fw.questions')}
              </th>
              <th scope="col">{t('fw.mix')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.code} className={`depth-${Math.min(r.depth, 3)}`}>
                <th scope="row" style={{ paddingLeft: `${0.5 + r.depth * 1.25}rem` }}>
                  <span className="code">{r.code}</span> {pick(r.name)}
                  {r.adjustment && <span className="muted"> — {t('fw.adjustment')}</span>}
                  {r.leaves.length > 0 && (
                    <details className="criteria">
                      <summary className="criteria-toggle">
                        {t('fw.showQuestions', { n: r.leaves.length })}
                      </summary>
                      <ol className="fw-questions">
                        {r.leaves.map((q) => (
                          <li key={q.code}>
                            <span className="code">{q.code}</span> {pick(q.name)}{' '}
                            <span className="muted">({formatNumber(q.weight, locale)})</span>
                            {q.area && <span className="code"> {q.area}</span>}
                            {q.answer && rangeText(q.answer) && (
                              <span className="muted">
                                {' '}
                                · {rangeText(q.answer)}
                                {q.answer.type === 'number' &&
                                  q.answer.ofMax &&
                                  ` ${t('fw.ofMax')}`}
                              </span>
                            )}
                            {q.target !== undefined && (
                              <span className="muted">
                                {' '}
                                · {t('fw.target', { target: formatPlainNumber(q.target, locale) })}
                              </span>
                            )}
                            {q.targetUnresolved && (
                              <span className="muted" title={q.targetUnresolved}>
                                {' '}
                                · {t('targetBaik.unresolved')}
                              </span>
                            )}
                            {q.multipliedBy && (
                              <span className="muted">
                                {' '}
                                · {t('fw.multipliedBy', { code: q.multipliedBy })}
                              </span>
                            )}
                            {q.sourcedBy && (
                              <span className="muted">
                                {' '}
                                — {t('area.figure', { source: q.sourcedBy })}
                              </span>
                            )}
                            <RubricLevels rubric={q.rubric} answer={q.answer} selfValue={null} />
                            {q.options && (
                              <ul className="plain">
                                {q.options.map((o) => (
                                  <li key={o.code}>
                                    <span className="option-code">{o.code}</span>{' '}
                                    {pick(o.criterion)}
                                  </li>
                                ))}
                              </ul>
                            )}
                          </li>
                        ))}
                      </ol>
                    </details>
                  )}
                </th>
                <td className="num">{formatNumber(r.weight, locale)}</td>
                <td>{r.area ?? ''}</td>
                <td className="num">{r.indicators}</td>
                <td className="muted">
                  {Object.entries(r.mix)
                    .map(([kind, n]) => `${n} ${kind}`)
                    .join(' · ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/**
 * The secretariat's frameworks: the versions stored and the years using them, the template
 * to download, and an upload that is checked whole and previewed before it is stored.
 */
export function FrameworksPage() {
  const { t, pick } = useI18n();
  const frameworks = useQuery(frameworksQueryOptions());
  const upload = useImportFramework();
  const [file, setFile] = useState<File | null>(null);
  const [newId, setNewId] = useState('');
  const [preview, setPreview] = useState<FrameworkDto | null>(null);
  const [stored, setStored] = useState<FrameworkDto | null>(null);
  const fileId = useId();
  const idId = useId();

  const send = (dryRun: boolean) => {
    if (!file) return;
    setStored(null);
    upload.mutate(
      { file, dryRun, ...(newId.trim() && { id: newId.trim() }) },
      {
        onSuccess: (framework) => {
          if (dryRun) setPreview(framework);
          else {
            setStored(framework);
            setPreview(null);
          }
        },
        onError: () => setPreview(null),
      },
    );
  };

  return (
    <div className="page">
      <h1>{t('fw.title')}</h1>
      <p className="lead">{t('fw.lead')}</p>
      <section className="card" aria-labelledby="fw-list">
        <h2 id="fw-list">{t('fw.versions')}</h2>
        {frameworks.data ? (
          frameworks.data.frameworks.length === 0 ? (
            <EmptyState />
          ) : (
            <div className="table-wrap">
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">{t('fw.id')}</th>
                    <th scope="col">{t('fw.name')}</th>
                    <th scope="col">{t('fw.method')}</th>
                    <th scope="col">{t('fw.usedBy')}</th>
                    <th scope="col">{t('fw.template')}</th>
                  </tr>
                </thead>
                <tbody>
                  {frameworks.data.frameworks.map((f) => (
                    <tr key={f.id}>
                      <td className="code">{f.id}</td>
                      <td>{pick(f.name)}</td>
                      <td>{f.method}</td>
                      <td>
                        {f.usedBy.length > 0 ? (
                          f.usedBy.join(', ')
                        ) : (
                          <span className="muted">{t('fw.unused')}</span>
                        )}
                      </td>
                      <td>
                        <a href={`/api/v1/frameworks/${f.id}/export.xlsx`} download>
                          {t('fw.download')}
                        </a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        ) : (
          <QueryState query={frameworks} />
        )}
      </section>

      <section className="card" aria-labelledby="fw-upload">
        <h2 id="fw-upload">{t('fw.upload')}</h2>
        <p className="muted">{t('fw.uploadHelp')}</p>
        <form
          className="fw-form"
          onSubmit={(e) => {
            e.preventDefault();
            send(true);
          }}
        >
          <label htmlFor={fileId}>{t('fw.file')}</label>
          <input
            id={fileId}
            type="file"
            accept=".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setPreview(null);
              setStored(null);
              upload.reset();
            }}
          />
          <label htmlFor={idId}>{t('fw.newId')}</label>
          <input
            id={idId}
            type="text"
            value={newId}
            placeholder="kemensos-2026"
            pattern="[a-z0-9][a-z0-9.\-]{1,39}"
            onChange={(e) => {
              setNewId(e.target.value);
              setPreview(null);
            }}
          />
          <div className="actions">
            <button type="submit" disabled={!file || upload.isPending}>
              {upload.isPending && upload.variables?.dryRun ? t('fw.checking') : t('fw.check')}
            </button>
            <button
              type="button"
              className="primary"
              disabled={!preview || upload.isPending}
              onClick={() => send(false)}
            >
              {t('fw.store')}
            </button>
          </div>
        </form>
        {upload.isError && <FileErrors error={upload.error} title={t('fw.refused')} />}
        {stored && (
          <p className="state ok" role="status">
            {t('fw.stored', { id: stored.id })}
          </p>
        )}
      </section>
      {preview && <FrameworkPreview framework={preview} />}
    </div>
  );
}
