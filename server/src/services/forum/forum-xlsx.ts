import type { AnswerValue } from '@rapor/shared/answers';
import type { Locale } from '@rapor/shared/format';
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
  targetBaikLines,
} from '@rapor/shared/labels';
import { predicateLabel } from '@rapor/shared/predicate';
import type { AreaResult, ScoredNodeDto } from '@rapor/shared/schemas';
import { answerCell, answerTypeText, worksheetColumns } from '@rapor/shared/worksheet-file';
import ExcelJS from 'exceljs';
import { WORKBOOK_TEXT, type WorkbookText } from './workbook-text';

// The year's results as one workbook: a summary, each area's worksheet (which a chair can fill
// offline and import again), achievements, recommendations and the minister's directions, in
// the requester's language (Indonesian unless English is asked for).

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
function criteriaText(leaf: ScoredNodeDto, lang: Locale): string {
  return (leaf.options ?? [])
    .map((o) =>
      o.criterion[lang].startsWith(o.code) ? o.criterion[lang] : `${o.code}: ${o.criterion[lang]}`,
    )
    .join('\n');
}

/** Where a figure came from, in words: its source, who entered it, and demo data said so. */
function sourceText(leaf: ScoredNodeDto, T: WorkbookText): string {
  const figure = leaf.indicator?.figure;
  if (leaf.fromPlan) return T.fromPlan;
  if (!figure) return T.chair;
  const source = [figure.sourceIssuer, figure.sourceTitle, figure.sourceDate]
    .filter(Boolean)
    .join(', ');
  return [
    T.secretariat(figure.sourcedBy),
    source,
    figure.provenance === 'demo' ? T.demo : figure.provenance === 'published' ? T.published : null,
  ]
    .filter(Boolean)
    .join(' — ');
}

/** A YYYY-MM-DD date as a spreadsheet date (sortable, formatted by the reader's Excel). */
export const dateCell = (iso: string | null) =>
  iso ? new Date(`${iso.slice(0, 10)}T00:00:00Z`) : null;
export const DATE_FORMAT = 'dd/mm/yyyy';
const POINTS_FORMAT = '0.00';

