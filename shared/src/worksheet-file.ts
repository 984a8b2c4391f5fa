import type { Cell, FileError } from './framework/framework-file';
import {
  type AnswerType,
  type AnswerValue,
  fractionOf,
  rangeText,
  SCALES,
} from './scoring/answers';

// An area's worksheet as the xlsx export lays it out, and the reading of a filled copy: which
// answers a chair changed offline, cell by cell, with every bad cell named. Only the meaning of
// the cells is here; the workbook I/O is the server's.

/** Column headers of an area sheet, in order; the import finds them by these words. */
export const WORKSHEET_COLUMNS = {
  code: 'Kode',
  item: 'Butir',
  answerType: 'Jenis jawaban',
  criteria: 'Kriteria',
  selfValue: 'Jawaban mandiri',
  evaluatorValue: 'Nilai evaluator',
  evidence: 'Data dukung',
  weight: 'Bobot',
  /** the score of the item this one is multiplied by (Capaian IKU × the SAKIP ratio) */
  multiplier: 'Pengali',
  points: 'Poin',
  filledBy: 'Sumber',
} as const;
export const HEADER_ORDER = Object.values(WORKSHEET_COLUMNS);

/** The same columns in an English workbook; the import reads a sheet in either language. */
export const WORKSHEET_COLUMNS_EN: Record<keyof typeof WORKSHEET_COLUMNS, string> = {
  code: 'Code',
  item: 'Item',
  answerType: 'Answer type',
  criteria: 'Criteria',
  selfValue: 'Self-assessment',
  evaluatorValue: 'Evaluator value',
  evidence: 'Evidence',
  weight: 'Weight',
  multiplier: 'Multiplier',
  points: 'Points',
  filledBy: 'Source',
};

type SheetLocale = 'id' | 'en';
const COLUMNS: Record<SheetLocale, Record<keyof typeof WORKSHEET_COLUMNS, string>> = {
  id: WORKSHEET_COLUMNS,
  en: WORKSHEET_COLUMNS_EN,
};

/** The column headers of an area sheet in `locale`, keyed as WORKSHEET_COLUMNS. */
export function worksheetColumns(
  locale: SheetLocale,
): Record<keyof typeof WORKSHEET_COLUMNS, string> {
  return COLUMNS[locale];
}

/** How an answer type is named for the person filling the sheet. */
export function answerTypeText(answer: AnswerType, locale: SheetLocale = 'id'): string {
  const id = locale === 'id';
  switch (answer.type) {
    case 'yesno':
      return id ? 'Ya / Tidak' : 'Yes / No';
    case 'scale':
      return `${id ? 'Huruf' : 'Letter'} ${Object.keys(SCALES[answer.scale]).join(', ')}`;
    case 'percent':
      return id ? 'Persen 0–100' : 'Percent 0–100';
    case 'number':
      return `${id ? 'Angka' : 'Number'} ${rangeText(answer, locale) ?? ''}`.trim();
    case 'choice':
      return `${id ? 'Pilihan' : 'Choice'}: ${answer.options.map((o) => o.value).join(', ')}`;
  }
}

/** A stored answer as the sheet shows it: Ya/Tidak (Yes/No), a letter, a code or a number. */
export function answerCell(value: AnswerValue | null, locale: SheetLocale = 'id'): Cell {
  if (value === null) return null;
  if (typeof value === 'boolean')
    return locale === 'id' ? (value ? 'Ya' : 'Tidak') : value ? 'Yes' : 'No';
  return value;
}

export type ParsedCell = { ok: true; value: AnswerValue | null } | { ok: false; message: string };

/** Reads a cell as an answer of its indicator: empty clears it; anything else must fit. */
export function parseAnswerCell(answer: AnswerType, cell: Cell): ParsedCell {
  if (cell === null || (typeof cell === 'string' && cell.trim() === ''))
    return { ok: true, value: null };
  let value: AnswerValue;
  switch (answer.type) {
    case 'yesno': {
      const text = String(cell).trim().toLowerCase();
      if (cell === true || text === 'ya' || text === 'yes') value = true;
      else if (cell === false || text === 'tidak' || text === 'no') value = false;
      else return { ok: false, message: 'isi Ya atau Tidak' };
      break;
    }
    case 'scale':
    case 'choice':
      value = String(cell).trim().toUpperCase();
      if (answer.type === 'choice') {
        const match = answer.options.find((o) => o.value.toUpperCase() === value);
        if (!match)
          return {
            ok: false,
            message: `isi salah satu dari ${answer.options.map((o) => o.value).join(', ')}`,
          };
        value = match.value;
      }
      break;
    default: {
      // a number typed as text with a decimal comma (Indonesian) or point
      const number =
        typeof cell === 'number'
          ? cell
          : Number(String(cell).trim().replace(/\s/g, '').replace(',', '.'));
      if (!Number.isFinite(number))
        return { ok: false, message: `isi angka (${rangeText(answer)})` };
      value = number;
    }
  }
  const check = fractionOf(answer, value);
  return check.ok ? { ok: true, value } : { ok: false, message: check.message };
}

