import type { Framework } from '@rapor/shared/framework';
import {
  type FileCheck,
  type FrameworkSheets,
  frameworkToSheets,
  SHEETS,
  sheetsToFramework,
} from '@rapor/shared/framework-file';
import ExcelJS from 'exceljs';
import { rowsOf } from '../forum/xlsx-cells';

// The xlsx template: three sheets whose rows are those of shared/framework-file. Only the
// workbook I/O is here; what a row means is decided there.

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
