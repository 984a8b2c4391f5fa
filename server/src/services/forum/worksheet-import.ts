import type { AreaCode } from '@rapor/shared/areas';
import type { WorksheetImport } from '@rapor/shared/forum-schemas';
import type { FileError } from '@rapor/shared/framework-file';
import { type AnswerChange, planWorksheetImport } from '@rapor/shared/worksheet-file';
import { getAreaResult } from '../evaluation/area-result-service';
import { assertUnlocked, writeAnswer } from '../evaluation/result-writes';
import { authorize, type WriteContext, writeAreaResult } from '../evaluation/write-guard';
import type { Reader } from '../evaluation/year-data';
import { leavesOf, sheetValue } from './forum-xlsx';
import { fileRefused, openUploadedXlsx, rowsOf } from './xlsx-cells';

/** More rows than any area's worksheet has: a file this long is not one of ours. */
const MAX_ROWS = 2_000;

const invalid = (errors: FileError[]) => fileRefused('Lembar kerja', errors);

async function readSheet(file: Buffer, area: AreaCode) {
  const opened = await openUploadedXlsx(file);
  if (!opened.ok) throw invalid([{ message: opened.message }]);
  const sheet = opened.book.getWorksheet(area);
  if (!sheet) throw invalid([{ sheet: area, message: `sheet ${area} tidak ada di berkas` }]);
  if (sheet.rowCount > MAX_ROWS)
    throw invalid([{ sheet: area, message: `lebih dari ${MAX_ROWS} baris` }]);
  const rows = rowsOf(sheet);
  const versionRow = rows.find((r) => r[0] === 'Versi hasil');
  const exported = typeof versionRow?.[1] === 'number' ? versionRow[1] : null;
  return { rows, exported };
}

function plan(
  db: Reader,
  target: { year: number; area: AreaCode },
  rows: ReturnType<typeof rowsOf>,
  today: string,
) {
  const result = getAreaResult(db, target.year, target.area, today);
  const items = leavesOf(result.tree).flatMap((leaf) =>
    leaf.indicator
      ? [
          {
            code: leaf.code,
            answer: leaf.indicator.answer,
            current: sheetValue(leaf),
            ...(leaf.indicator.figure && { sourcedBy: leaf.indicator.figure.sourcedBy }),
            ...(leaf.fromPlan && { fromPlan: true }),
          },
        ]
      : [],
  );
  const planned = planWorksheetImport(target.area, rows, items);
  if (!planned.ok) throw invalid(planned.errors);
  return { result, changes: planned.changes };
}

/**
 * A chair's worksheet filled offline (the area sheet of the year's xlsx export): every row
 * checked, then either a preview of the changed answers or all of them applied in one write
 * (one version step, audited per answer). Any bad row and nothing is applied.
 */
export async function importWorksheet(
  ctx: WriteContext,
  target: { year: number; area: AreaCode },
  file: Buffer,
  options: { dryRun: boolean; version?: number },
): Promise<WorksheetImport> {
  const { rows, exported } = await readSheet(file, target.area);
  const preview = plan(ctx.db, target, rows, ctx.today);
  authorize(ctx.actor, 'result.edit', {
    area: target.area,
    periodState: preview.result.periodState,
    status: preview.result.status,
  });
  const base = { year: target.year, area: target.area, exportedVersion: exported };
  if (options.dryRun || preview.changes.length === 0) {
    return { ...base, applied: false, version: preview.result.version, changes: preview.changes };
  }
  const version = options.version ?? exported ?? preview.result.version;
  let applied: AnswerChange[] = [];
  const next = writeAreaResult(ctx, { ...target, version }, ['result.edit'], (state) => {
    // planned again inside the write: what is applied is measured against what is stored
    applied = plan(state.tx, target, rows, ctx.today).changes;
    return applied.map((change) => {
      assertUnlocked(state, { ...target, version }, change.code);
      return writeAnswer(state.tx, target, change.code, { selfValue: change.after }, ctx.now);
    });
  });
  return { ...base, applied: true, version: next, changes: applied };
}
