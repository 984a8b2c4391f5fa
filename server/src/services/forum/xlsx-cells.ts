import type { Cell, FileError } from '@rapor/shared/framework-file';
import ExcelJS from 'exceljs';
import { ValidationError } from '../../errors';
import { xlsxOutOfBounds } from './xlsx-bounds';

// Reading xlsx cells as plain values, for every workbook the app accepts.

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** An xlsx file is a zip: checked by content, not by the name or the declared type. */
export function looksLikeXlsx(data: Buffer): boolean {
  return data.length > 4 && data.subarray(0, 4).equals(XLSX_MAGIC);
}

/**
 * An uploaded workbook opened, or why it cannot be, in plain words: checked by content and
 * against the unpacking bounds before the reader sees it.
 */
export async function openUploadedXlsx(
  file: Buffer,
): Promise<{ ok: true; book: ExcelJS.Workbook } | { ok: false; message: string }> {
  if (!looksLikeXlsx(file))
    return { ok: false, message: 'berkas bukan xlsx (isi berkas tidak dikenali)' };
  const outOfBounds = xlsxOutOfBounds(file);
  if (outOfBounds) return { ok: false, message: outOfBounds };
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    return { ok: false, message: 'berkas bukan xlsx yang dapat dibaca' };
  }
  return { ok: true, book };
}

function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'richText' in value)
    return value.richText.map((r) => r.text).join('');
  if (typeof value === 'object' && 'result' in value)
    return cellValue(value.result as ExcelJS.CellValue);
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  return String(value);
}

export function rowsOf(sheet: ExcelJS.Worksheet | undefined): Cell[][] {
  if (!sheet) return [];
  const rows: Cell[][] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push(Array.from({ length: width }, (_, c) => cellValue(row.getCell(c + 1).value)));
  }
  return rows;
}

/** Words a file's errors for people: "sheet Indikator, baris 12, kolom bobot: …". */
export function describeFileError(e: FileError): string {
  const at = [
    e.sheet && `sheet ${e.sheet}`,
    e.row && `baris ${e.row}`,
    e.column && `kolom ${e.column}`,
  ].filter(Boolean);
  return at.length > 0 ? `${at.join(', ')}: ${e.message}` : e.message;
}

/** An imported file refused: every problem in `details.errors`, the first five said in words. */
export function fileRefused(what: string, errors: FileError[]) {
  const lines = errors.map(describeFileError);
  return new ValidationError(
    `${what} tidak dapat diimpor (${lines.length} masalah): ${lines.slice(0, 5).join('; ')}${lines.length > 5 ? '; …' : ''}`,
    { errors },
  );
}
