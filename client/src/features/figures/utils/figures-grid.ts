import { type AnswerValue, fractionOf } from '@rapor/shared/answers';
import type { Figure, FiguresBulkUpdate } from '@rapor/shared/figure-schemas';
import {
  type FigureSourceText,
  readSource,
  sameSource,
  storedSource,
} from '@rapor/shared/figures-file';
import { decimalText } from '../../../lib/decimal';
import { parseFigureInput } from './parse-value';

// The figures grid as data: what each cell holds as typed, a block pasted from a spreadsheet,
// a source filled down, and what each row would send. The screen only draws and moves focus.

export const GRID_COLUMNS = ['value', 'title', 'issuer', 'date'] as const;
export type GridColumn = (typeof GRID_COLUMNS)[number];
export type GridRow = Record<GridColumn, string>;
export type GridEdits = ReadonlyMap<string, GridRow>;

/** An ISO date as the grid shows it (day first, as people here write it). */
const dayFirst = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : '');

/** A figure's cells as stored: the value with a decimal comma, the source, the date day first. */
export function storedRow(f: Figure): GridRow {
  return {
    value: typeof f.value === 'number' ? decimalText(f.value) : String(f.value ?? ''),
    title: f.sourceTitle ?? '',
    issuer: f.sourceIssuer ?? '',
    date: dayFirst(f.sourceDate),
  };
}

export const rowOf = (edits: GridEdits, f: Figure): GridRow => edits.get(f.code) ?? storedRow(f);

const sameRow = (a: GridRow, b: GridRow) => GRID_COLUMNS.every((c) => a[c].trim() === b[c].trim());

/** The edits with one row set; a row typed back to what is stored is no edit. */
export function withRow(edits: GridEdits, f: Figure, row: GridRow): Map<string, GridRow> {
  const next = new Map(edits);
  if (sameRow(row, storedRow(f))) next.delete(f.code);
  else next.set(f.code, row);
  return next;
}

/**
 * A block copied from a spreadsheet (tab-separated lines) pasted at a cell: it fills cells to
 * the right and down from there, as a spreadsheet does; what runs past the grid is dropped.
 */
export function pasteBlock(
  edits: GridEdits,
  figures: readonly Figure[],
  at: { row: number; column: GridColumn },
  text: string,
): { edits: Map<string, GridRow>; cells: number } {
  const lines = text.replace(/\r?\n$/, '').split(/\r?\n/);
  let next = new Map(edits);
  let cells = 0;
  const first = GRID_COLUMNS.indexOf(at.column);
  lines.forEach((line, i) => {
    const f = figures[at.row + i];
    if (!f) return;
    const row = { ...rowOf(next, f) };
    line.split('\t').forEach((cell, j) => {
      const column = GRID_COLUMNS[first + j];
      if (!column) return;
      row[column] = cell.trim();
      cells++;
    });
    next = withRow(next, f, row);
  });
  return { edits: next, cells };
}

/** The value typed differs from the stored one (the rows a source is filled down to). */
function valueEdited(edits: GridEdits, f: Figure): boolean {
  const row = edits.get(f.code);
  return row !== undefined && row.value.trim() !== storedRow(f).value;
}

/**
 * One source for many rows: the source cells of row `from` copied to every row below it whose
 * value was typed in this session. Returns the edits and how many rows took it.
 */
export function fillSourceDown(
  edits: GridEdits,
  figures: readonly Figure[],
  from: number,
): { edits: Map<string, GridRow>; rows: number } {
  const source = figures[from];
  let next = new Map(edits);
  if (!source) return { edits: next, rows: 0 };
  const { title, issuer, date } = rowOf(edits, source);
  let rows = 0;
  for (const f of figures.slice(from + 1)) {
    if (!valueEdited(next, f)) continue;
    next = withRow(next, f, { ...rowOf(next, f), title, issuer, date });
    rows++;
  }
  return { edits: next, rows };
}

export type RowCheck =
  | { kind: 'same' }
  | { kind: 'problem'; message: string }
  | { kind: 'change'; value?: AnswerValue | null; source?: FigureSourceText };

/** What a row would send, checked as the figure form is: the shared range rule, a whole source. */
export function checkRow(f: Figure, row: GridRow): RowCheck {
  const stored = storedRow(f);
  if (sameRow(row, stored)) return { kind: 'same' };
  const parsed = parseFigureInput(f.answer, row.value);
  if (!parsed.ok) return { kind: 'problem', message: `nilai "${row.value}" tidak terbaca` };
  if (parsed.value !== null) {
    const checked = fractionOf(f.answer, parsed.value);
    if (!checked.ok) return { kind: 'problem', message: checked.message };
  }
  const read = readSource(row.title, row.issuer, row.date);
  if (!read.ok) return { kind: 'problem', message: read.message };
  if (!read.source && f.sourceTitle) {
    return { kind: 'problem', message: 'sumber tidak dapat dikosongkan; ganti dengan yang baru' };
  }
  const valueChanged = parsed.value !== f.value;
  const sourceChanged = read.source !== null && !sameSource(read.source, storedSource(f));
  if (valueChanged && parsed.value !== null && !read.source && !f.sourceTitle) {
    return {
      kind: 'problem',
      message:
        'sumber belum ada: isi judul, penerbit dan tanggal (atau isi ke bawah dari baris di atas)',
    };
  }
  if (!valueChanged && !sourceChanged) return { kind: 'same' };
  return {
    kind: 'change',
    ...(valueChanged && { value: parsed.value }),
    ...(sourceChanged && read.source && { source: read.source }),
  };
}

/** The rows to send in one bulk write, or null while any edited row has a problem. */
export function bulkOf(
  edits: GridEdits,
  figures: readonly Figure[],
): FiguresBulkUpdate['rows'] | null {
  const rows: FiguresBulkUpdate['rows'] = [];
  for (const f of figures) {
    const row = edits.get(f.code);
    if (!row) continue;
    const check = checkRow(f, row);
    if (check.kind === 'problem') return null;
    if (check.kind === 'change') {
      rows.push({
        code: f.code,
        version: f.version,
        ...(check.value !== undefined && { value: check.value }),
        ...(check.source && { source: check.source }),
      });
    }
  }
  return rows;
}
