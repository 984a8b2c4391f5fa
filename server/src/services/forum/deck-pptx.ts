import { QUARTER_LABEL, quarterList } from '@rapor/shared/action-plan';
import {
  BAND_FILL,
  bandsWithin,
  indexDomain,
  methodChanges,
  percentDomain,
  percentTicks,
} from '@rapor/shared/chart-scales';
import {
  deckPages,
  rowsWithMore,
  type SlidePage,
  shownOn,
  slideDirections,
} from '@rapor/shared/deck-pages';
import {
  formatDate,
  formatDelta,
  formatNumber,
  formatPercent,
  formatPlainNumber,
  type Locale,
} from '@rapor/shared/format';
import {
  type AreaAgainst,
  areasAgainst,
  componentRows,
  type Slide as DeckSlide,
  targetSlideItems,
} from '@rapor/shared/forum';
import { forumNotes } from '@rapor/shared/forum-notes';
import type { Deck, DeckArea, DeckPlan, Direction } from '@rapor/shared/forum-schemas';
import type { LocalizedText } from '@rapor/shared/schemas';

type DeckDirection = Deck['closing']['directions'][number];

import {
  appealTallyLine,
  areasClosedUnverifiedLabel,
  CONTINUED_LABEL,
  DECK_LIST_HEADING,
  DECK_SLIDE_TITLE,
  DEMO_FIGURE_NOTE,
  INDEX_SOURCE_LABEL,
  OUTCOME_LABEL,
  PLAN_STANDING_LABEL,
  PREDICATE_ASSUMED_LABEL,
  PRIORITY_LABEL,
  RECOMMENDATION_STATUS_LABEL,
  RESULT_STATUS_LABEL,
  resultStatusLabel,
  SNAPSHOT_TAMPERED,
  STANDING_LABEL,
  targetBaikHeadline,
  targetBaikLines,
} from '@rapor/shared/labels';
import { outcomeTable, outcomeText } from '@rapor/shared/outcomes';
import { predicateLabel } from '@rapor/shared/predicate';
import { isComparable, type Standing } from '@rapor/shared/standing';
import { headlineParts, percentOf } from '@rapor/shared/summary';
import PptxGenJS from 'pptxgenjs';

// The forum deck as a PowerPoint file: the same slides as the browser deck (shared deckSlides),
// with editable text and native charts, so the secretariat can adjust it after the forum.

const NAVY = '0B3D6E';
const INK = '0D1117';
const GREY = '444444';
const TARGET = 'A14F00';
const W = 13.333;

// The deck's words are Bahasa Indonesia, as the forum is held in it.
const STATUS: Record<string, string> = Object.fromEntries(
  Object.entries({ ...RESULT_STATUS_LABEL, ...RECOMMENDATION_STATUS_LABEL }).map(
    ([code, label]) => [code, label.id.toLowerCase()],
  ),
);
/** The kicker of a slide that continues on others says which part it is, as the web deck. */
const kickerOf = (kicker: string, page: SlidePage) =>
  page.of > 1 ? `${kicker} · bagian ${page.part + 1} dari ${page.of}` : kicker;
/** A list's heading where it continues from the slide before. */
const headingOf = (text: LocalizedText, shown: { continued: boolean }) =>
  shown.continued ? `${text.id} ${CONTINUED_LABEL.id}` : text.id;

/** The deck's tables: 14 pt (28 px on the web deck's canvas), thin grey rules. */
const TABLE = {
  fontSize: 14,
  color: INK,
  border: { type: 'solid' as const, color: 'C9D1DC', pt: 0.5 },
};

/** A table's heading cells, and its cells of numbers. */
const HEAD = { bold: true, color: 'FFFFFF', fill: { color: NAVY } };
const RIGHT = { align: 'right' as const };

const number = (x: number, digits = 2) => formatNumber(x, 'id', digits);
const delta = (x: number) => formatDelta(x, 'id');
const PALE = '8A94A6';

type YearPoint = { year: number; framework: string; method: string; standing: Standing };

/**
 * The category labels of a chart over the years: a year whose method differs from the one
 * before carries ◆ (the web charts draw a dashed line there), and the note under the chart
 * says what changed. PowerPoint charts have no vertical markers of their own.
 */
function yearAxis(points: readonly YearPoint[]) {
  const changes = methodChanges(points);
  const changed = new Set(changes.map((c) => c.year));
  return {
    labels: points.map((p) => (changed.has(p.year) ? `${p.year} ◆` : String(p.year))),
    note:
      changes.length === 0
        ? null
        : `◆ Metode evaluasi berubah: ${changes
            .map((c) => `${c.year} ${points.find((p) => p.year === c.year)?.method ?? c.framework}`)
            .join('; ')}. Lintas metode, bandingkan persen dari nilai maksimum.`,
  };
}

/** A value per year on the line, or a gap where the year is incomplete (drawn apart instead). */
const onLine = (points: readonly (YearPoint & { value: number })[]) =>
  points.map((p) => (isComparable(p.standing) ? p.value : null)) as number[];
const apart = (points: readonly (YearPoint & { value: number })[]) =>
  points.map((p) => (isComparable(p.standing) ? null : p.value)) as number[];
const anyApart = (points: readonly { standing: Standing }[]) =>
  points.some((p) => !isComparable(p.standing));