/** A4 landscape, one page wide, the header rows repeated on every printed page. */
export function printSetup(sheet: ExcelJS.Worksheet, headerRow: number, T: WorkbookText) {
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRow}:${headerRow}`,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = { oddFooter: T.footer };
}

export function styleHeader(row: ExcelJS.Row) {
  row.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF0B3D6E' } };
  row.alignment = { vertical: 'middle', wrapText: true };
}

function areaSheet(book: ExcelJS.Workbook, result: AreaResult, moment: string, lang: Locale) {
  const T = WORKBOOK_TEXT[lang];
  const columns = worksheetColumns(lang);
  const order = Object.values(columns);
  const sheet = book.addWorksheet(result.area.code);
  sheet.addRow([T.areaSheet, result.area.code, result.area.name[lang]]).font = {
    bold: true,
    size: 14,
  };
  sheet.addRow([T.year, result.year]);
  sheet.addRow([T.resultVersion, result.version]);
  sheet.addRow([
    T.status,
    resultStatusLabel(result.status, result.closedUnverified)[lang],
    result.closedUnverified ? T.reason(result.closedUnverified) : null,
  ]);
  const score = result.score;
  sheet.addRow([
    T.areaScore,
    score.points,
    `${T.ofMax(score.max)} · ${score.percent}% · ${STANDING_LABEL[score.standing][lang]}${score.standing === 'incomplete' ? ` (${T.answered(score.answered ?? 0, score.total ?? 0)})` : ''}`,
  ]);
  sheet.addRow([T.asOf, moment]);
  sheet.addRow([T.hintLabel, T.hint]);
  sheet.addRow([]);
  const header = sheet.addRow(order);
  styleHeader(header);
  for (const leaf of leavesOf(result.tree)) {
    const indicator = leaf.indicator;
    if (!indicator) continue;
    const row = sheet.addRow([
      leaf.code,
      leaf.name[lang],
      answerTypeText(indicator.answer, lang),
      criteriaText(leaf, lang),
      answerCell(sheetValue(leaf), lang),
      indicator.figure ? null : answerCell(indicator.evaluatorValue, lang),
      indicator.evidence.map((e) => `${e.label} — ${e.url}`).join('\n'),
      leaf.weight,
      indicator.multiplier ?? null,
      leaf.points,
      sourceText(leaf, T),
    ]);
    row.getCell(order.indexOf(columns.points) + 1).numFmt = POINTS_FORMAT;
    row.alignment = { vertical: 'top', wrapText: true };
    if (!indicator.figure && !leaf.fromPlan) {
      row.getCell(order.indexOf(columns.selfValue) + 1).fill = {
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
  printSetup(sheet, header.number, T);
}

function table(
  book: ExcelJS.Workbook,
  T: WorkbookText,
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
  printSetup(sheet, 1, T);
}

function summarySheet(
  book: ExcelJS.Workbook,
  { summary, results }: WorkbookData,
  moment: string,
  lang: Locale,
) {
  const T = WORKBOOK_TEXT[lang];
  const year = summary.year;
  const first = book.addWorksheet(T.sheets.summary);
  first.addRow([T.title, year]).font = { bold: true, size: 14 };
  first.addRow([T.asOf, moment]);
  first.addRow([T.framework, summary.framework]);
  first.addRow([T.method, summary.method]);
  first.addRow([T.periodState, PERIOD_STATE_LABEL[summary.periodState][lang]]);
  const { answered, total } = summary.completeness;
  first.addRow([T.standing, STANDING_LABEL[summary.standing][lang], T.answered(answered, total)]);
  first
    .addRow([
      T.index,
      summary.index,
      `${T.ofMax(summary.maxScore)}${summary.indexSource ? ` · ${INDEX_SOURCE_LABEL[summary.indexSource][lang]}` : ''}`,
    ])
    .getCell(2).numFmt = POINTS_FORMAT;
  const qualifiers = [
    summary.predicateAssumed ? PREDICATE_ASSUMED_LABEL[lang] : null,
    summary.areasClosedUnverified > 0
      ? areasClosedUnverifiedLabel(summary.areasClosedUnverified)[lang]
      : null,
  ].filter(Boolean);
  first.addRow([
    T.predicate,
    summary.shownPredicate ?? '—',
    summary.shownPredicate
      ? [predicateLabel(summary.shownPredicate)[lang], ...qualifiers].join(' · ')
      : T.noPredicate,
  ]);
  if (summary.targetBaik) {
    const [share, ...rest] = targetBaikLines(summary.targetBaik, summary.shownPredicate, lang);
    first.addRow([T.targetBaik, `${summary.targetBaik.met} / ${summary.targetBaik.total}`, share]);
    for (const line of rest) first.addRow([null, null, line]);
  }
  first.addRow([]);
  styleHeader(first.addRow([T.component, T.name, T.points, T.max]));
  const general = summary.general;
  for (const c of summary.components) {
    const row = first.addRow([c.code, c.name[lang], c.points, c.adjustment ? null : c.max]);
    row.getCell(3).numFmt = POINTS_FORMAT;
    // RB General's parts, then its subtotal before what is added to it (RB Tematik)
    if (general && c.code === general.components.at(-1)) {
      const subtotal = first.addRow([
        'RB General',
        `${T.generalSum(general.components.join(' + '))}${general.notApplicable > 0 ? ` (${T.notApplicable(general.notApplicable, general.applicableWeight)})` : ''}`,
        general.points,
        general.max,
      ]);
      subtotal.font = { bold: true };
      subtotal.getCell(3).numFmt = POINTS_FORMAT;
    }
  }
  const totalRow = first.addRow([
    T.index,
    T.indexSum(summary.maxScore),
    summary.index,
    summary.maxScore,
  ]);
  totalRow.font = { bold: true };
  totalRow.getCell(3).numFmt = POINTS_FORMAT;
  first.addRow([]);
  const areaHeader = first.addRow([
    T.area,
    T.name,
    T.points,
    T.max,
    T.percentOfMax,
    T.target,
    T.status,
    T.standing,
  ]);
  styleHeader(areaHeader);
  for (const a of summary.areas) {
    first
      .addRow([
        a.code,
        results.find((r) => r.area.code === a.code)?.area.name[lang] ?? null,
        a.points,
        a.max,
        a.percent,
        a.target,
        resultStatusLabel(a.status, a.closedUnverified)[lang],
        a.standing === 'incomplete'
          ? T.incomplete(a.answered, a.total)
          : STANDING_LABEL[a.standing][lang],
      ])
      .getCell(3).numFmt = POINTS_FORMAT;
  }
  [22, 48, 12, 10, 12, 10, 16, 40].forEach((w, i) => {
    first.getColumn(i + 1).width = w;
  });
  printSetup(first, areaHeader.number, T);
}

/** The workbook of `data`, stating the moment it shows. */
export async function yearWorkbook(
  data: WorkbookData,
  moment: string,
  lang: Locale = 'id',
): Promise<Buffer> {
  const T = WORKBOOK_TEXT[lang];
  const book = new ExcelJS.Workbook();
  book.creator = 'Rapor RB';
  summarySheet(book, data, moment, lang);
  const { results } = data;
  for (const result of results) areaSheet(book, result, moment, lang);

  table(
    book,
    T,
    T.sheets.achievements,
    T.achievementHeader,
    results.flatMap((r) =>
      r.achievements.map((a) => [
        a.area,
        a.title,
        ACHIEVEMENT_KIND_LABEL[a.kind][lang],
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
    T,
    T.sheets.recommendations,
    T.recommendationHeader,
    data.recommendations.map((r) => [
      r.id,
      r.year,
      r.area,
      r.text,
      r.ownerUnit,
      dateCell(r.dueDate),
      PRIORITY_LABEL[r.priority][lang],
      RECOMMENDATION_STATUS_LABEL[r.status][lang],
      r.followUps.at(-1)?.note ?? null,
    ]),
    [6, 8, 8, 60, 30, 12, 10, 14, 50],
  );
  table(
    book,
    T,
    T.sheets.directions,
    T.directionHeader,
    data.directions.map((d) => [
      d.id,
      d.year,
      d.area ?? T.wholeMinistry,
      d.text,
      d.owner,
      dateCell(d.dueDate),
      RECOMMENDATION_STATUS_LABEL[d.status][lang],
      d.followUps.at(-1)?.note ?? null,
    ]),
    [6, 8, 18, 60, 30, 12, 14, 50],
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}
