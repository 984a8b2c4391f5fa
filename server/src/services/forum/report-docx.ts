import type { AnswerValue } from '@rapor/shared/answers';
import type { Appeal } from '@rapor/shared/appeal-schemas';
import { tallyAppeals } from '@rapor/shared/appeals';
import {
  formatDate,
  formatLongDate,
  formatNumber,
  formatPercent,
  formatPlainNumber,
} from '@rapor/shared/format';
import { componentRows, leftOut } from '@rapor/shared/forum';
import type { Deck, DeckArea, DeckRecommendation } from '@rapor/shared/forum-schemas';
import {
  appealStateLabel,
  appealTallyLine,
  PRIORITY_LABEL,
  RECOMMENDATION_STATUS_LABEL,
  resultStatusLabel,
  STANDING_LABEL,
} from '@rapor/shared/labels';
import { indexSentence, statusSentences } from '@rapor/shared/report-draft';
import type { ReportLetter, ReportSection } from '@rapor/shared/report-schemas';
import type { AreaResult } from '@rapor/shared/schemas';
import { answerCell } from '@rapor/shared/worksheet-file';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { NotFoundError } from '../../errors';
import { leavesOf } from './forum-xlsx';

// The evaluation report (LHE) as a Word document: the cover letter, then the report with its
// headings as Word headings (a navigable outline), its tables as Word tables, page numbers, A4.
// Every number and status comes from the deck (the presentation model), in words where it is one.

const A4 = { width: 11906, height: 16838 };
const MARGIN = 1440;
const n = (x: number, digits = 2) => formatNumber(x, 'id', digits);
const p = (text: string) => new Paragraph({ text, spacing: { after: 120 } });
const heading = (text: string, level: 1 | 2 = 2) =>
  new Paragraph({
    text,
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    spacing: { before: level === 1 ? 0 : 240, after: 120 },
  });

/** The page's text width in twips: A4 less both margins. */
const TEXT_WIDTH = A4.width - 2 * MARGIN;
/** A number column's width; the first column (what the row is) takes the rest. */
const NUMBER_COLUMN = 1400;

/**
 * A Word table with a heading row repeated on each page; `widths` in twips (by default the
 * first column takes what the number columns leave).
 */
function table(
  head: string[],
  rows: string[][],
  numeric: (i: number) => boolean = (i) => i > 0,
  widths: number[] = [
    TEXT_WIDTH - NUMBER_COLUMN * (head.length - 1),
    ...head.slice(1).map(() => NUMBER_COLUMN),
  ],
) {
  const cell = (text: string, i: number, bold = false) =>
    new TableCell({
      width: { size: widths[i] ?? NUMBER_COLUMN, type: WidthType.DXA },
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: [
        new Paragraph({
          alignment: numeric(i) ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text, bold })],
        }),
      ],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h, i) => cell(h, i, true)) }),
      ...rows.map(
        (r) => new TableRow({ cantSplit: true, children: r.map((text, i) => cell(text, i)) }),
      ),
    ],
  });
}

/** A table without lines, for the letter's heading fields. */
function fields(rows: [string, string][]) {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const borders = {
    top: none,
    bottom: none,
    left: none,
    right: none,
    insideHorizontal: none,
    insideVertical: none,
  };
  return new Table({
    borders,
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [1800, 7200],
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          children: [
            new TableCell({ borders, children: [p(label)] }),
            new TableCell({ borders, children: [p(`: ${value || '—'}`)] }),
          ],
        }),
    ),
  });
}

const dated = (date: string | null) => (date ? formatLongDate(date, 'id') : '—');

/** Recommendations numbered, with their owner, due date, priority and status (the area's code
 * where they come from several areas). */
