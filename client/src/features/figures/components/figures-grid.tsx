import { rangeText } from '@rapor/shared/answers';
import type { FiguresResponse } from '@rapor/shared/figure-schemas';
import { useRef, useState } from 'react';
import { useUpdateFigures } from '../../../api/figures';
import { FormFeedback } from '../../../components/ui/form-feedback';
import { useI18n } from '../../../i18n/i18n';
import {
  bulkOf,
  checkRow,
  fillSourceDown,
  GRID_COLUMNS,
  type GridColumn,
  type GridEdits,
  pasteBlock,
  rowOf,
  storedRow,
  withRow,
} from '../utils/figures-grid';
import { refusedRows } from '../utils/refused-rows';

/**
 * Every figure of the year as a grid to type into, as in a spreadsheet: arrows and Enter move
 * between cells, a block copied from a spreadsheet pastes across cells, Ctrl+D copies the cell
 * above, the source of a row typed in fills down to the rows typed below it, Escape puts a
 * cell back. Every row
 * is checked as the figure form is; all changed rows are saved in one step, or none.
 */
export function FiguresGrid({ data }: { data: FiguresResponse }) {
  const { t, locale, pick } = useI18n();
  const save = useUpdateFigures(data.year);
  const figures = data.figures.filter((f) => f.notApplicable === null);
  const [edits, setEdits] = useState<GridEdits>(new Map());
  const [note, setNote] = useState<string | null>(null);
  const table = useRef<HTMLTableElement>(null);
  const refused = new Map(refusedRows(save.error).map((r) => [r.code, r.message]));
  const checks = new Map(figures.map((f) => [f.code, checkRow(f, rowOf(edits, f))]));
  const changed = [...checks.values()].filter((c) => c.kind === 'change').length;
  const problems = [...checks.values()].filter((c) => c.kind === 'problem').length;
  const rows = bulkOf(edits, figures);

  const update = (next: GridEdits, message: string | null = null) => {
    setEdits(next);
    setNote(message);
    save.reset();
  };
  const focus = (row: number, column: number) => {
    const cell = table.current?.querySelector<HTMLInputElement>(
      `input[data-row="${row}"][data-col="${column}"]`,
    );
    cell?.focus();
    cell?.select();
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>, row: number, column: number) => {
    const input = e.currentTarget;
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const atEnd = input.selectionStart === input.value.length;
    const f = figures[row];
    const name = GRID_COLUMNS[column];
    if (!f || !name) return;
    if (e.key === 'ArrowDown' || (e.key === 'Enter' && !e.shiftKey)) focus(row + 1, column);
    else if (e.key === 'ArrowUp' || (e.key === 'Enter' && e.shiftKey)) focus(row - 1, column);
    else if (e.key === 'ArrowLeft' && atStart) focus(row, column - 1);
    else if (e.key === 'ArrowRight' && atEnd) focus(row, column + 1);
    else if (e.key === 'Escape')
      update(withRow(edits, f, { ...rowOf(edits, f), [name]: storedRow(f)[name] }));
    else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'd') {
      const above = figures[row - 1];
      if (above)
        update(withRow(edits, f, { ...rowOf(edits, f), [name]: rowOf(edits, above)[name] }));
    } else return;
    e.preventDefault();
  };
  const onPaste = (e: React.ClipboardEvent<HTMLInputElement>, row: number, column: GridColumn) => {
    const text = e.clipboardData.getData('text/plain');
    if (!/[\t\n]/.test(text.replace(/\r?\n$/, ''))) return;
    e.preventDefault();
    const pasted = pasteBlock(edits, figures, { row, column }, text);
    update(pasted.edits, t('fig.grid.pasted', { count: pasted.cells }));
  };

  return (
    <details className="card figures-grid" data-testid="figures-grid">
      <summary>
        <h2>{t('fig.grid.title')}</h2>
      </summary>
      <p className="muted">{t('fig.grid.help')}</p>
      <div className="table-wrap">
        <table className="data grid-table" ref={table}>
          <caption className="sr-only">{t('fig.grid.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fig.figure')}</th>
              <th scope="col">{t('fig.value')}</th>
              <th scope="col">{t('fig.sourceTitle')}</th>
              <th scope="col">{t('fig.sourceIssuer')}</th>
              <th scope="col">{t('fig.grid.date')}</th>
              <th scope="col">{t('fig.check')}</th>
            </tr>
          </thead>
          <tbody>
            {figures.map((f, r) => {
              const row = rowOf(edits, f);
              const check = checks.get(f.code);
              const problem =
                check?.kind === 'problem' ? check.message : (refused.get(f.code) ?? null);
              const label = (column: GridColumn) =>
                t('fig.grid.cell', { code: f.code, column: t(`fig.grid.col.${column}`) });
              return (
                <tr
                  key={f.code}
                  data-code={f.code}
                  data-state={problem ? 'problem' : check?.kind === 'change' ? 'changed' : 'same'}
                >
                  <th scope="row">
                    <span className="code">{f.code}</span> {pick(f.name)}
                    <div className="muted">{rangeText(f.answer, locale)}</div>
                  </th>
                  {GRID_COLUMNS.map((column, c) => (
                    <td key={column} className={`grid-cell grid-${column}`}>
                      <input
                        data-row={r}
                        data-col={c}
                        value={row[column]}
                        aria-label={label(column)}
                        aria-invalid={problem ? true : undefined}
                        inputMode={column === 'value' ? 'decimal' : undefined}
                        placeholder={column === 'date' ? 'hh/bb/tttt' : undefined}
                        onChange={(e) =>
                          update(withRow(edits, f, { ...row, [column]: e.target.value }))
                        }
                        onKeyDown={(e) => onKeyDown(e, r, c)}
                        onPaste={(e) => onPaste(e, r, column)}
                      />
                    </td>
                  ))}
                  <td className="grid-state">
                    {problem ? (
                      <span className="form-error">{problem}</span>
                    ) : check?.kind === 'change' ? (
                      <span className="fig-state">{t('fig.grid.changed')}</span>
                    ) : null}
                    {edits.has(f.code) && row.title.trim() !== '' && (
                      <button
                        type="button"
                        className="link"
                        aria-label={t('fig.grid.fillDownLabel', { code: f.code })}
                        onClick={() => {
                          const filled = fillSourceDown(edits, figures, r);
                          update(filled.edits, t('fig.grid.filled', { count: filled.rows }));
                        }}
                      >
                        {t('fig.grid.fillDown')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={!rows || rows.length === 0 || save.isPending}
          onClick={() =>
            rows &&
            save.mutate(
              { rows },
              {
                onSuccess: () => update(new Map(), t('fig.grid.saved', { count: rows.length })),
              },
            )
          }
        >
          {t('fig.grid.save', { count: changed })}
        </button>
        <button type="button" disabled={edits.size === 0} onClick={() => update(new Map())}>
          {t('fig.grid.discard')}
        </button>
        <span className="muted" role="status">
          {note ?? (problems > 0 ? t('fig.grid.problems', { count: problems }) : '')}
        </span>
      </div>
      <FormFeedback error={save.error} />
    </details>
  );
}