export interface SheetIndicator {
  code: string;
  answer: AnswerType;
  /** filled by the secretariat from an outside source: not the chair's to change */
  sourcedBy?: string;
  /** computed from the action plans (A.1, A.2): not typed on the worksheet */
  fromPlan?: boolean;
  current: AnswerValue | null;
}

export interface AnswerChange {
  code: string;
  before: AnswerValue | null;
  after: AnswerValue | null;
}

export type ImportPlan = { ok: true; changes: AnswerChange[] } | { ok: false; errors: FileError[] };

const same = (a: AnswerValue | null, b: AnswerValue | null) =>
  a === b ||
  (typeof a === 'string' && typeof b === 'string' && a.toUpperCase() === b.toUpperCase());

/**
 * Compares a filled area sheet with the stored answers: the changed self-assessments, or
 * every bad cell (by sheet, row and column) — then nothing is to be applied.
 */
export function planWorksheetImport(
  sheet: string,
  rows: readonly Cell[][],
  items: readonly SheetIndicator[],
): ImportPlan {
  const errors: FileError[] = [];
  const firstCell = (r: readonly Cell[]) => String(r[0] ?? '').trim();
  const headerAt = rows.findIndex((r) =>
    Object.values(COLUMNS).some((c) => c.code === firstCell(r)),
  );
  if (headerAt < 0) {
    return {
      ok: false,
      errors: [{ sheet, message: `baris judul kolom "${WORKSHEET_COLUMNS.code}" tidak ditemukan` }],
    };
  }
  const header = rows[headerAt]?.map((c) => String(c ?? '').trim()) ?? [];
  // the sheet's own language: an English workbook's headers are read as its own
  const columns = Object.values(COLUMNS).find((c) => c.code === header[0]) ?? WORKSHEET_COLUMNS;
  const codeColumn = 0;
  const valueColumn = header.indexOf(columns.selfValue);
  if (valueColumn < 0) {
    return {
      ok: false,
      errors: [{ sheet, row: headerAt + 1, message: `kolom "${columns.selfValue}" tidak ada` }],
    };
  }
  const byCode = new Map(items.map((i) => [i.code, i]));
  const seen = new Set<string>();
  const changes: AnswerChange[] = [];
  for (let r = headerAt + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const code = String(row[codeColumn] ?? '').trim();
    if (code === '' && row.every((c) => c === null || String(c).trim() === '')) continue;
    const at = { sheet, row: r + 1 };
    const item = byCode.get(code);
    if (!item) {
      errors.push({
        ...at,
        column: columns.code,
        message: `kode ${code || '(kosong)'} bukan butir area ini`,
      });
      continue;
    }
    if (seen.has(code)) {
      errors.push({
        ...at,
        column: columns.code,
        message: `kode ${code} muncul lebih dari sekali`,
      });
      continue;
    }
    seen.add(code);
    const parsed = parseAnswerCell(item.answer, row[valueColumn] ?? null);
    if (!parsed.ok) {
      errors.push({ ...at, column: columns.selfValue, message: parsed.message });
      continue;
    }
    if (same(parsed.value, item.current)) continue;
    if (item.sourcedBy) {
      errors.push({
        ...at,
        column: columns.selfValue,
        message: `${code} adalah angka dari ${item.sourcedBy}; sekretariat yang mengisinya`,
      });
      continue;
    }
    if (item.fromPlan) {
      errors.push({
        ...at,
        column: columns.selfValue,
        message: `${code} dihitung dari rencana aksi (penilaian subkriteria atau laporan triwulan), bukan diketik`,
      });
      continue;
    }
    changes.push({ code, before: item.current, after: parsed.value });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, changes };
}