function recommendationTable(recs: readonly DeckRecommendation[], withArea: boolean) {
  const head = [
    'No',
    ...(withArea ? ['Area'] : []),
    'Rekomendasi',
    'Penanggung jawab',
    'Tenggat',
    'Prioritas',
    'Status',
  ];
  const rows = recs.map((r, i) => [
    String(i + 1),
    ...(withArea ? [r.area] : []),
    r.text,
    r.ownerUnit,
    r.dueDate ? formatDate(r.dueDate, 'id') : '—',
    PRIORITY_LABEL[r.priority].id,
    `${RECOMMENDATION_STATUS_LABEL[r.status].id}${r.overdue ? ' (lewat tenggat)' : ''}`,
  ]);
  const rest = [1500, 1150, 1100, 1400];
  const lead = withArea ? [550, 800] : [550];
  const text = TEXT_WIDTH - [...lead, ...rest].reduce((a, b) => a + b, 0);
  return table(head, rows, () => false, [...lead, text, ...rest]);
}

/**
 * Under a table the deck bounded (DECK_LIMITS): how many rows it leaves out, and the page of
 * Rapor RB that lists them all.
 */
function notListed(count: number, what: string, page: string): Paragraph[] {
  return count > 0
    ? [p(`Dan ${count} ${what} lain, tercantum lengkap pada halaman ${page} Rapor RB.`)]
    : [];
}

function signatureBlock(letter: ReportLetter) {
  return [
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { before: 480 },
      text: letter.signatory.title || '—',
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { before: 960 },
      children: [new TextRun({ text: letter.signatory.name || '—', bold: true })],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      text: letter.signatory.nip ? `NIP ${letter.signatory.nip}` : '',
    }),
  ];
}

export interface ReportContent {
  deck: Deck;
  letter: ReportLetter;
  narrative: Record<ReportSection, string>;
  ministry: string;
  /**
   * each area's items as frozen with the deck (its workbook); null for a snapshot frozen
   * before workbooks were, whose annex says so
   */
  results: readonly AreaResult[] | null;
  /** the year's appeals of evaluator scores, as they stand when the report is made */
  appeals: readonly Appeal[];
}

/** An answer as the annex prints it: Ya/Tidak, a letter, a number as the reader writes it. */
function answerText(value: AnswerValue | null): string {
  const cell = answerCell(value, 'id');
  if (cell === null) return '—';
  return typeof cell === 'number' ? formatPlainNumber(cell, 'id') : String(cell);
}

/** The items a working group scores itself, answered without any evidence attached. */
function withoutEvidence(result: AreaResult) {
  return leavesOf(result.tree).filter((leaf) => {
    const i = leaf.indicator;
    return i && !i.figure && !leaf.fromPlan && i.selfValue !== null && i.evidence.length === 0;
  });
}

/** Evidence missing, then every item of each area: self-assessment beside the evaluator's value. */
function annex(results: readonly AreaResult[] | null, heading2: (text: string) => Paragraph) {
  if (results === null)
    return [
      heading2('Lampiran: Nilai per Butir'),
      p(
        'Salinan beku ini dibuat sebelum nilai per butir ikut dibekukan, sehingga lampiran ini tidak dapat disusun darinya. Unduh laporan dari data langsung atau dari salinan beku yang lebih baru.',
      ),
    ];
  const missing = results.flatMap((r) =>
    withoutEvidence(r).map((leaf) => ({ area: r.area.code, leaf })),
  );
  return [
    heading2('Data Dukung yang Belum Ada'),
    ...(missing.length === 0
      ? [p('Setiap butir yang dinilai mandiri telah disertai data dukung.')]
      : [
          p(
            `${missing.length} butir yang dinilai mandiri belum disertai data dukung; nilainya perlu dikonfirmasi kelompok kerja:`,
          ),
          table(
            ['Area', 'Butir', 'Nilai mandiri'],
            missing.map(({ area, leaf }) => [
              area,
              `${leaf.code} ${leaf.name.id}`,
              answerText(leaf.indicator?.selfValue ?? null),
            ]),
            (i) => i === 2,
            [800, TEXT_WIDTH - 2600, 1800],
          ),
        ]),
    heading2('Lampiran: Nilai per Butir'),
    p(
      'Nilai mandiri kelompok kerja di samping nilai evaluator; angka yang dilaporkan instansi lain tercantum sebagai angka sumber dan tidak dinilai mandiri. Nilai: poin butir setelah bobot; bukti: banyaknya data dukung.',
    ),
    ...results.flatMap((r) => [
      new Paragraph({
        heading: HeadingLevel.HEADING_3,
        text: `${r.area.code} ${r.area.name.id}`,
        spacing: { before: 200, after: 80 },
      }),
      table(
        ['Butir', 'Mandiri', 'Evaluator', 'Angka sumber', 'Nilai', 'Bukti'],
        leavesOf(r.tree).map((leaf) => {
          const i = leaf.indicator;
          return [
            `${leaf.code} ${leaf.name.id}`,
            i?.figure ? '—' : answerText(i?.selfValue ?? null),
            i?.figure ? '—' : answerText(i?.evaluatorValue ?? null),
            i?.figure ? answerText(i.value) : '—',
            n(leaf.points),
            i?.evidence.length ? String(i.evidence.length) : '—',
          ];
        }),
        (i) => i > 0,
        [TEXT_WIDTH - 5100, 1000, 1100, 1300, 1000, 700],
      ),
    ]),
  ];
}