function chartNote(s: PptxGenJS.Slide, text: string, x: number, y: number, w: number) {
  s.addText(text, { x, y, w, h: 0.45, fontSize: 12, color: TARGET, valign: 'top', fit: 'shrink' });
}

/** The moment a deck shows, in words, as its title slide and footers say it. */
export function momentOf(deck: Pick<Deck, 'asOf' | 'snapshot'>, locale: Locale = 'id'): string {
  const wib = new Date(new Date(deck.asOf).getTime() + 7 * 3600_000).toISOString();
  const when = `${wib.slice(0, 10)} ${wib.slice(11, 16)} WIB`;
  const tampered = deck.snapshot && !deck.snapshot.intact ? ` · ${SNAPSHOT_TAMPERED[locale]}` : '';
  if (locale === 'en')
    return deck.snapshot
      ? `Frozen snapshot #${deck.snapshot.number} · ${when}${tampered}`
      : `Live data as of ${when} (not frozen)`;
  return deck.snapshot
    ? `Salinan beku #${deck.snapshot.number} · ${when}${tampered}`
    : `Data langsung per ${when} (belum dibekukan)`;
}

/** The title each slide carries, in the browser deck and here alike. */
export function slideTitle(deck: Deck, slide: DeckSlide): string {
  switch (slide.kind) {
    case 'title':
      return 'Rapat Evaluasi Reformasi Birokrasi';
    case 'overview':
      return `Indeks RB sampai ${deck.year}`;
    case 'areas':
      return deck.previousYear
        ? `Area ${deck.year} terhadap ${deck.previousYear} dan target`
        : `Area ${deck.year} terhadap target`;
    case 'components':
      return DECK_SLIDE_TITLE.components(deck.year, deck.general !== null).id;
    case 'outcomes':
      return DECK_SLIDE_TITLE.outcomes(
        outcomeTable(deck.outcomes ?? [], deck.year).years[0] ?? deck.year,
        deck.year,
      ).id;
    case 'targets':
      return `Butir terhadap target baik ${deck.year}`;
    case 'closing':
      return `Rekomendasi utama dan tindak lanjut ${deck.year}`;
    default:
      return deck.areas.find((a) => a.code === slide.area)?.name.id ?? slide.area;
  }
}

function header(s: PptxGenJS.Slide, kicker: string, title: string, aside?: string) {
  s.addShape('rect', { x: 0, y: 0, w: W, h: 1.25, fill: { color: NAVY }, line: { color: NAVY } });
  s.addText(kicker.toUpperCase(), {
    x: 0.5,
    y: 0.12,
    w: 8.5,
    h: 0.35,
    fontSize: 13,
    color: 'FFFFFF',
  });
  s.addText(title, {
    x: 0.5,
    y: 0.42,
    w: 8.8,
    h: 0.75,
    fontSize: 28,
    bold: true,
    color: 'FFFFFF',
    fit: 'shrink',
  });
  if (aside)
    s.addText(aside, {
      x: 9.3,
      y: 0.15,
      w: 3.6,
      h: 1,
      fontSize: 13,
      color: 'FFFFFF',
      align: 'right',
      valign: 'middle',
    });
}

function footer(s: PptxGenJS.Slide, deck: Deck, index: number, count: number) {
  s.addShape('line', { x: 0.5, y: 7.0, w: W - 1, h: 0, line: { color: NAVY, width: 1.5 } });
  s.addText(`Forum Evaluasi RB ${deck.year}`, {
    x: 0.5,
    y: 7.05,
    w: 4,
    h: 0.35,
    fontSize: 11,
    color: GREY,
  });
  s.addText(momentOf(deck), {
    x: 4.5,
    y: 7.05,
    w: 6,
    h: 0.35,
    fontSize: 11,
    color: GREY,
    align: 'center',
  });
  s.addText(`${index + 1} / ${count}`, {
    x: W - 2.5,
    y: 7.05,
    w: 2,
    h: 0.35,
    fontSize: 11,
    bold: true,
    color: INK,
    align: 'right',
  });
}

function bullets(lines: string[], empty: string) {
  return lines.length === 0
    ? [{ text: empty, options: { italic: true, color: GREY } }]
    : lines.map((text) => ({ text, options: { bullet: true, breakLine: true } }));
}

/** Whose deck it is: the ministry's name, and its logo as a data URL (PNG or JPEG). */
export interface PptxIdentity {
  name: string;
  logo?: string;
}

function titleSlide(s: PptxGenJS.Slide, deck: Deck, identity: PptxIdentity) {
  s.addShape('rect', { x: 0, y: 0, w: 0.25, h: 7.5, fill: { color: NAVY }, line: { color: NAVY } });
  if (identity.logo)
    s.addImage({
      data: identity.logo,
      x: 1,
      y: 0.35,
      w: 1.1,
      h: 1.1,
      sizing: { type: 'contain', w: 1.1, h: 1.1 },
    });
  s.addText(identity.name, {
    x: 1,
    y: 1.6,
    w: 11,
    h: 0.5,
    fontSize: 22,
    bold: true,
    color: NAVY,
  });
  s.addText(slideTitle(deck, { kind: 'title' }), {
    x: 1,
    y: 2.2,
    w: 11,
    h: 1.4,
    fontSize: 48,
    bold: true,
    color: INK,
  });
  s.addText(`Hasil evaluasi tahun ${deck.year}`, {
    x: 1,
    y: 3.7,
    w: 11,
    h: 0.7,
    fontSize: 32,
    bold: true,
    color: INK,
  });
  s.addText(momentOf(deck), { x: 1, y: 4.6, w: 11, h: 0.5, fontSize: 18, color: GREY });
}

