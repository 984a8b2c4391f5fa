import type { Cell, FileError } from './framework/framework-file';
import type { AnswerType, AnswerValue } from './scoring/answers';
import { parseAnswerCell } from './worksheet-file';

// The year's sourced figures as one xlsx sheet, and the reading of a filled copy: what the
// secretariat changed (value, source), row by row, every bad cell named by sheet, row and
// column. The layout and its meaning are here; the workbook I/O is the server's.

type SheetLocale = 'id' | 'en';

export const FIGURES_SHEET: Record<SheetLocale, string> = {
  id: 'Angka bersumber',
  en: 'Sourced figures',
};

/** Column headers, in order; the import finds the columns by these words, in either language. */
export const FIGURES_COLUMNS = {
  id: {
    code: 'Kode',
    name: 'Angka',
    area: 'Area',
    range: 'Isian',
    value: 'Nilai',
    sourceTitle: 'Judul sumber',
    sourceIssuer: 'Penerbit sumber',
    sourceDate: 'Tanggal sumber',
    target: 'Target baik',
    state: 'Status',
    version: 'Versi',
  },
  en: {
    code: 'Code',
    name: 'Figure',
    area: 'Area',
    range: 'Answer',
    value: 'Value',
    sourceTitle: 'Source title',
    sourceIssuer: 'Source issuer',
    sourceDate: 'Source date',
    target: 'Target',
    state: 'State',
    version: 'Version',
  },
} as const satisfies Record<SheetLocale, Record<string, string>>;
export type FiguresColumn = keyof (typeof FIGURES_COLUMNS)['id'];

/** The columns the import reads; the others are there for the reader and are ignored. */
const READ: readonly FiguresColumn[] = [
  'code',
  'value',
  'sourceTitle',
  'sourceIssuer',
  'sourceDate',
  'version',
];

export interface FigureSourceText {
  title: string;
  issuer: string;
  date: string;
}

/** A stored figure as the import compares against it. */
export interface StoredFigure {
  code: string;
  answer: AnswerType;
  value: AnswerValue | null;
  source: FigureSourceText | null;
  /** the reason it is left out this year, if it is */
  notApplicable: string | null;
  version: number;
}

/** One row's change: `value` and `source` only where the file changes them. */
export interface FigureChange {
  code: string;
  /** the row version the file was exported at (or the stored one when the cell is empty) */
  version: number;
  valueBefore: AnswerValue | null;
  value?: AnswerValue;
  sourceBefore: FigureSourceText | null;
  source?: FigureSourceText;
}

export type FiguresImportPlan =
  | { ok: true; changes: FigureChange[] }
  | { ok: false; errors: FileError[] };

/** "2027-01-20", "20/01/2027", "20-01-2027" or "20.01.2027" as an ISO date; null otherwise. */
export function readDate(text: string): string | null {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const [y, m, d] = iso
    ? [iso[1], iso[2], iso[3]]
    : local
      ? [local[3], local[2]?.padStart(2, '0'), local[1]?.padStart(2, '0')]
      : [];
  if (!y || !m || !d) return null;
  const date = `${y}-${m}-${d}`;
  const check = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(check.getTime()) && check.toISOString().startsWith(date) ? date : null;
}

export type SourceCheck =
  | { ok: true; source: FigureSourceText | null }
  | { ok: false; message: string };

/**
 * A source as three typed cells: all empty is no source; otherwise a title (3+ characters),
 * an issuer (2+) and a date are all needed — the rule of the figure form and the bulk write.
 */
export function readSource(title: string, issuer: string, dateText: string): SourceCheck {
  const t = title.trim();
  const i = issuer.trim();
  const d = dateText.trim();
  if (!t && !i && !d) return { ok: true, source: null };
  const date = readDate(d);
  if (t.length < 3 || i.length < 2 || !date) {
    return { ok: false, message: 'sumber perlu judul, penerbit dan tanggal (mis. 20/01/2027)' };
  }
  return { ok: true, source: { title: t, issuer: i, date } };
}

/** A figure's stored source document as one value, or null while it has none (or a part is missing). */
export function storedSource(f: {
  sourceTitle: string | null;
  sourceIssuer: string | null;
  sourceDate: string | null;
}): FigureSourceText | null {
  return f.sourceTitle && f.sourceIssuer && f.sourceDate
    ? { title: f.sourceTitle, issuer: f.sourceIssuer, date: f.sourceDate }
    : null;
}