/** Every appeal of evaluator scores: what was disputed, the answer and the score change. */
function appealAnnex(appeals: readonly Appeal[], heading2: (text: string) => Paragraph) {
  const tally = tallyAppeals(appeals);
  return [
    heading2('Lampiran: Sanggahan Nilai'),
    p(
      `${appealTallyLine(tally).id}${tally.total > 0 ? ' Keadaan pada saat laporan ini diunduh; setiap perubahan nilai karena sanggahan tercatat tersendiri di jejak audit.' : ''}`,
    ),
    ...(appeals.length === 0
      ? []
      : [
          table(
            ['Area', 'Butir', 'Alasan', 'Keputusan', 'Tanggapan evaluator', 'Nilai'],
            appeals.map((a) => [
              a.area,
              `${a.code} ${a.title}`,
              a.reason,
              appealStateLabel(a).id,
              a.response ?? '—',
              a.rescore
                ? `${answerText(a.rescore.before)} → ${answerText(a.rescore.after)}`
                : answerText(a.scoreAtFiling),
            ]),
            (i) => i === 5,
            [700, 1900, TEXT_WIDTH - 7300, 1400, 2100, 1200],
          ),
        ]),
  ];
}

/** The ministry's report: letter, assignment, basis, results per component and area, … */
export async function reportToDocx({
  deck,
  letter,
  narrative,
  ministry,
  results,
  appeals,
}: ReportContent): Promise<Buffer> {
  const title =
    letter.subject || `Laporan Hasil Evaluasi Reformasi Birokrasi ${ministry} Tahun ${deck.year}`;
  const issued = deck.areas.flatMap((a) => a.recommendations);
  const earlier = deck.areas.flatMap((a) => a.earlier);
  const issuedLeftOut = deck.areas.reduce(
    (n, a) => n + leftOut(a.recommendationCount, a.recommendations),
    0,
  );
  const earlierLeftOut = deck.areas.reduce((n, a) => n + leftOut(a.earlierCount, a.earlier), 0);
  const team = [
    ['Pengendali teknis', letter.team.controller || '—'],
    ['Ketua tim', letter.team.lead || '—'],
    ...letter.team.members.map((m, i) => [i === 0 ? 'Anggota' : '', m]),
  ];
  const children = [
    // the cover letter
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: ministry.toUpperCase(), bold: true })],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      text: dated(letter.date),
      spacing: { after: 240 },
    }),
    fields([
      ['Nomor', letter.number],
      ['Sifat', letter.nature],
      ['Lampiran', letter.attachments],
      ['Hal', title],
    ]),
    new Paragraph({ text: 'Yth.', spacing: { before: 240 } }),
    ...(letter.addressee || '—').split('\n').map((line) => new Paragraph({ text: line })),
    new Paragraph({ text: narrative.opening, spacing: { before: 240, after: 120 } }),
    ...signatureBlock(letter),
    ...(letter.copies.length > 0
      ? [p('Tembusan:'), ...letter.copies.map((c, i) => p(`${i + 1}. ${c}`))]
      : []),
    new Paragraph({ children: [new PageBreak()] }),

    heading(title, 1),
    p(`${indexSentence(deck)}.`),
    ...statusSentences(deck).map(p),

    heading('A. Dasar Penugasan'),
    fields([
      ['Surat tugas', letter.assignment.number],
      ['Tanggal', dated(letter.assignment.date)],
      ['Waktu evaluasi', letter.assignment.period],
    ]),
    table(['Peran', 'Nama'], team, () => false, [3000, TEXT_WIDTH - 3000]),

    heading('B. Dasar Hukum'),
    p(narrative.basis),
    heading('C. Tujuan'),
    p(narrative.aims),
    heading('D. Ruang Lingkup'),
    p(narrative.scope),
    heading('E. Metode'),
    p(narrative.method),

    heading('F. Hasil Evaluasi'),
    p(narrative.results),
    table(
      ['Komponen', 'Nilai', 'Maksimum', '% dari maks.'],
      componentRows(deck).map((r) => [
        r.kind === 'component'
          ? `${r.code} ${r.name.id}`
          : r.kind === 'total'
            ? `${r.name.id} · ${deck.shownPredicate ?? '—'}`
            : r.name.id,
        n(r.points),
        n(r.max),
        r.percent === null ? '—' : formatPercent(r.percent, 'id', 1),
      ]),
    ),
    p(''),
    table(
      ['Area perubahan', 'Nilai', 'Maksimum', '% dari maks.', 'Target', 'Status'],
      deck.areas.map((a) => [
        `${a.code} ${a.name.id}`,
        n(a.points),
        n(a.max),
        formatPercent(a.percent, 'id', 1),
        a.target === null ? '—' : n(a.target),
        `${resultStatusLabel(a.status, a.closedUnverified ?? null).id}${a.standing === 'final' ? '' : ` · ${STANDING_LABEL[a.standing].id}`}`,
      ]),
      (i) => i > 0 && i < 5,
      [TEXT_WIDTH - 6500, 1100, 1300, 1100, 1100, 1900],
    ),

    heading('G. Target Baik'),
    p(narrative.targets),
    ...(deck.targetBaik
      ? [
          table(
            ['Butir', 'Target', 'Nilai', 'Capaian'],
            deck.targetBaik.items.map((item) => [
              `${item.code} ${item.name.id}`,
              `≥ ${formatPlainNumber(item.target, 'id')}`,
              item.value === null ? '—' : formatPlainNumber(item.value, 'id'),
              item.achievement === null
                ? '—'
                : `${formatPercent(item.achievement, 'id')} ${item.met ? '✓' : '✗'}`,
            ]),
          ),
          ...notListed(leftOut(deck.targetBaik.total, deck.targetBaik.items), 'butir', 'Angka'),
        ]
      : []),

    heading('H. Rekomendasi'),
    p(narrative.recommendations),
    ...(issued.length > 0 ? [recommendationTable(issued, true)] : []),
    ...notListed(issuedLeftOut, 'rekomendasi', 'Rekomendasi'),

    heading('I. Tindak Lanjut Rekomendasi Sebelumnya'),
    p(narrative.followUp),
    ...(earlier.length > 0 ? [recommendationTable(earlier, true)] : []),
    ...notListed(earlierLeftOut, 'rekomendasi', 'Rekomendasi'),

    heading('J. Penutup'),
    p(narrative.appreciation),
    ...signatureBlock(letter),
    new Paragraph({ children: [new PageBreak()] }),
    ...annex(results, heading),
    ...appealAnnex(appeals, heading),
  ];
  return render(title, children);
}