function overviewSlide(pptx: PptxGenJS, s: PptxGenJS.Slide, deck: Deck) {
  header(s, 'Ikhtisar kementerian', slideTitle(deck, { kind: 'overview' }));
  const points = deck.trend.map((y) => ({ ...y, value: y.index }));
  const axis = yearAxis(deck.trend);
  const [low, high] = indexDomain(deck.trend.map((y) => y.index));
  // the predicate bands behind the line, as on the web deck: stacked areas from the axis floor
  const bands = bandsWithin([low, high], deck.predicateBands).reverse();
  const bandSeries = bands.map((b, i) => ({
    name: `Predikat ${b.predicate}`,
    labels: axis.labels,
    values: axis.labels.map(() => (i === 0 ? b.y2 : b.y2 - b.y1)),
  }));
  const lines = [
    { name: 'Indeks RB', labels: axis.labels, values: onLine(points) },
    ...(anyApart(points)
      ? [{ name: 'Belum lengkap', labels: axis.labels, values: apart(points) }]
      : []),
  ];
  s.addChart(
    [
      {
        type: pptx.ChartType.area,
        data: bandSeries,
        options: {
          barGrouping: 'stacked',
          chartColors: bands.map((b) => BAND_FILL[b.predicate].slice(1)),
        },
      },
      {
        type: pptx.ChartType.line,
        data: lines,
        options: {
          chartColors: [NAVY, PALE],
          lineSize: 4,
          lineDataSymbolSize: 10,
          showValue: true,
          dataLabelFontSize: 14,
          dataLabelFormatCode: '0.00',
          dataLabelPosition: 't',
        },
      },
    ],
    // a chart of several types takes its options in the data's place (pptxgenjs: `data || opt`)
    {
      x: 0.4,
      y: 1.5,
      w: 7.8,
      h: 4.8,
      catAxisLabelFontSize: 16,
      valAxisLabelFontSize: 14,
      showLegend: false,
      valAxisMinVal: low,
      valAxisMaxVal: high,
      displayBlanksAs: 'gap',
    } satisfies PptxGenJS.IChartOpts as never,
  );
  s.addText(
    `Pita predikat: ${bands
      .slice()
      .reverse()
      .map((b) => `${b.predicate} ${number(b.y1, 0)}–${number(b.y2, 0)}`)
      .join(' · ')}${anyApart(points) ? ' · titik abu-abu: belum lengkap' : ''}`,
    { x: 0.5, y: 6.3, w: 7.7, h: 0.3, fontSize: 11, color: GREY },
  );
  if (axis.note) chartNote(s, axis.note, 0.5, 6.55, 7.7);
  const { answered, total } = deck.completeness;
  const predicate =
    deck.shownPredicate === null
      ? [
          { text: '—', options: { fontSize: 36, bold: true, breakLine: true } },
          {
            text: `belum ada predikat: ${answered} dari ${total} butir terisi`,
            options: { fontSize: 13, color: TARGET, breakLine: true },
          },
        ]
      : [
          {
            text: `${deck.shownPredicate} ${predicateLabel(deck.shownPredicate).id}`,
            options: { fontSize: 36, bold: true, breakLine: true },
          },
          ...(deck.predicateAssumed
            ? [
                {
                  text: PREDICATE_ASSUMED_LABEL.id,
                  options: { fontSize: 13, italic: true, color: GREY, breakLine: true },
                },
              ]
            : []),
          ...(deck.areasClosedUnverified > 0
            ? [
                {
                  text: areasClosedUnverifiedLabel(deck.areasClosedUnverified).id,
                  options: { fontSize: 13, color: TARGET, breakLine: true },
                },
              ]
            : []),
          // as on the web deck: why the predicate was lowered, or else the share meeting target
          ...(deck.targetBaik
            ? [
                {
                  text: targetBaikHeadline(deck.targetBaik, deck.shownPredicate, 'id'),
                  options: { fontSize: 13, color: GREY, breakLine: true },
                },
              ]
            : []),
        ];
  const figures = [
    { text: `Indeks RB ${deck.year}`, options: { fontSize: 16, color: GREY, breakLine: true } },
    {
      text: `${number(deck.index)} / ${number(deck.maxScore, 0)}${deck.standing === 'final' ? '' : '*'}`,
      options: { fontSize: 44, bold: true, breakLine: true },
    },
    ...(deck.indexSource
      ? [
          {
            text: INDEX_SOURCE_LABEL[deck.indexSource].id,
            options: { fontSize: 13, italic: true, color: GREY, breakLine: true },
          },
        ]
      : []),
    ...(deck.standing === 'final'
      ? []
      : [
          {
            text:
              deck.standing === 'incomplete'
                ? '* belum lengkap: butir yang kosong dihitung nol'
                : '* sementara: periode masih berjalan',
            options: { fontSize: 13, color: TARGET, breakLine: true },
          },
        ]),
    { text: 'Predikat', options: { fontSize: 16, color: GREY, breakLine: true } },
    ...predicate,
    {
      text: deck.previousYear ? `Perubahan dari ${deck.previousYear}` : 'Tahun pertama',
      options: { fontSize: 16, color: GREY, breakLine: true },
    },
    {
      text: deck.indexDelta === null ? '—' : delta(deck.indexDelta),
      options: { fontSize: 40, bold: true, breakLine: true },
    },
    ...(deck.indexDeltaBasis === 'percent' && deck.indexDelta !== null
      ? [
          {
            text: 'poin persen dari nilai maksimum (metode berubah)',
            options: { fontSize: 13, color: TARGET, breakLine: true },
          },
        ]
      : []),
    ...(deck.indexDelta === null && deck.previousYear && deck.standing === 'incomplete'
      ? [
          {
            text: 'dibandingkan setelah semua butir terisi',
            options: { fontSize: 13, color: TARGET, breakLine: true },
          },
        ]
      : []),
    ...(deck.methodChanged
      ? [
          {
            text: `Metode berubah tahun ini: ${deck.method}.`,
            options: { fontSize: 13, color: TARGET, breakLine: true },
          },
        ]
      : []),
    ...(deck.versionChanged
      ? [
          {
            text: `Versi kerangka berubah tahun ini (${deck.framework}): butir atau bobot berbeda, metode sama; perubahan dalam poin.`,
            options: { fontSize: 13, color: TARGET, breakLine: true },
          },
        ]
      : []),
  ];
  s.addText(figures, { x: 8.5, y: 1.5, w: 4.4, h: 5.3, valign: 'top', color: INK });
}

