import type { AnswerValue } from '@rapor/shared/answers';
import type { WorkbookData } from '@rapor/shared/forum-schemas';
import {
  ACHIEVEMENT_KIND_LABEL,
  areasClosedUnverifiedLabel,
  INDEX_SOURCE_LABEL,
  PERIOD_STATE_LABEL,
  PREDICATE_ASSUMED_LABEL,
  PRIORITY_LABEL,
  RECOMMENDATION_STATUS_LABEL,
  resultStatusLabel,
  STANDING_LABEL,
} from '@rapor/shared/labels';
import { predicateLabel } from '@rapor/shared/predicate';
import type { AreaResult, ScoredNodeDto } from '@rapor/shared/schemas';
import {
  answerCell,
  answerTypeText,
  HEADER_ORDER,
  WORKSHEET_COLUMNS,
} from '@rapor/shared/worksheet-file';
import ExcelJS from 'exceljs';

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

/** Each option with its criterion; a criterion that already names its option is not prefixed again ("Ya: Ya: …"). */
function criteriaText(leaf: ScoredNodeDto): string {
  return (leaf.options ?? [])
    .map((o) =>
      o.criterion.id.startsWith(o.code) ? o.criterion.id : `${o.code}: ${o.criterion.id}`,
    )
    .join('\n');
}

/** Where a figure came from, in words: its source, who entered it, and demo data said so. */
function sourceText(leaf: ScoredNodeDto): string {
  const figure = leaf.indicator?.figure;
  if (!figure) return 'Ketua pokja';
  const source = [figure.sourceIssuer, figure.sourceTitle, figure.sourceDate]
    .filter(Boolean)
    .join(', ');
  return [
    `Sekretariat (${figure.sourcedBy})`,
    source,
    figure.provenance === 'demo'
      ? 'data demo'
      : figure.provenance === 'published'
        ? 'dipublikasikan'
        : null,
  ]
    .filter(Boolean)
    .join(' — ');
}

/** A YYYY-MM-DD date as a spreadsheet date (sortable, formatted by the reader's Excel). */
const dateCell = (iso: string | null) => (iso ? new Date(`${iso.slice(0, 10)}T00:00:00Z`) : null);
const DATE_FORMAT = 'dd/mm/yyyy';
const POINTS_FORMAT = '0.00';

