import type { Framework } from '@rapor/shared/framework';
import {
  type Cell,
  type FileCheck,
  type FrameworkSheets,
  frameworkToSheets,
  type Row,
  SHEETS,
  sheetsToFramework,
} from '@rapor/shared/framework-file';
import ExcelJS from 'exceljs';

// The xlsx template: three sheets whose rows are those of shared/framework-file. Only the
// workbook I/O is here; what a row means is decided there.

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** An xlsx file is a zip: checked by content, not by the name or the declared type. */
export function looksLikeXlsx(data: Buffer): boolean {
  return data.length > 4 && data.subarray(0, 4).equals(XLSX_MAGIC);
}

export async function frameworkToXlsx(framework: Framework): Promise<Buffer> {
  const sheets = frameworkToSheets(framework);
  const book = new ExcelJS.Workbook();
  book.creator = 'Rapor RB';
  for (const key of ['meta', 'groups', 'indicators'] as const) {
    const sheet = book.addWorksheet(SHEETS[key], { views: [{ state: 'frozen', ySplit: 1 }] });
    for (const row of sheets[key]) sheet.addRow(row);
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((c) => {
      c.width = 18;
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
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

function rowsOf(sheet: ExcelJS.Worksheet | undefined): Row[] {
  if (!sheet) return [];
  const rows: Row[] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push(Array.from({ length: width }, (_, c) => cellValue(row.getCell(c + 1).value)));
  }
  return rows;
}

/** Reads the template; a missing sheet or an unreadable file is reported like any bad cell. */
export async function xlsxToFramework(data: Buffer): Promise<FileCheck> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    return { ok: false, errors: [{ message: 'berkas bukan xlsx yang dapat dibaca' }] };
  }
  const missing = Object.values(SHEETS).filter((name) => !book.getWorksheet(name));
  if (missing.length > 0) {
    return {
      ok: false,
      errors: missing.map((sheet) => ({ sheet, message: `sheet ${sheet} tidak ada` })),
    };
  }
  const sheets: FrameworkSheets = {
    meta: rowsOf(book.getWorksheet(SHEETS.meta)),
    groups: rowsOf(book.getWorksheet(SHEETS.groups)),
    indicators: rowsOf(book.getWorksheet(SHEETS.indicators)),
  };
  return sheetsToFramework(sheets);
}