/**
 * Every counted item against its target baik, those missing it first, in two tables of up to
 * twelve rows so the text stays readable from the back of the room.
 */
function targetsSlide(s: PptxGenJS.Slide, deck: Deck, page: SlidePage) {
  const targets = deck.targetBaik;
  if (!targets) return;
  header(s, kickerOf('Target baik', page), slideTitle(deck, page));
  const lines = targetBaikLines(targets, deck.shownPredicate, 'id');
  s.addText(lines[0] ?? '', {
    x: 0.5,
    y: 1.35,
    w: W - 1,
    h: 0.45,
    fontSize: 18,
    bold: true,
    color: NAVY,
  });
  const { rows: items, more } = rowsWithMore(targetSlideItems(targets.items), targets.total);
  const columns = [shownOn(page, 'targetsLeft', items), shownOn(page, 'targetsRight', items)];
  const head = ['Butir', 'Target', 'Nilai', 'Capaian'].map((text) => ({
    text,
    options: HEAD,
  }));
  columns.forEach((column, i) => {
    if (!column || column.rows.length === 0) return;
    const rows = column.rows.map((item) =>
      item === null
        ? [
            {
              text: andMore(more),
              options: { colspan: 4, italic: true },
            },
          ]
        : [
            { text: `${item.area ? `${item.area} · ` : ''}${item.name.id}` },
            { text: `≥ ${formatPlainNumber(item.target, 'id')}`, options: RIGHT },
            {
              text: item.value === null ? '—' : formatPlainNumber(item.value, 'id'),
              options: RIGHT,
            },
            {
              text:
                item.achievement === null
                  ? 'belum ada nilai'
                  : `${formatPercent(item.achievement, 'id')} ${item.met ? '✓' : '✗'}`,
              options: { ...RIGHT, color: item.met ? '1E6B34' : TARGET, bold: !item.met },
            },
          ],
    );
    s.addTable([head, ...rows], {
      x: 0.5 + i * 6.25,
      y: 1.9,
      w: 6.05,
      colW: [2.75, 0.9, 0.9, 1.5],
      ...TABLE,
      rowH: 0.38,
    });
  });
}

const APART: Record<NonNullable<AreaAgainst['apart']>, string> = {
  incomplete: 'belum lengkap',
  method: 'metode lain',
  none: '—',
};

/** Every area against last year and its target, as the web deck's optional slide. */
function areasSlide(s: PptxGenJS.Slide, deck: Deck) {
  header(s, 'Ikhtisar kementerian', slideTitle(deck, { kind: 'areas' }));
  const { rows, gain, fall } = areasAgainst(deck);
  const previous = deck.previousYear;
  const head = [
    'Area perubahan',
    String(deck.year),
    ...(previous ? [String(previous), 'Perubahan'] : []),
    'Target',
  ].map((text, i) => ({ text, options: { ...HEAD, ...(i > 0 ? RIGHT : {}) } }));
  const body = rows.map((r) => [
    {
      text: `${r.code} · ${r.name.id}${r.code === gain ? ' (naik terbesar)' : ''}${r.code === fall ? ' (turun terbesar)' : ''}`,
    },
    { text: formatPercent(r.percent, 'id', 1), options: RIGHT },
    ...(previous
      ? [
          {
            text: r.previous === null ? '—' : formatPercent(r.previous, 'id', 1),
            options: RIGHT,
          },
          {
            text: r.delta === null ? APART[r.apart ?? 'none'] : formatDelta(r.delta, 'id', 1),
            options: {
              ...RIGHT,
              bold: true,
              color: r.delta === null ? GREY : r.delta >= 0 ? '1E6B34' : TARGET,
            },
          },
        ]
      : []),
    {
      text:
        r.targetPercent === null
          ? '—'
          : `${formatPercent(r.targetPercent, 'id', 1)} ${r.met ? '✓' : '✗'}`,
      options: { ...RIGHT, color: r.met === false ? TARGET : INK, bold: r.met === false },
    },
  ]);
  s.addTable([head, ...body], {
    x: 0.5,
    y: 1.5,
    w: 12.3,
    colW: previous ? [6.3, 1.4, 1.4, 1.6, 1.6] : [9.3, 1.4, 1.6],
    ...TABLE,
    rowH: 0.5,
  });
  s.addText(
    '% dari nilai maksimum area. Perubahan dalam poin persen, hanya antartahun lengkap dengan metode yang sama.',
    { x: 0.5, y: 6.4, w: 12.3, h: 0.45, fontSize: 14, italic: true, color: GREY },
  );
}

