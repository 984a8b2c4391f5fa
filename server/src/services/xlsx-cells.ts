import type { Cell } from '@rapor/shared/framework-file';
import type ExcelJS from 'exceljs';

// Reading xlsx cells as plain values, for every workbook the app accepts.

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** An xlsx file is a zip: checked by content, not by the name or the declared type. */
export function looksLikeXlsx(data: Buffer): boolean {
  return data.length > 4 && data.subarray(0, 4).equals(XLSX_MAGIC);
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
