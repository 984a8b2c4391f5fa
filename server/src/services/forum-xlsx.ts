import type { AnswerValue } from '@rapor/shared/answers';
import type { AreaCode } from '@rapor/shared/areas';
import type { AreaResult, ScoredNodeDto } from '@rapor/shared/schemas';
import {
  answerCell,
  answerTypeText,
  HEADER_ORDER,
  WORKSHEET_COLUMNS,
} from '@rapor/shared/worksheet-file';
import ExcelJS from 'exceljs';
import { getAreaResult } from './area-result-service';
import { listDirections } from './directions-service';
import { listRecommendations } from './recommendations-service';
import { yearSummary } from './summary-service';
import type { Reader } from './year-data';

// The year's results as one workbook: a summary, each area's worksheet (which a chair can fill
// offline and import again), achievements, recommendations and the minister's directions.

export const AREA_SHEET_HINT =
  'Isi kolom "Jawaban mandiri" lalu unggah kembali berkas ini pada lembar kerja area. Kolom lain hanya untuk dibaca.';

/** The indicators of an area's result tree, in worksheet order. */
export function leavesOf(nodes: readonly ScoredNodeDto[]): ScoredNodeDto[] {
  return nodes.flatMap((n) => (n.indicator ? [n] : leavesOf(n.children ?? [])));
}

/** What the sheet shows in the answer column: the chair's value, or the figure for a sourced item. */
export function sheetValue(leaf: ScoredNodeDto): AnswerValue | null {
  const indicator = leaf.indicator;
  if (!indicator) return null;
  return indicator.figure ? indicator.value : indicator.selfValue;
}

function criteriaText(leaf: ScoredNodeDto): string {
  return (leaf.options ?? []).map((o) => `${o.code}: ${o.criterion.id}`).join('\n');
}

function styleHeader(row: ExcelJS.Row) {
  row.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF0B3D6E' } };
  row.alignment = { vertical: 'middle', wrapText: true };
}

function areaSheet(book: ExcelJS.Workbook, result: AreaResult, moment: string) {
  const sheet = book.addWorksheet(result.area.code);
  sheet.addRow(['Lembar kerja area', result.area.code, result.area.name.id]).font = {
    bold: true,
    size: 14,
  };
  sheet.addRow(['Tahun', result.year]);
  sheet.addRow(['Versi hasil', result.version]);
  sheet.addRow(['Status', result.status]);
  sheet.addRow(['Keadaan per', moment]);
  sheet.addRow(['Petunjuk', AREA_SHEET_HINT]);
  sheet.addRow([]);
  styleHeader(sheet.addRow([...HEADER_ORDER]));
  for (const leaf of leavesOf(result.tree)) {
    const indicator = leaf.indicator;
    if (!indicator) continue;
    const row = sheet.addRow([
      leaf.code,
      leaf.name.id,
      answerTypeText(indicator.answer),
      criteriaText(leaf),
      answerCell(sheetValue(leaf)),
      indicator.figure ? null : answerCell(indicator.evaluatorValue),
      indicator.evidence.map((e) => `${e.label} — ${e.url}`).join('\n'),
      leaf.weight,
      leaf.points,
      indicator.figure ? `Sekretariat (${indicator.figure.sourcedBy})` : 'Ketua pokja',
    ]);
    row.alignment = { vertical: 'top', wrapText: true };
    if (!indicator.figure) {
      row.getCell(HEADER_ORDER.indexOf(WORKSHEET_COLUMNS.selfValue) + 1).fill = {
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: 'FFFFF4CC' },
      };
    }
  }
  const widths = [12, 60, 18, 50, 16, 16, 40, 8, 8, 24];
  widths.forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
  sheet.views = [{ state: 'frozen', ySplit: 8, xSplit: 1 }];
}

function table(
  book: ExcelJS.Workbook,
  name: string,
  header: string[],
  rows: unknown[][],
  widths: number[],
) {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  styleHeader(sheet.addRow(header));
  for (const r of rows) sheet.addRow(r).alignment = { vertical: 'top', wrapText: true };
  widths.forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
}

export async function yearWorkbook(
  db: Reader,
  year: number,
  moment: string,
  today: string,
): Promise<Buffer> {
  const summary = yearSummary(db, year);
  const book = new ExcelJS.Workbook();
  book.creator = 'Rapor RB';
  const first = book.addWorksheet('Ringkasan');
  first.addRow(['Rapor RB — hasil evaluasi reformasi birokrasi', year]).font = {
    bold: true,
    size: 14,
  };
  first.addRow(['Keadaan per', moment]);
  first.addRow(['Kerangka', summary.framework]);
  first.addRow(['Metode', summary.method]);
  first.addRow(['Status periode', summary.periodState]);
  first.addRow(['Indeks RB', summary.index]);
  first.addRow(['Predikat', summary.predicate]);
  first.addRow([]);
  styleHeader(first.addRow(['Komponen', 'Nama', 'Nilai', 'Maks']));
  for (const c of summary.components) first.addRow([c.code, c.name.id, c.points, c.max]);
  first.addRow([]);
  styleHeader(first.addRow(['Area', 'Nilai', 'Maks', '% dari maks', 'Target', 'Status']));
  for (const a of summary.areas)
    first.addRow([a.code, a.points, a.max, a.percent, a.target, a.status]);
  [22, 40, 12, 12, 12, 14].forEach((w, i) => {
    first.getColumn(i + 1).width = w;
  });

  const results = summary.areas.map((a) => getAreaResult(db, year, a.code as AreaCode, today));
  for (const result of results) areaSheet(book, result, moment);

  table(
    book,
    'Capaian',
    ['Area', 'Judul', 'Jenis', 'Tanggal', 'Uraian', 'Ukuran'],
    results.flatMap((r) =>
      r.achievements.map((a) => [
        a.area,
        a.title,
        a.kind,
        a.date,
        a.description,
        a.metric
          ? `${a.metric.label}: ${a.metric.value}${a.metric.unit ? ` ${a.metric.unit}` : ''}`
          : null,
      ]),
    ),
    [8, 50, 14, 12, 60, 30],
  );
  const recommendations = listRecommendations(db, {}, today).filter((r) => r.year <= year);
  table(
    book,
    'Rekomendasi',
    [
      'ID',
      'Tahun',
      'Area',
      'Rekomendasi',
      'Unit',
      'Tenggat',
      'Prioritas',
      'Status',
      'Tindak lanjut terakhir',
    ],
    recommendations.map((r) => [
      r.id,
      r.year,
      r.area,
      r.text,
      r.ownerUnit,
      r.dueDate,
      r.priority,
      r.status,
      r.followUps.at(-1)?.note ?? null,
    ]),
    [6, 8, 8, 60, 30, 12, 10, 14, 50],
  );
  table(
    book,
    'Arahan',
    [
      'ID',
      'Forum',
      'Area',
      'Arahan',
      'Penanggung jawab',
      'Tenggat',
      'Status',
      'Tindak lanjut terakhir',
    ],
    listDirections(db, {}, today)
      .filter((d) => d.year <= year)
      .map((d) => [
        d.id,
        d.year,
        d.area ?? 'Seluruh kementerian',
        d.text,
        d.owner,
        d.dueDate,
        d.status,
        d.followUps.at(-1)?.note ?? null,
      ]),
    [6, 8, 18, 60, 30, 12, 14, 50],
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}