/** RB General against RB Tematik (from 2023), then every component, as the web deck's slide. */
function componentsSlide(s: PptxGenJS.Slide, deck: Deck) {
  header(s, 'Ikhtisar kementerian', slideTitle(deck, { kind: 'components' }));
  const headline = deck.general
    ? headlineParts({ components: deck.components ?? [], general: deck.general }).filter(
        (c) => !c.adjustment,
      )
    : [];
  headline.forEach((c, i) => {
    const x = 0.5 + i * 6.3;
    const percent = percentOf(c.points, c.max);
    s.addShape('rect', {
      x,
      y: 1.45,
      w: 0.08,
      h: 1.3,
      fill: { color: NAVY },
      line: { color: NAVY },
    });
    s.addText(
      [
        { text: c.name.id, options: { fontSize: 16, bold: true, color: INK, breakLine: true } },
        { text: number(c.points), options: { fontSize: 36, bold: true, color: INK } },
        { text: ` / ${number(c.max, 0)}`, options: { fontSize: 18, color: GREY, breakLine: true } },
        {
          text: `${formatPercent(percent, 'id', 1)} dari maksimum`,
          options: { fontSize: 14, color: GREY },
        },
      ],
      { x: x + 0.2, y: 1.4, w: 5.8, h: 1.4, valign: 'top' },
    );
  });
  const top = headline.length > 0 ? 3.0 : 1.5;
  const rows = componentRows(deck);
  const body = rows.map((r) => {
    const strong = r.kind !== 'component';
    const fill = r.kind === 'total' ? { fill: { color: 'EEF2F7' } } : {};
    const cell = (text: string, right = true) => ({
      text,
      options: { ...(right ? RIGHT : {}), bold: strong, ...fill },
    });
    return [
      cell(
        r.kind === 'component'
          ? `${r.code} · ${r.name.id}`
          : r.kind === 'total'
            ? `${r.name.id} · ${deck.shownPredicate ?? '—'}`
            : r.name.id,
        false,
      ),
      cell(r.adjustment ? delta(r.points) : number(r.points)),
      cell(r.adjustment ? delta(r.max) : number(r.max)),
      cell(r.percent === null ? '—' : formatPercent(r.percent, 'id', 1)),
    ];
  });
  const head = ['Komponen', 'Nilai', 'Maksimum', '% dari maks.'].map((text, i) => ({
    text,
    options: { ...HEAD, ...(i > 0 ? RIGHT : {}) },
  }));
  s.addTable([head, ...body], {
    x: 0.5,
    y: top,
    w: 12.3,
    colW: [7.5, 1.6, 1.6, 1.6],
    ...TABLE,
    rowH: 0.42,
  });
  const notes = [
    ...(deck.general && deck.general.notApplicable > 0
      ? [
          `${deck.general.notApplicable} butir tidak berlaku tahun ini: RB General dihitung dari bobot ${number(deck.general.applicableWeight)} yang berlaku, diskalakan ke ${number(deck.general.max, 0)}.`,
        ]
      : []),
    ...(deck.standing === 'final' ? [] : [STANDING_LABEL[deck.standing].id]),
  ];
  if (notes.length > 0)
    s.addText(notes.join('\n'), {
      x: 0.5,
      y: 6.3,
      w: 12.3,
      h: 0.55,
      fontSize: 14,
      italic: true,
      color: TARGET,
    });
}

/** The ministry's outcome figures over the last years, as the web deck's slide. */
function outcomesSlide(s: PptxGenJS.Slide, deck: Deck) {
  header(s, 'Ikhtisar kementerian', slideTitle(deck, { kind: 'outcomes' }));
  const { years, rows, demo } = outcomeTable(deck.outcomes ?? [], deck.year);
  const current = { bold: true, fill: { color: 'EEF2F7' } };
  const head = ['Indikator', ...years.map(String)].map((text, i) => ({
    text,
    options: { ...HEAD, ...(i > 0 ? RIGHT : {}) },
  }));
  const body = rows.map((r) => [
    { text: OUTCOME_LABEL[r.kind].id },
    ...r.cells.map((cell, i) => ({
      text: `${outcomeText(cell, 'id')}${cell?.source === 'demo' ? '*' : ''}`,
      options: { ...RIGHT, ...(years[i] === deck.year ? current : {}) },
    })),
  ]);
  const yearW = Math.min(1.7, 7.3 / years.length);
  s.addTable([head, ...body], {
    x: 0.5,
    y: 1.5,
    w: 12.3,
    colW: [12.3 - yearW * years.length, ...years.map(() => yearW)],
    ...TABLE,
    rowH: 0.5,
  });
  s.addText(
    `Setiap angka dari sumbernya (SAKIP, BPK, KPK, Ombudsman, survei); Rapor RB tidak menghitungnya ulang.${demo ? ` ${DEMO_FIGURE_NOTE.id}` : ''}`,
    { x: 0.5, y: 6.3, w: 12.3, h: 0.55, fontSize: 14, italic: true, color: GREY },
  );
}

