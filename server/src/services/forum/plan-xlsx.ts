import { type PlanTheme, QUARTER_LABEL, QUARTERS } from '@rapor/shared/action-plan';
import type { PlanImport } from '@rapor/shared/action-plan-schemas';
import { AREA_CODES, type AreaCode, areaName } from '@rapor/shared/areas';
import type { Locale } from '@rapor/shared/format';
import type { FileError } from '@rapor/shared/framework-file';
import { planColumns, planRows, readPlanSheet } from '@rapor/shared/plan-file';
import { planOwnerKey } from '@rapor/shared/plan-owners';
import ExcelJS from 'exceljs';
import { ValidationError } from '../../errors';
import { getActionPlan, type PlanTarget, writePlan } from '../evaluation/action-plans';
import { yearThemes } from '../evaluation/plan-store';
import { authorize, type WriteContext } from '../evaluation/write-guard';
import { findPeriod, type Reader } from '../evaluation/year-data';
import { printSetup, styleHeader } from './forum-xlsx';
import { WORKBOOK_TEXT } from './workbook-text';
import { fileRefused, openUploadedXlsx, rowsOf } from './xlsx-cells';

const TEXT = {
  id: {
    title: (area: string, year: number) => `Rencana aksi ${area} ${year}`,
    theme: 'tema',
    deadlines: 'Tenggat laporan',
    none: 'Rencana aksi belum disusun.',
  },
  en: {
    title: (area: string, year: number) => `Action plan ${area} ${year}`,
    theme: 'for the theme',
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
  only?: PlanTarget,
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Rapor RB';
  const columns = planColumns(lang);
  const ofGroup = (area: AreaCode) => ({
    sheet: sheetNameOf({ area }),
    title: areaName(area)[lang],
    plan: getActionPlan(db, { year, area }, today),
  });
  const ofTheme = (theme: PlanTheme) => ({
    sheet: sheetNameOf({ area: theme.area, theme }),
    title: `${TEXT[lang].theme} ${theme.name[lang]} (${theme.area})`,
    plan: getActionPlan(db, { year, area: theme.area, theme }, today),
  });
  // the whole year's workbook carries the themes' plans after the groups', a sheet each
  const plans = only
    ? [only.theme ? ofTheme(only.theme) : ofGroup(only.area)]
    : [...AREA_CODES.map(ofGroup), ...yearThemes(db, year).map(ofTheme)];
  for (const { sheet: name, title, plan } of plans) {
    const sheet = book.addWorksheet(name);
    sheet.addRow([TEXT[lang].title(title, year)]).font = { bold: true, size: 14 };
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

/** More rows than any plan has by far: a longer sheet is not one of ours. */
const MAX_ROWS = 1_000;

const invalid = (errors: FileError[]) => fileRefused('Berkas rencana aksi', errors);

/** A plan's sheet in a plans workbook is named by its owner: "MP", or "T.KMS" for a theme's. */
const sheetNameOf = planOwnerKey;

/** The plan's sheet of a plans workbook (named as `sheetNameOf`), or its only sheet. */
async function readPlanFile(file: Buffer, name: string) {
  const opened = await openUploadedXlsx(file);
  if (!opened.ok) throw invalid([{ message: opened.message }]);
  const sheets = opened.book.worksheets;
  const sheet = opened.book.getWorksheet(name) ?? (sheets.length === 1 ? sheets[0] : undefined);
  if (!sheet) throw invalid([{ message: `sheet "${name}" tidak ada di berkas` }]);
  if (sheet.rowCount > MAX_ROWS)
    throw invalid([{ sheet: sheet.name, message: `lebih dari ${MAX_ROWS} baris` }]);
  return { sheet: sheet.name, rows: rowsOf(sheet) };
}

/**
 * A group's plan workbook filled offline (the plan and its quarters' realisation): every row
 * checked against the plan stored now, then a preview of what changes, or all of it written at
 * once through the plan's one write (its version, audited). Any bad cell and nothing is taken.
 */
export async function importPlan(
  ctx: WriteContext,
  target: PlanTarget,
  file: Buffer,
  options: { dryRun: boolean; version?: number },
): Promise<PlanImport> {
  // a closed year or another group's plan is said before any row is read
  authorize(ctx.actor, 'plan.edit', {
    area: target.area,
    periodState: findPeriod(ctx.db, target.year).state,
  });
  const { sheet, rows } = await readPlanFile(file, sheetNameOf(target));
  const kind = target.theme ? 'theme' : 'group';
  const stamp = {
    at: ctx.now.toISOString(),
    by: ctx.actor.displayName,
    today: ctx.today,
    year: target.year,
  };
  const current = getActionPlan(ctx.db, target, ctx.today);
  const planned = readPlanSheet(sheet, rows, current.activities, stamp, kind);
  if (!planned.ok) throw invalid(planned.errors);
  const answer = { year: target.year, area: target.area, version: current.version };
  if (options.dryRun || planned.changes.length === 0) {
    return { ...answer, applied: false, changes: planned.changes };
  }
  if (options.version === undefined) {
    throw new ValidationError('Sebutkan versi rencana aksi yang dibaca (version).', {
      field: 'version',
    });
  }
  let changes = planned.changes;
  writePlan(ctx, target, options.version, 'plan.edit', (before) => {
    // read again inside the write: what is applied is measured against what is stored
    const again = readPlanSheet(sheet, rows, before, stamp, kind);
    if (!again.ok) throw invalid(again.errors);
    changes = again.changes;
    return {
      activities: again.activities,
      audit: { imported: true, changes: again.changes.length },
    };
  });
  const after = getActionPlan(ctx.db, target, ctx.today);
  return { year: target.year, area: target.area, version: after.version, applied: true, changes };
}
