import { type AnswerValue, fractionOf } from '@rapor/shared/answers';
import type { Figure } from '@rapor/shared/figure-schemas';
import { type FigureSourceText, readSource } from '@rapor/shared/figures-file';
import { parseFigureInput } from './parse-value';

export type PastedSource = FigureSourceText;

/** One pasted line as it will be sent, or why it cannot be. */
export interface PastedRow {
  /** the line in the pasted text, from 1 */
  line: number;
  code: string;
  figure?: Figure;
  value?: AnswerValue;
  source?: PastedSource;
  /** true where the source was taken from a row above */
  sourceFilled?: boolean;
  problem?: string;
}

const COLUMNS = ['kode', 'nilai', 'judul sumber', 'penerbit', 'tanggal'] as const;

/**
 * A block pasted from a spreadsheet (tab-separated, or `;`): code, value, source title,
 * issuer, date per line, a header line allowed. A line with no source takes the one above
 * (one source filled down many rows). Each line is read as its own field would be, and its
 * value checked by the shared answer rule; what is wrong is said per line.
 */
export function parsePastedFigures(text: string, figures: readonly Figure[]): PastedRow[] {
  const byCode = new Map(figures.map((f) => [f.code.toLowerCase(), f]));
  const seen = new Set<string>();
  let lastSource: PastedSource | undefined;
  const rows: PastedRow[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    const cells = (raw.includes('\t') ? raw.split('\t') : raw.split(';')).map((c) => c.trim());
    const [code = '', valueText = '', title = '', issuer = '', dateText = ''] = cells;
    if (rows.length === 0 && code.toLowerCase() === COLUMNS[0]) return;
    const row: PastedRow = { line: i + 1, code };
    rows.push(row);
    const figure = byCode.get(code.toLowerCase());
    if (!figure) {
      row.problem = `kode ${code || '(kosong)'} bukan angka bersumber tahun ini`;
      return;
    }
    row.code = figure.code;
    row.figure = figure;
    if (seen.has(figure.code)) {
      row.problem = `${figure.code} sudah ada di baris sebelumnya`;
      return;
    }
    seen.add(figure.code);
    if (figure.notApplicable !== null) {
      row.problem = `${figure.code} tidak berlaku tahun ini`;
      return;
    }
    const parsed = parseFigureInput(figure.answer, valueText);
    if (!parsed.ok || parsed.value === null) {
      row.problem = `nilai "${valueText}" tidak terbaca`;
      return;
    }
    const checked = fractionOf(figure.answer, parsed.value);
    if (!checked.ok) {
      row.problem = checked.message;
      return;
    }
    row.value = parsed.value;
    const source = readSource(title, issuer, dateText);
    if (!source.ok) {
      row.problem = source.message;
      return;
    }
    if (source.source) {
      lastSource = source.source;
      row.source = lastSource;
    } else if (lastSource) {
      row.source = lastSource;
      row.sourceFilled = true;
    } else if (!figure.sourceTitle) {
      row.problem =
        'sumber belum ada: isi judul, penerbit dan tanggal pada baris ini atau di atasnya';
    }
  });
  return rows;
}