function presenter(area: DeckArea) {
  return `Dipaparkan oleh\n${area.chair ?? 'Ketua pokja belum ditetapkan'}${area.workingGroup ? `\n${area.workingGroup}` : ''}`;
}

function areaScoreSlide(pptx: PptxGenJS, s: PptxGenJS.Slide, area: DeckArea) {
  header(s, `Area perubahan ${area.code}`, area.name.id, presenter(area));
  s.addText('Persen dari maksimum per tahun vs target', {
    x: 0.5,
    y: 1.4,
    w: 6,
    h: 0.4,
    fontSize: 16,
    bold: true,
    color: NAVY,
  });
  const points = area.history.map((h) => ({ ...h, value: h.percent }));
  const axis = yearAxis(area.history);
  const domain = percentDomain(area.history.flatMap((h) => [h.percent, h.targetPercent]));
  s.addChart(
    pptx.ChartType.line,
    [
      { name: '% dari maksimum', labels: axis.labels, values: onLine(points) },
      {
        name: 'Target',
        labels: axis.labels,
        values: area.history.map((h) => h.targetPercent) as number[],
      },
      ...(anyApart(points)
        ? [{ name: 'Belum lengkap', labels: axis.labels, values: apart(points) }]
        : []),
    ],
    {
      x: 0.4,
      y: 1.8,
      w: 6.2,
      h: 4.0,
      chartColors: [NAVY, TARGET, PALE],
      lineSize: 3,
      lineDataSymbolSize: 8,
      // zoomed to the data with the target inside, as the web deck
      valAxisMinVal: domain[0],
      valAxisMaxVal: domain[1],
      valAxisMajorUnit: (percentTicks(domain)[1] ?? 100) - domain[0],
      showLegend: true,
      legendPos: 'b',
      legendFontSize: 13,
      catAxisLabelFontSize: 14,
      valAxisLabelFontSize: 13,
      showValue: true,
      dataLabelFontSize: 11,
      dataLabelFormatCode: '0.0',
      displayBlanksAs: 'gap',
    },
  );
  if (axis.note) chartNote(s, axis.note, 0.5, 5.85, 6.1);
  s.addText('Capaian per komponen tahun ini', {
    x: 6.9,
    y: 1.4,
    w: 6,
    h: 0.4,
    fontSize: 16,
    bold: true,
    color: NAVY,
  });
  if (area.parts.length > 0) {
    s.addChart(
      pptx.ChartType.bar,
      [
        {
          name: '% dari maksimum',
          // PowerPoint draws horizontal bars from the bottom: reversed, they read as on screen
          labels: [...area.parts]
            .reverse()
            .map((p) => (p.complete ? p.name.id : `${p.name.id} (belum diisi)`)),
          values: [...area.parts].reverse().map((p) => p.percent),
        },
      ],
      {
        x: 6.8,
        y: 1.8,
        w: 6.2,
        h: 4.4,
        barDir: 'bar',
        chartColors: [NAVY],
        valAxisMinVal: 0,
        valAxisMaxVal: 100,
        showLegend: false,
        catAxisLabelFontSize: area.parts.length > 6 ? 11 : 12,
        valAxisLabelFontSize: 12,
        showValue: true,
        dataLabelFontSize: 12,
        dataLabelFormatCode: '0',
      },
    );
  } else {
    s.addText('Area ini tidak memiliki komponen bernilai tahun ini.', {
      x: 6.9,
      y: 2,
      w: 6,
      h: 0.5,
      fontSize: 16,
      italic: true,
      color: GREY,
    });
  }
  const standing =
    area.standing === 'incomplete'
      ? `    Belum lengkap${area.answered === null ? '' : `: ${area.answered} dari ${area.total} butir terisi`}`
      : area.standing === 'provisional'
        ? '    Sementara'
        : '';
  s.addText(
    `Nilai ${number(area.points)} / ${number(area.max)}    % dari maksimum ${number(area.percent, 1)}%    Target ${area.targetPercent === null ? '—' : `${number(area.targetPercent, 1)}%`}    Status ${resultStatusLabel(area.status, area.closedUnverified).id}${standing}`,
    { x: 0.5, y: 6.35, w: 12.3, h: 0.5, fontSize: 16, color: INK, fit: 'shrink' },
  );
}

type List = { title: string; lines: ReturnType<typeof bullets> };

/**
 * A list under its heading as this slide shows it (deck-pages): none where the list is not on
 * it, "(lanjutan)" where it continues from the slide before.
 */
function listOn<T>(
  heading: LocalizedText,
  shown: { rows: (T | null)[]; continued: boolean } | null,
  line: (row: T) => string,
  empty: string,
  /** how many the deck left out: the `null` row (rowsWithMore) says so */
  more = 0,
): List[] {
  const text = (row: T | null) => (row === null ? andMore(more) : line(row));
  return shown
    ? [{ title: headingOf(heading, shown), lines: bullets(shown.rows.map(text), empty) }]
    : [];
}

const andMore = (count: number) => `dan ${count} lainnya`;