function render(title: string, children: (Paragraph | Table)[]) {
  const doc = new Document({
    title,
    creator: 'Rapor RB',
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [
      {
        properties: {
          page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ['Halaman ', PageNumber.CURRENT, ' dari ', PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** One working group's report: its area's figures, parts, recommendations and their follow-up. */
export async function areaReportToDocx(
  { deck, letter, ministry, results, appeals }: ReportContent,
  code: string,
): Promise<Buffer> {
  const area = deck.areas.find((a) => a.code === code);
  if (!area) throw new NotFoundError(`Area ${code} tidak ada pada evaluasi ${deck.year}.`);
  const title = `Laporan Hasil Evaluasi Reformasi Birokrasi ${deck.year} — Area ${area.code} ${area.name.id}`;
  const children = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: ministry.toUpperCase(), bold: true })],
    }),
    heading(title, 1),
    p(
      `Kepada: ${area.chair ? `${area.chair}, ` : ''}ketua ${area.workingGroup ?? `kelompok kerja area ${area.code}`}.`,
    ),
    p(areaSentence(area)),
    ...statusSentences(deck).slice(-1).map(p),
    heading('A. Nilai Area'),
    table(
      ['Bagian', 'Nilai', 'Maksimum', '% dari maks.'],
      [
        ...area.parts.map((part) => [
          `${[part.code, part.name.id].filter(Boolean).join(' ')}${part.complete ? '' : ' (belum lengkap)'}`,
          n(part.points),
          n(part.max),
          formatPercent(part.percent, 'id', 1),
        ]),
        [`Area ${area.code}`, n(area.points), n(area.max), formatPercent(area.percent, 'id', 1)],
      ],
    ),
    heading('B. Rekomendasi'),
    ...(area.recommendations.length > 0
      ? [
          recommendationTable(area.recommendations, false),
          ...notListed(
            leftOut(area.recommendationCount, area.recommendations),
            'rekomendasi',
            'Rekomendasi',
          ),
        ]
      : [p(`Evaluasi ${deck.year} tidak menghasilkan rekomendasi baru untuk area ini.`)]),
    heading('C. Tindak Lanjut Rekomendasi Sebelumnya'),
    ...(area.earlier.length > 0
      ? [
          recommendationTable(area.earlier, false),
          ...notListed(leftOut(area.earlierCount, area.earlier), 'rekomendasi', 'Rekomendasi'),
        ]
      : [p('Tidak ada rekomendasi sebelumnya yang masih terbuka.')]),
    heading('D. Arahan Menteri'),
    ...(area.directions.length > 0
      ? area.directions.map((d, i) =>
          p(
            `${i + 1}. ${d.text} — ${d.owner}${d.dueDate ? `, tenggat ${formatDate(d.dueDate, 'id')}` : ''} (${RECOMMENDATION_STATUS_LABEL[d.status].id.toLowerCase()})`,
          ),
        )
      : [p('Belum ada arahan Menteri untuk area ini.')]),
    ...signatureBlock(letter),
    new Paragraph({ children: [new PageBreak()] }),
    ...annex(results ? results.filter((r) => r.area.code === area.code) : null, heading),
    ...appealAnnex(
      appeals.filter((a) => a.area === area.code),
      heading,
    ),
  ];
  return render(title, children);
}

function areaSentence(area: DeckArea): string {
  const target =
    area.targetPercent === null
      ? ''
      : `; target ${formatPercent(area.targetPercent, 'id', 1)}${area.percent >= area.targetPercent ? ', tercapai' : ', belum tercapai'}`;
  const standing = area.standing === 'final' ? '' : ` ${STANDING_LABEL[area.standing].id}.`;
  return `Nilai area ${n(area.points)} dari ${n(area.max)} (${formatPercent(area.percent, 'id', 1)} dari maksimum${target}); status ${resultStatusLabel(area.status, area.closedUnverified ?? null).id.toLowerCase()}.${standing}`;
}
