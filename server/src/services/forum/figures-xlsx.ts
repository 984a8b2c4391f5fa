import { writeTransaction } from '@rapor/db/open';
import type { FiguresImport } from '@rapor/shared/figure-schemas';
import {
  FIGURES_COLUMNS,
  FIGURES_SHEET,
  planFiguresImport,
  type StoredFigure,
  storedSource,
} from '@rapor/shared/figures-file';
import type { Locale } from '@rapor/shared/format';
import type { FileError } from '@rapor/shared/framework-file';
import { FIGURE_STATE_LABEL } from '@rapor/shared/labels';
import { answerCell, answerTypeText } from '@rapor/shared/worksheet-file';
import ExcelJS from 'exceljs';
import { listFigures, updateFiguresIn } from '../evaluation/figures-service';
import { authorize, type WriteContext } from '../evaluation/write-guard';
import { findPeriod, type Reader } from '../evaluation/year-data';
import { DATE_FORMAT, dateCell, printSetup, styleHeader } from './forum-xlsx';
import { WORKBOOK_TEXT } from './workbook-text';
import { fileRefused, openUploadedXlsx, rowsOf } from './xlsx-cells';

const TEXT = {
  id: {
    title: (year: number) => `Angka bersumber ${year} — Rapor RB`,
    hint: 'Isi kolom Nilai dan sumber (judul, penerbit, tanggal) seperti dilaporkan sumbernya, lalu impor berkas ini di halaman Angka bersumber. Sel Nilai yang kosong tidak mengubah angka; jangan ubah kolom Kode dan Versi.',
  },
  en: {
    title: (year: number) => `Sourced figures ${year} — Rapor RB`,
    hint: 'Fill in the value and its source (title, issuer, date) as the source reports them, then import this file on the Sourced figures page. An empty value cell leaves the figure as it is; do not change the Code and Version columns.',
  },
} as const;

const EDITABLE = ['value', 'sourceTitle', 'sourceIssuer', 'sourceDate'] as const;

/**
 * The year's sourced figures as one sheet the secretariat fills offline: code, name, what the
 * answer takes, value, source, target baik, state and the row's version (the import refuses a
 * row changed in the app since). The columns to fill are shaded.
 */
export async function figuresWorkbook(db: Reader, year: number, lang: Locale): Promise<Buffer> {
  const data = listFigures(db, year);
  const names = FIGURES_COLUMNS[lang];
  const order = Object.values(names);
  const book = new ExcelJS.Workbook();
  book.creator = 'Rapor RB';
  const sheet = book.addWorksheet(FIGURES_SHEET[lang]);
  sheet.addRow([TEXT[lang].title(year)]).font = { bold: true, size: 14 };
  sheet.addRow([TEXT[lang].hint]);
  sheet.addRow([]);
  const header = sheet.addRow(order);
  styleHeader(header);
  for (const f of data.figures) {
    const row = sheet.addRow([
      f.code,
      f.name[lang],
      f.area ?? '',
      answerTypeText(f.answer, lang),
      answerCell(f.value, lang),
      f.sourceTitle,
      f.sourceIssuer,
      dateCell(f.sourceDate),
      f.targetBaik?.target ?? null,
      f.notApplicable !== null
        ? `${lang === 'id' ? 'Tidak berlaku' : 'Not applicable'}: ${f.notApplicable}`
        : FIGURE_STATE_LABEL[f.state][lang],
      f.version,
    ]);
    row.alignment = { vertical: 'top', wrapText: true };
    row.getCell(order.indexOf(names.sourceDate) + 1).numFmt = DATE_FORMAT;
    if (f.notApplicable === null) {
      for (const column of EDITABLE) {
        row.getCell(order.indexOf(names[column]) + 1).fill = {
          type: 'pattern',
          pattern: 'solid',
          fgColor: { argb: 'FFFFF4CC' },
        };
      }
    }
  }
  [10, 50, 7, 20, 12, 40, 24, 14, 11, 22, 7].forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
  sheet.views = [{ state: 'frozen', ySplit: header.number, xSplit: 1 }];
  printSetup(sheet, header.number, WORKBOOK_TEXT[lang]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** More rows than a year has figures by far: a longer sheet is not one of ours. */
const MAX_ROWS = 1_000;

const invalid = (errors: FileError[]) => fileRefused('Berkas angka', errors);

async function readRows(file: Buffer) {
  const opened = await openUploadedXlsx(file);
  if (!opened.ok) throw invalid([{ message: opened.message }]);
  const sheet = Object.values(FIGURES_SHEET)
    .map((name) => opened.book.getWorksheet(name))
    .find(Boolean);
  if (!sheet) {
    throw invalid([{ message: `sheet "${FIGURES_SHEET.id}" tidak ada di berkas` }]);
  }
  if (sheet.rowCount > MAX_ROWS)
    throw invalid([{ sheet: sheet.name, message: `lebih dari ${MAX_ROWS} baris` }]);
  return { sheet: sheet.name, rows: rowsOf(sheet) };
}

/** The plan against what is stored now, with each change named; bad rows refuse the file. */
function plan(db: Reader, year: number, sheet: string, rows: ReturnType<typeof rowsOf>) {
  const data = listFigures(db, year);
  const stored: StoredFigure[] = data.figures.map((f) => ({
    code: f.code,
    answer: f.answer,
    value: f.value,
    source: storedSource(f),
    notApplicable: f.notApplicable,
    version: f.version,
  }));
  const planned = planFiguresImport(sheet, rows, stored);
  if (!planned.ok) throw invalid(planned.errors);
  const names = new Map(data.figures.map((f) => [f.code, f.name]));
  return {
    changes: planned.changes.map((c) => ({
      ...c,
      name: names.get(c.code) ?? { id: c.code, en: c.code },
    })),
  };
}

/**
 * The secretariat's figures sheet filled offline: every row checked, then either a preview of
 * the changed figures or all of them written in one transaction (each as its own PUT would be,
 * audited per figure). Any bad row and nothing is written.
 */
export async function importFigures(
  ctx: WriteContext,
  year: number,
  file: Buffer,
  options: { dryRun: boolean },
): Promise<FiguresImport> {
  // a closed year is said as such before any row of the file is read against it
  authorize(ctx.actor, 'figure.enter', { periodState: findPeriod(ctx.db, year).state });
  const { sheet, rows } = await readRows(file);
  const preview = plan(ctx.db, year, sheet, rows);
  if (options.dryRun || preview.changes.length === 0) {
    return { year, applied: false, changes: preview.changes };
  }
  const applied = writeTransaction(ctx.db, (tx) => {
    // planned again inside the write: what is applied is measured against what is stored
    const { changes } = plan(tx, year, sheet, rows);
    updateFiguresIn(tx, ctx, year, {
      rows: changes.map((c) => ({
        code: c.code,
        version: c.version,
        ...(c.value !== undefined && { value: c.value }),
        ...(c.source && { source: c.source }),
      })),
    });
    return changes;
  });
  return { year, applied: true, changes: applied };
}
