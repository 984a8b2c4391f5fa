import { QUARTER_LABEL, QUARTERS } from '@rapor/shared/action-plan';
import { AREA_CODES, type AreaCode, areaName } from '@rapor/shared/areas';
import type { Locale } from '@rapor/shared/format';
import { planColumns, planRows } from '@rapor/shared/plan-file';
import ExcelJS from 'exceljs';
import { getActionPlan } from './action-plans';
import { printSetup, styleHeader } from './forum-xlsx';
import { WORKBOOK_TEXT } from './workbook-text';
import type { Reader } from './year-data';

const TEXT = {
  id: {
    title: (area: string, year: number) => `Rencana aksi ${area} ${year}`,
    deadlines: 'Tenggat laporan',
    none: 'Rencana aksi belum disusun.',
  },
  en: {
    title: (area: string, year: number) => `Action plan ${area} ${year}`,
    deadlines: 'Report deadlines',
    none: 'The action plan has not been drawn up yet.',
  },
} as const;

const AMOUNT = '#,##0.##';

/**
 * Action plans as a workbook: a sheet per working group (or the one asked for), one row per
 * action with its road-map row, quarterly targets, budget and what each quarter realised.
 */
export async function plansWorkbook(
  db: Reader,
  year: number,
  today: string,
  lang: Locale,
  only?: AreaCode,
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Rapor RB';
  const columns = planColumns(lang);
  for (const area of only ? [only] : AREA_CODES) {
    const plan = getActionPlan(db, { year, area }, today);
    const sheet = book.addWorksheet(area);
    sheet.addRow([TEXT[lang].title(areaName(area)[lang], year)]).font = { bold: true, size: 14 };
    sheet.addRow([
      TEXT[lang].deadlines,
      QUARTERS.map((q) => `${QUARTER_LABEL[q]} ${plan.deadlines[q - 1]}`).join(' · '),
    ]);
    sheet.addRow([]);
    const header = sheet.addRow(columns);
    styleHeader(header);
    const rows = planRows(plan.activities, lang);
    if (rows.length === 0) sheet.addRow([TEXT[lang].none]);
    for (const cells of rows) {
      const row = sheet.addRow(cells);
      row.alignment = { vertical: 'top', wrapText: true };
      row.eachCell((cell) => {
        if (typeof cell.value === 'number' && Math.abs(cell.value) >= 1000) cell.numFmt = AMOUNT;
      });
    }
    columns.forEach((_, i) => {
      sheet.getColumn(i + 1).width = i < 2 || i === 6 ? 36 : i < 9 ? 16 : 12;
    });
    sheet.views = [{ state: 'frozen', ySplit: header.number }];
    printSetup(sheet, header.number, WORKBOOK_TEXT[lang]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