/** A column of lists, each under its heading, in one text box (it grows with its text). */
function listColumn(s: PptxGenJS.Slide, x: number, w: number, lists: List[]) {
  if (lists.length === 0) return;
  s.addText(
    lists.flatMap(({ title, lines }) => [
      { text: title, options: { fontSize: 16, bold: true, color: NAVY, breakLine: true } },
      ...lines,
    ]),
    { x, y: 1.4, w, h: 5.4, fontSize: 14, valign: 'top', color: INK, paraSpaceAfter: 6 },
  );
}

function areaActionsSlide(
  s: PptxGenJS.Slide,
  deck: Deck,
  page: SlidePage,
  area: DeckArea,
  given: readonly Direction[],
) {
  header(s, kickerOf(`Area perubahan ${area.code}`, page), area.name.id, presenter(area));
  const achievements = rowsWithMore(area.achievements, area.achievementCount);
  const recommendations = rowsWithMore(area.recommendations, area.recommendationCount);
  const earlier = rowsWithMore(area.earlier, area.earlierCount);
  listColumn(
    s,
    0.5,
    3.9,
    listOn(
      DECK_LIST_HEADING.achievements(area.achievementCount),
      shownOn(page, 'achievements', achievements.rows),
      (a) => a.title + (a.metric ? ` — ${a.metric}` : ''),
      'Belum ada capaian yang dicatat.',
      achievements.more,
    ),
  );
  listColumn(s, 4.6, 4.4, [
    ...listOn(
      DECK_LIST_HEADING.recommendations(deck.year),
      shownOn(page, 'recommendations', recommendations.rows),
      (r) => `[${PRIORITY_LABEL[r.priority].id}] ${r.text}`,
      'Tidak ada rekomendasi.',
      recommendations.more,
    ),
    ...listOn(
      DECK_LIST_HEADING.earlier(),
      shownOn(page, 'earlier', earlier.rows),
      (r) => `[${r.year}, ${STATUS[r.status]}] ${r.text}`,
      'Tidak ada rekomendasi sebelumnya.',
      earlier.more,
    ),
  ]);
  listColumn(
    s,
    9.2,
    3.7,
    listOn(
      DECK_LIST_HEADING.directions(),
      shownOn(page, 'directions', slideDirections(area.directions, given)),
      directionLine,
      'Belum ada arahan.',
    ),
  );
}

const QUARTER_STATE: Record<DeckPlan['quarters'][number]['state'], string> = {
  nothing: '—',
  reported: 'lengkap',
  late: 'terlambat',
  open: 'berjalan',
  upcoming: 'belum mulai',
};

/** The group's action plan, as the web deck's plan slide shows it. */
function areaPlanSlide(
  s: PptxGenJS.Slide,
  deck: Deck,
  page: SlidePage,
  area: DeckArea,
  plan: DeckPlan,
) {
  header(
    s,
    kickerOf(`Area perubahan ${area.code} · Rencana aksi ${deck.year}`, page),
    area.name.id,
    presenter(area),
  );
  if (page.part === 0) planHeadline(s, plan);
  const head = [
    'Aksi (yang terlambat dan paling tertinggal lebih dulu)',
    'Target s.d. kini',
    'Realisasi',
    'Capaian',
  ].map((text) => ({ text, options: HEAD }));
  const rows = (shownOn(page, 'planRows', plan.rows)?.rows ?? []).map((r) => [
    { text: `${r.late.length > 0 ? `[Terlambat ${quarterList(r.late)}] ` : ''}${r.text}` },
    { text: `${formatPlainNumber(r.targetDue, 'id')} ${r.outputUnit}`, options: RIGHT },
    { text: formatPlainNumber(r.realisedDue, 'id'), options: RIGHT },
    {
      text: r.percent === null ? '—' : formatPercent(r.percent, 'id', 0),
      options: { ...RIGHT, bold: r.late.length > 0, color: r.late.length > 0 ? TARGET : INK },
    },
  ]);
  s.addTable([head, ...rows], {
    x: 0.5,
    y: page.part === 0 ? 3.05 : 1.4,
    w: 12.3,
    colW: [6.9, 2.4, 1.5, 1.5],
    ...TABLE,
    rowH: 0.42,
  });
  if (page.part === page.of - 1 && plan.actions > plan.rows.length)
    s.addText(`dan ${plan.actions - plan.rows.length} aksi lainnya`, {
      x: 0.5,
      y: 6.45,
      w: 12.3,
      h: 0.4,
      fontSize: 14,
      italic: true,
      color: GREY,
    });
}

/** The plan's figures above its table, on its first slide. */
function planHeadline(s: PptxGenJS.Slide, plan: DeckPlan) {
  const lastDue = plan.due.at(-1);
  s.addText(
    [
      {
        text: lastDue
          ? `Tingkat pelaksanaan s.d. ${QUARTER_LABEL[lastDue]}`
          : 'Tingkat pelaksanaan: belum ada triwulan jatuh tempo',
        options: { fontSize: 16, color: GREY, breakLine: true },
      },
      {
        text: plan.implementation === null ? '—' : number(plan.implementation),
        options: { fontSize: 54, bold: true, color: NAVY },
      },
      { text: ' / 100', options: { fontSize: 22, color: GREY } },
    ],
    { x: 0.5, y: 1.4, w: 4.4, h: 1.5, valign: 'top' },
  );
  s.addText(
    [
      {
        text: `${PLAN_STANDING_LABEL[plan.standing].id} · ${plan.actions} aksi dalam ${plan.activities} kegiatan utama`,
        options: {
          bold: true,
          color: plan.standing === 'on-track' ? '1E6B34' : TARGET,
          breakLine: true,
        },
      },
      {
        text: `Realisasi anggaran Rp ${number(plan.budgetRealised, 0)} dari Rp ${number(plan.budgetDue, 0)} yang jatuh tempo (pagu setahun Rp ${number(plan.budgetTotal, 0)})`,
        options: { breakLine: true },
      },
      {
        text: plan.quarters
          .map(
            (q) =>
              `${QUARTER_LABEL[q.quarter]} ${q.state === 'nothing' ? '—' : `${QUARTER_STATE[q.state]} ${q.reported}/${q.of}`}`,
          )
          .join('   ·   '),
      },
    ],
    { x: 5.1, y: 1.4, w: 7.8, h: 1.5, fontSize: 15, color: INK, valign: 'top', paraSpaceAfter: 6 },
  );
}