export const sameSource = (a: FigureSourceText | null, b: FigureSourceText | null) =>
  a?.title === b?.title && a?.issuer === b?.issuer && a?.date === b?.date;

const text = (cell: Cell | undefined) =>
  cell === null || cell === undefined ? '' : String(cell).trim();

/**
 * Compares a filled figures sheet with the stored figures: the rows whose value or source the
 * file changes, or every bad cell — then nothing is to be applied. An empty value cell leaves
 * the figure as it is (a file never clears one); a source needs its three cells; a row whose
 * figure was changed in the app after the file was exported is refused (download it again).
 */
export function planFiguresImport(
  sheet: string,
  rows: readonly Cell[][],
  figures: readonly StoredFigure[],
): FiguresImportPlan {
  const firstCell = (r: readonly Cell[]) => text(r[0]);
  const headerAt = rows.findIndex((r) =>
    Object.values(FIGURES_COLUMNS).some((c) => c.code === firstCell(r)),
  );
  if (headerAt < 0) {
    return {
      ok: false,
      errors: [
        { sheet, message: `baris judul kolom "${FIGURES_COLUMNS.id.code}" tidak ditemukan` },
      ],
    };
  }
  const header = (rows[headerAt] ?? []).map((c) => text(c));
  const names =
    Object.values(FIGURES_COLUMNS).find((c) => c.code === header[0]) ?? FIGURES_COLUMNS.id;
  const at = Object.fromEntries(READ.map((k) => [k, header.indexOf(names[k])])) as Record<
    (typeof READ)[number],
    number
  >;
  const missing = READ.filter((k) => at[k] < 0);
  if (missing.length > 0) {
    return {
      ok: false,
      errors: missing.map((k) => ({
        sheet,
        row: headerAt + 1,
        message: `kolom "${names[k]}" tidak ada`,
      })),
    };
  }
  const byCode = new Map(figures.map((f) => [f.code.toUpperCase(), f]));
  const errors: FileError[] = [];
  const seen = new Set<string>();
  const changes: FigureChange[] = [];
  for (let r = headerAt + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const cell = (k: (typeof READ)[number]) => row[at[k]] ?? null;
    const code = text(cell('code'));
    if (row.every((c) => text(c) === '')) continue;
    const place = { sheet, row: r + 1 };
    const fail = (column: FiguresColumn, message: string) =>
      errors.push({ ...place, column: names[column], message });
    const figure = byCode.get(code.toUpperCase());
    if (!figure) {
      fail('code', `kode ${code || '(kosong)'} bukan angka bersumber tahun ini`);
      continue;
    }
    if (seen.has(figure.code)) {
      fail('code', `kode ${figure.code} muncul lebih dari sekali`);
      continue;
    }
    seen.add(figure.code);

    const valueCell = cell('value');
    const parsed =
      text(valueCell) === '' ? null : parseAnswerCell(figure.answer, valueCell as Cell);
    if (parsed && !parsed.ok) {
      fail('value', parsed.message);
      continue;
    }
    const value = parsed?.ok ? parsed.value : null;
    const read = readSource(
      text(cell('sourceTitle')),
      text(cell('sourceIssuer')),
      text(cell('sourceDate')),
    );
    if (!read.ok) {
      fail('sourceTitle', read.message);
      continue;
    }
    const valueChanged = value !== null && value !== figure.value;
    const sourceChanged = read.source !== null && !sameSource(read.source, figure.source);
    if (!valueChanged && !sourceChanged) continue;

    if (figure.notApplicable !== null) {
      fail('value', `${figure.code} tidak berlaku tahun ini (${figure.notApplicable})`);
      continue;
    }
    if (!read.source && !figure.source) {
      fail('sourceTitle', 'sumber belum ada: isi judul, penerbit dan tanggalnya');
      continue;
    }
    const versionCell = cell('version');
    const version = typeof versionCell === 'number' ? versionCell : figure.version;
    if (version !== figure.version) {
      fail(
        'version',
        `${figure.code} diubah di aplikasi setelah berkas ini diunduh (versi ${version}, sekarang ${figure.version}); unduh berkas lagi`,
      );
      continue;
    }
    changes.push({
      code: figure.code,
      version,
      valueBefore: figure.value,
      ...(valueChanged && { value: value as AnswerValue }),
      sourceBefore: figure.source,
      ...(sourceChanged && read.source && { source: read.source }),
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, changes };
}