/** A4 landscape, one page wide, the header rows repeated on every printed page. */
function printSetup(sheet: ExcelJS.Worksheet, headerRow: number) {
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRow}:${headerRow}`,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = { oddFooter: '&L&A&RHalaman &P dari &N' };
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
  sheet.addRow([
    'Status',
    resultStatusLabel(result.status, result.closedUnverified).id,
    result.closedUnverified ? `Alasan: ${result.closedUnverified}` : null,
  ]);
  sheet.addRow([
    'Nilai area',
    result.score.points,
    `dari ${result.score.max} · ${result.score.percent}% · ${STANDING_LABEL[result.score.standing].id}${result.score.standing === 'incomplete' ? ` (${result.score.answered} dari ${result.score.total} butir terisi)` : ''}`,
  ]);
  sheet.addRow(['Keadaan per', moment]);
  sheet.addRow(['Petunjuk', AREA_SHEET_HINT]);
  sheet.addRow([]);
  const header = sheet.addRow([...HEADER_ORDER]);
  styleHeader(header);
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
      indicator.multiplier ?? null,
      leaf.points,
      sourceText(leaf),
    ]);
    row.getCell(HEADER_ORDER.indexOf(WORKSHEET_COLUMNS.points) + 1).numFmt = POINTS_FORMAT;
    row.alignment = { vertical: 'top', wrapText: true };
    if (!indicator.figure) {
      row.getCell(HEADER_ORDER.indexOf(WORKSHEET_COLUMNS.selfValue) + 1).fill = {
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: 'FFFFF4CC' },
      };
    }
  }
  const widths = [12, 60, 18, 50, 16, 16, 40, 8, 9, 8, 30];
  widths.forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
  sheet.views = [{ state: 'frozen', ySplit: header.number, xSplit: 1 }];
  printSetup(sheet, header.number);
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
  for (const r of rows) {
    const row = sheet.addRow(r);
    row.alignment = { vertical: 'top', wrapText: true };
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = DATE_FORMAT;
    });
  }
  widths.forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
  printSetup(sheet, 1);
}

function summarySheet(book: ExcelJS.Workbook, { summary, results }: WorkbookData, moment: string) {
  const year = summary.year;
  const first = book.addWorksheet('Ringkasan');
  first.addRow(['Rapor RB — hasil evaluasi reformasi birokrasi', year]).font = {
    bold: true,
    size: 14,
  };
  first.addRow(['Keadaan per', moment]);
  first.addRow(['Kerangka', summary.framework]);
  first.addRow(['Metode', summary.method]);
  first.addRow(['Status periode', PERIOD_STATE_LABEL[summary.periodState].id]);
  const { answered, total } = summary.completeness;
  first.addRow([
    'Keadaan angka',
    STANDING_LABEL[summary.standing].id,
    `${answered} dari ${total} butir terisi`,
  ]);
  first
    .addRow([
      'Indeks RB',
      summary.index,
      `dari ${summary.maxScore}${summary.indexSource ? ` · ${INDEX_SOURCE_LABEL[summary.indexSource].id}` : ''}`,
    ])
    .getCell(2).numFmt = POINTS_FORMAT;
  first.addRow([
    'Predikat',
    summary.shownPredicate ?? '—',
    summary.shownPredicate
      ? `${predicateLabel(summary.shownPredicate).id}${summary.predicateAssumed ? ` · ${PREDICATE_ASSUMED_LABEL.id}` : ''}${summary.areasClosedUnverified > 0 ? ` · ${areasClosedUnverifiedLabel(summary.areasClosedUnverified).id}` : ''}`
      : 'belum ada predikat: jawaban belum lengkap',
  ]);
  first.addRow([]);
  styleHeader(first.addRow(['Komponen', 'Nama', 'Nilai', 'Maks']));
  const general = summary.general;
  for (const c of summary.components) {
    const row = first.addRow([c.code, c.name.id, c.points, c.adjustment ? null : c.max]);
    row.getCell(3).numFmt = POINTS_FORMAT;
    // RB General's parts, then its subtotal before what is added to it (RB Tematik)
    if (general && c.code === general.components.at(-1)) {
      const subtotal = first.addRow([
        'RB General',
        `Jumlah ${general.components.join(' + ')}${general.notApplicable > 0 ? ` (${general.notApplicable} butir tidak berlaku, bobot berlaku ${general.applicableWeight})` : ''}`,
        general.points,
        general.max,
      ]);
      subtotal.font = { bold: true };
      subtotal.getCell(3).numFmt = POINTS_FORMAT;
    }
  }
  const totalRow = first.addRow([
    'Indeks RB',
    `Jumlah (maksimum ${summary.maxScore})`,
    summary.index,
    summary.maxScore,
  ]);
  totalRow.font = { bold: true };
  totalRow.getCell(3).numFmt = POINTS_FORMAT;
  first.addRow([]);
  const areaHeader = first.addRow([
    'Area',
    'Nama',
    'Nilai',
    'Maks',
    '% dari maks',
    'Target',
    'Status',
    'Keadaan angka',
  ]);
  styleHeader(areaHeader);
  for (const a of summary.areas) {
    first
      .addRow([
        a.code,
        results.find((r) => r.area.code === a.code)?.area.name.id ?? null,
        a.points,
        a.max,
        a.percent,
        a.target,
        resultStatusLabel(a.status, a.closedUnverified).id,
        a.standing === 'incomplete'
          ? `Belum lengkap: ${a.answered} dari ${a.total} butir terisi`
          : STANDING_LABEL[a.standing].id,
      ])
      .getCell(3).numFmt = POINTS_FORMAT;
  }
  [22, 48, 12, 10, 12, 10, 16, 40].forEach((w, i) => {
    first.getColumn(i + 1).width = w;
  });
  printSetup(first, areaHeader.number);
}

/** The workbook of `data`, stating the moment it shows. */
export async function yearWorkbook(data: WorkbookData, moment: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Rapor RB';
  summarySheet(book, data, moment);
  const { results } = data;
  for (const result of results) areaSheet(book, result, moment);

  table(
    book,
    'Capaian',
    ['Area', 'Judul', 'Jenis', 'Tanggal', 'Uraian', 'Ukuran'],
    results.flatMap((r) =>
      r.achievements.map((a) => [
        a.area,
        a.title,
        ACHIEVEMENT_KIND_LABEL[a.kind].id,
        dateCell(a.date),
        a.description,
        a.metric
          ? `${a.metric.label}: ${a.metric.value}${a.metric.unit ? ` ${a.metric.unit}` : ''}`
          : null,
      ]),
    ),
    [8, 50, 14, 12, 60, 30],
  );
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
    data.recommendations.map((r) => [
      r.id,
      r.year,
      r.area,
      r.text,
      r.ownerUnit,
      dateCell(r.dueDate),
      PRIORITY_LABEL[r.priority].id,
      RECOMMENDATION_STATUS_LABEL[r.status].id,
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
    data.directions.map((d) => [
      d.id,
      d.year,
      d.area ?? 'Seluruh kementerian',
      d.text,
      d.owner,
      dateCell(d.dueDate),
      RECOMMENDATION_STATUS_LABEL[d.status].id,
      d.followUps.at(-1)?.note ?? null,
    ]),
    [6, 8, 18, 60, 30, 12, 14, 50],
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}
