import type { FiguresResponse } from '@rapor/shared/figure-schemas';
import { useId, useState } from 'react';
import { useUpdateFigures } from '../../../api/figures';
import { AnswerText } from '../../../components/ui/answer-value';
import { FormFeedback } from '../../../components/ui/form-feedback';
import { useI18n } from '../../../i18n/i18n';
import { parsePastedFigures } from '../utils/paste-figures';
import { refusedRows } from '../utils/refused-rows';
import { SourceLines } from './source-lines';

/**
 * The secretariat pastes the table the agencies send (copied from a spreadsheet: code, value,
 * source title, issuer, date; a source filled down many rows), sees every line read and
 * checked, and saves them all in one step, or none.
 */
export function PasteFigures({ data }: { data: FiguresResponse }) {
  const { t, pick } = useI18n();
  const save = useUpdateFigures(data.year);
  const [text, setText] = useState('');
  const [saved, setSaved] = useState<number | null>(null);
  const id = useId();
  const rows = parsePastedFigures(text, data.figures);
  const wrong = rows.filter((r) => r.problem);
  const refused = refusedRows(save.error);
  const submit = () => {
    const body = rows.flatMap((r) =>
      r.figure && r.value !== undefined
        ? [
            {
              code: r.figure.code,
              version: r.figure.version,
              value: r.value,
              ...(r.source && { source: r.source }),
            },
          ]
        : [],
    );
    save.mutate(
      { rows: body },
      {
        onSuccess: () => {
          setSaved(body.length);
          setText('');
        },
      },
    );
  };
  return (
    <details className="card paste-figures" data-testid="paste-figures">
      <summary>
        <h2>{t('fig.paste.title')}</h2>
      </summary>
      <p className="muted">{t('fig.paste.help')}</p>
      <label htmlFor={id}>{t('fig.paste.label')}</label>
      <textarea
        id={id}
        rows={6}
        className="paste-area"
        value={text}
        placeholder={'B.H.3\t3,45\tLaporan penilaian maturitas SPIP 2026\tBPKP\t20/01/2027'}
        onChange={(e) => {
          setText(e.target.value);
          setSaved(null);
          save.reset();
        }}
      />
      {saved !== null && (
        <p className="state ok" role="status">
          {t('fig.paste.saved', { count: saved })}
        </p>
      )}
      {rows.length > 0 && (
        <>
          <div className="table-wrap">
            <table className="data paste-preview">
              <caption>
                {t('fig.paste.preview', { count: rows.length, wrong: wrong.length })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('fig.paste.line')}</th>
                  <th scope="col">{t('fig.figure')}</th>
                  <th scope="col">{t('fig.value')}</th>
                  <th scope="col">{t('fig.source')}</th>
                  <th scope="col">{t('fig.check')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r, i) => {
                  const fromServer = refused.find((x) => x.row === i + 1 && x.code === r.code);
                  const problem = r.problem ?? fromServer?.message;
                  return (
                    <tr key={r.line} data-problem={problem ? 'yes' : 'no'}>
                      <td className="num">{r.line}</td>
                      <th scope="row">
                        <span className="code">{r.code}</span> {r.figure && pick(r.figure.name)}
                      </th>
                      <td>
                        {r.figure && r.value !== undefined ? (
                          <AnswerText answer={r.figure.answer} value={r.value} />
                        ) : (
                          '—'
                        )}
                      </td>
                      <td>
                        {r.source ? (
                          <SourceLines
                            source={r.source}
                            note={r.sourceFilled && ` · ${t('fig.paste.filled')}`}
                          />
                        ) : (
                          <span className="muted">
                            {r.problem ? '—' : t('fig.paste.keepSource')}
                          </span>
                        )}
                      </td>
                      <td>
                        {problem ? (
                          <span className="form-error">{problem}</span>
                        ) : (
                          <span className="fig-state">{t('fig.paste.ready')}</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <button
            type="button"
            className="primary"
            disabled={wrong.length > 0 || save.isPending}
            onClick={submit}
          >
            {t('fig.paste.save', { count: rows.length })}
          </button>
          {wrong.length > 0 && <p className="muted">{t('fig.paste.fixFirst')}</p>}
          <FormFeedback error={save.error} />
        </>
      )}
    </details>
  );
}