/**
 * A direction as the web deck lists it: an earlier forum's with its status, one given at this
 * forum marked new, with owner and due date.
 */
function directionLine({
  given,
  d,
}: ReturnType<typeof slideDirections<DeckDirection, Direction>>[number]) {
  return given
    ? `[Baru] ${d.text} — ${d.owner}${d.dueDate ? `, ${formatDate(d.dueDate, 'id')}` : ''}`
    : `[${d.year}, ${STATUS[d.status]}] ${d.text}`;
}

function closingSlide(
  s: PptxGenJS.Slide,
  deck: Deck,
  page: SlidePage,
  given: readonly Direction[],
) {
  header(s, kickerOf('Penutup', page), slideTitle(deck, page));
  const priorities = rowsWithMore(deck.closing.priorities, deck.closing.priorityCount);
  listColumn(s, 0.5, 7.6, [
    ...listOn(
      DECK_LIST_HEADING.priorities(deck.closing.issued),
      shownOn(page, 'priorities', priorities.rows),
      (r) => `${r.area}: ${r.text}`,
      'Tidak ada rekomendasi prioritas tinggi.',
      priorities.more,
    ),
    ...listOn(
      DECK_LIST_HEADING.closingDirections(),
      shownOn(page, 'closingDirections', slideDirections(deck.closing.directions, given)),
      directionLine,
      'Belum ada arahan.',
    ),
  ]);
  if (page.part > 0) return;
  const f = deck.closing.followUp;
  const appeals = deck.closing.appeals?.total ? deck.closing.appeals : undefined;
  s.addText(
    [
      {
        text: 'Tingkat tindak lanjut rekomendasi tahun-tahun sebelumnya',
        options: { fontSize: 16, bold: true, color: NAVY, breakLine: true },
      },
      {
        text: f.rate === null ? '—' : `${number(f.rate, 0)}%`,
        options: { fontSize: 72, bold: true, color: NAVY, breakLine: true },
      },
      {
        text: `${f.done} dari ${f.total - f.dropped} rekomendasi selesai (${f.dropped} dibatalkan tidak dihitung)`,
        options: { fontSize: 15, color: INK, breakLine: appeals !== undefined },
      },
      ...(appeals
        ? [{ text: `\n${appealTallyLine(appeals).id}`, options: { fontSize: 15, color: INK } }]
        : []),
    ],
    { x: 8.5, y: 1.4, w: 4.4, h: 4, valign: 'top' },
  );
}

/**
 * The deck as PowerPoint. `thisForum`: the directions given at this year's forum, which the
 * web deck shows live beside the (possibly frozen) deck; `agenda`: the slides as the forum's
 * agenda has them and its own speaker notes (the deck's own order and notes without one).
 */
export async function deckToPptx(
  deck: Deck,
  thisForum: readonly Direction[],
  agenda: { slides: readonly DeckSlide[]; notes?: Readonly<Record<string, string>> },
  identity: PptxIdentity,
): Promise<Buffer> {
  const { notes } = agenda;
  const slides = deckPages(deck, agenda.slides, thisForum);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.author = 'Rapor RB';
  pptx.title = `Forum Evaluasi RB ${deck.year}`;
  const forArea = (code: string | null) => thisForum.filter((d) => d.area === code);
  slides.forEach((slide, index) => {
    const s = pptx.addSlide();
    s.background = { color: 'FFFFFF' };
    const area = 'area' in slide ? deck.areas.find((a) => a.code === slide.area) : undefined;
    if (slide.kind === 'title') titleSlide(s, deck, identity);
    else if (slide.kind === 'overview') overviewSlide(pptx, s, deck);
    else if (slide.kind === 'areas') areasSlide(s, deck);
    else if (slide.kind === 'components') componentsSlide(s, deck);
    else if (slide.kind === 'outcomes') outcomesSlide(s, deck);
    else if (slide.kind === 'targets') targetsSlide(s, deck, slide);
    else if (slide.kind === 'area-score' && area) areaScoreSlide(pptx, s, area);
    else if (slide.kind === 'area-actions' && area)
      areaActionsSlide(s, deck, slide, area, forArea(area.code));
    else if (slide.kind === 'area-plan' && area?.plan)
      areaPlanSlide(s, deck, slide, area, area.plan);
    else if (slide.kind === 'closing') closingSlide(s, deck, slide, forArea(null));
    footer(s, deck, index, slides.length);
    s.addNotes(
      forumNotes(deck, slide, notes)
        .map((note) => note.id)
        .join('\n'),
    );
  });
  return (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
}
