import type { AreaCode } from './areas';
import { leftOut, type Slide, targetSlideItems } from './forum';
import {
  ACHIEVEMENT_KIND_LABEL,
  CONTINUED_LABEL,
  DECK_LIST_HEADING,
  PRIORITY_LABEL,
  RECOMMENDATION_STATUS_LABEL,
} from './labels';
import type { LocalizedText } from './schemas/api';
import type { Deck, DeckArea, Direction } from './schemas/forum';
import {
  BOLD,
  type BudgetSection,
  type ShownRows,
  shownOf,
  splitColumn,
  textWidth,
  wrappedLines,
} from './slide-budget';

/**
 * One slide as projected: an agenda slide, or a continuation of it where its rows do not fit
 * on one. `columns[c]` lists what column c shows of its sections (see the section orders
 * below); a kind without rows to split has none.
 */
export type SlidePage = Slide & {
  /** 0 for the slide itself, 1… for its continuations */
  part: number;
  /** how many slides it takes */
  of: number;
  columns: readonly (readonly ShownRows[])[];
};

/**
 * Where each list of a slide sits: [column, section]. The area actions slide has three columns
 * (achievements; this year's and earlier recommendations; directions), the closing slide one
 * (priorities, then directions), the targets slide two, the plan slide one.
 */
const SECTIONS = {
  achievements: [0, 0],
  recommendations: [1, 0],
  earlier: [1, 1],
  directions: [2, 0],
  priorities: [0, 0],
  closingDirections: [0, 1],
  targetsLeft: [0, 0],
  targetsRight: [1, 0],
  planRows: [0, 0],
} as const;

/**
 * What a page shows of one of its slide's lists: the rows, and whether they continue from the
 * page before; null where the list is not on this page.
 */
export function shownOn<T>(page: SlidePage, list: keyof typeof SECTIONS, rows: readonly T[]) {
  const [column, section] = SECTIONS[list];
  return shownOf(rows, page.columns[column], section);
}

/*
 * The slides' geometry on the 1920 × 1080 canvas, as deck.css lays them out and Chromium
 * measures it (the PowerPoint places its boxes at about half these figures in points). Change
 * them with deck.css; the e2e walk in tests/e2e/print.test.ts fails on a slide that overflows.
 */
const CANVAS_WIDTH = 1920 - 2 * 80;
/** the body under a header with a two-line title and the presenter beside it */
const AREA_BODY = 1080 - 241 - 68 - 60;
/** the body under a header without the presenter (targets, closing) */
const PLAIN_BODY = 1080 - 175 - 68 - 60;
const H3_FONT = 36;
const ROW_FONT = 30;
const ROW_LINE = ROW_FONT * 1.3;
const ROW_GAP = 16;
const LIST_END = 28;
const EMPTY = 34 * 1.3 + 28;
const TAG_FONT = 22;

/** the three columns at 1fr 1.2fr 1fr with 50 px gaps; the directions' has a 36 px rule */
const ACTIONS_FREE = CANVAS_WIDTH - 2 * 50;
const ACHIEVEMENTS_WIDTH = ACTIONS_FREE / 3.2;
const RECOMMENDATIONS_WIDTH = (ACTIONS_FREE * 1.2) / 3.2;
const DIRECTIONS_WIDTH = ACTIONS_FREE / 3.2 - 36;
const CLOSING_COLUMN_WIDTH = ((CANVAS_WIDTH - 50) * 1.6) / 2.6;

/** targets: the share line (two lines where it says why the predicate was lowered) above, the method note below */
const TARGETS_HEIGHT = PLAIN_BODY - 2 * 42 - 18 - 74 - 18;
const TARGETS_FONT = 28;
const TARGETS_LINE = TARGETS_FONT * 1.2;
const TARGETS_HEAD = TARGETS_LINE + 15;
/** the item's column: 41 % of one of the two tables, less its padding */
const TARGETS_NAME_WIDTH = ((CANVAS_WIDTH - 40) / 2) * 0.41 - 20;

/** plan: the headline figures above the table on its first slide, the "and more" line below */
const PLAN_HEADLINE = 195 + 24;
const PLAN_FONT = 28;
const PLAN_LINE = PLAN_FONT * 1.3;
const PLAN_HEAD = 2 * PLAN_LINE + 15;
/** the action's column: 56 % of the table, less its padding */
const PLAN_ACTION_WIDTH = CANVAS_WIDTH * 0.56 - 24;
/** "Terlambat TW I, TW II, TW III" before a late action's text */
const LATE_TAG = textWidth('Terlambat TW I, TW II, TW III ', TAG_FONT) * BOLD + 20;

/** A tag's width before the text on its line (bold, padded), wide enough for either language. */
function tagWidth(label: LocalizedText): number {
  const widest = Math.max(textWidth(label.id, TAG_FONT), textWidth(label.en, TAG_FONT));
  return widest * BOLD + 20 + textWidth(' ', ROW_FONT);
}
const widest = (labels: Record<string, LocalizedText>) =>
  Math.max(...Object.values(labels).map(tagWidth));
const STATUS_TAG = widest(RECOMMENDATION_STATUS_LABEL);
const KIND_TAG = widest(ACHIEVEMENT_KIND_LABEL);
const PRIORITY_TAG = widest(PRIORITY_LABEL);
const NEW_TAG = tagWidth({ id: 'Baru', en: 'New' });
const YEAR = textWidth('2024 ', ROW_FONT);
const AREA_TAG = tagWidth({ id: 'AKT', en: 'AKT' });

/** A list's row: its lines, and the gap to the next. Bold text (this forum's directions) is wider. */
const row = (text: string, width: number, indent = 0, bold = false) =>
  wrappedLines(text, bold ? width / BOLD : width, ROW_FONT, indent) * ROW_LINE + ROW_GAP;

/** A list's heading (bold, 36 px) in the longer of its two languages, and where it continues. */
function heading(text: LocalizedText, width: number, continued: boolean) {
  const suffix = (lang: 'id' | 'en') => (continued ? ` ${CONTINUED_LABEL[lang]}` : '');
  const lines = Math.max(
    ...(['id', 'en'] as const).map((lang) =>
      wrappedLines(text[lang] + suffix(lang), width / BOLD, H3_FONT),
    ),
  );
  return lines * H3_FONT * 1.3 + 16;
}

/** A list under its heading; its bottom margin is paid with the heading. */
const list = (title: LocalizedText, width: number, rows: number[]): BudgetSection => ({
  heading: heading(title, width, false) + LIST_END,
  continuedHeading: heading(title, width, true) + LIST_END,
  rows,
  empty: EMPTY,
});

/** The directions an area's (or the closing) slide lists: earlier forums', then this one's. */
export function slideDirections<E, G>(earlier: readonly E[], given: readonly G[]) {
  return [
    ...earlier.map((d) => ({ given: false as const, d })),
    ...given.map((d) => ({ given: true as const, d })),
  ];
}

/** this forum's carry their owner and due date ("30 September 2026" is the longest date) */
function directionRows(earlier: Deck['closing']['directions'], given: Direction[], width: number) {
  return [
    ...earlier.map((d) => row(d.text, width, STATUS_TAG + YEAR)),
    ...given.map((d) =>
      row(`${d.text} — ${d.owner}${d.dueDate ? ', 30 September 2026' : ''}`, width, NEW_TAG, true),
    ),
  ];
}

/**
 * A slide list's rows as the slides show them: `null` after the last stands for the "dan N
 * lainnya" line where the deck carries fewer than `count` (see DECK_LIMITS); `more` is that N.
 */
export function rowsWithMore<T>(rows: readonly T[], count: number) {
  const more = leftOut(count, rows);
  return { rows: more > 0 ? [...rows, null] : [...rows], more };
}

/** A list's row heights, and the "dan N lainnya" line after them where the deck left some out. */
const withMore = (rows: number[], more: number) =>
  more > 0 ? [...rows, ROW_LINE + ROW_GAP] : rows;

function actionsColumns(deck: Deck, area: DeckArea, given: Direction[]): BudgetSection[][] {
  return [
    [
      list(
        DECK_LIST_HEADING.achievements(area.achievementCount),
        ACHIEVEMENTS_WIDTH,
        withMore(
          area.achievements.map((a) =>
            row(a.title + (a.metric ? ` — ${a.metric}` : ''), ACHIEVEMENTS_WIDTH, KIND_TAG),
          ),
          leftOut(area.achievementCount, area.achievements),
        ),
      ),
    ],
    [
      list(
        DECK_LIST_HEADING.recommendations(deck.year),
        RECOMMENDATIONS_WIDTH,
        withMore(
          area.recommendations.map((r) => row(r.text, RECOMMENDATIONS_WIDTH, PRIORITY_TAG)),
          leftOut(area.recommendationCount, area.recommendations),
        ),
      ),
      list(
        DECK_LIST_HEADING.earlier(),
        RECOMMENDATIONS_WIDTH,
        withMore(
          area.earlier.map((r) => row(r.text, RECOMMENDATIONS_WIDTH, STATUS_TAG + YEAR)),
          leftOut(area.earlierCount, area.earlier),
        ),
      ),
    ],
    [
      list(
        DECK_LIST_HEADING.directions(),
        DIRECTIONS_WIDTH,
        directionRows(area.directions, given, DIRECTIONS_WIDTH),
      ),
    ],
  ];
}

/** A slide's parts, given what each part shows of each column. */
function partsOf(slide: Slide, parts: SlidePage['columns'][]): SlidePage[] {
  return parts.map((columns, part) => ({ ...slide, part, of: parts.length, columns }));
}

/** One page per part of the longest column; a shorter column shows nothing on the rest. */
function byColumns(slide: Slide, columns: BudgetSection[][], budget: number): SlidePage[] {
  const split = columns.map((c) => splitColumn(c, budget));
  const of = Math.max(...split.map((pages) => pages.length));
  return partsOf(
    slide,
    Array.from({ length: of }, (_, part) => split.map((pages) => pages[part] ?? [])),
  );
}

/** The target-baik table: columns of rows, two columns to a slide. */
function targetsPages(slide: Slide, deck: Deck): SlidePage[] {
  const items = targetSlideItems(deck.targetBaik?.items ?? []);
  const more = leftOut(deck.targetBaik?.total ?? 0, items) > 0 ? [TARGETS_LINE + 15] : [];
  // an item without a value says so in words, on two lines
  const rows = items.map(
    (i) =>
      Math.max(
        wrappedLines(`${i.area ?? ''} ${i.name.id}`, TARGETS_NAME_WIDTH, TARGETS_FONT),
        i.achievement === null ? 2 : 1,
      ) *
        TARGETS_LINE +
      15,
  );
  const chunks = splitColumn(
    [{ heading: TARGETS_HEAD, rows: [...rows, ...more], empty: 0 }],
    TARGETS_HEIGHT,
  );
  return partsOf(
    slide,
    Array.from({ length: Math.ceil(chunks.length / 2) }, (_, part) => [
      chunks[2 * part] ?? [],
      chunks[2 * part + 1] ?? [],
    ]),
  );
}

/** The plan's table: its first slide under the headline figures, the rest on their own. */
function planPages(slide: Slide, area: DeckArea): SlidePage[] {
  const rows = (area.plan?.rows ?? []).map(
    (r) =>
      wrappedLines(r.text, PLAN_ACTION_WIDTH, PLAN_FONT, r.late.length > 0 ? LATE_TAG : 0) *
        PLAN_LINE +
      17,
  );
  const more = (area.plan?.actions ?? 0) > rows.length ? [PLAN_LINE + 24] : [];
  // the first slide's budget is the rest's less the headline: a leading pseudo-row pays it
  const split = splitColumn(
    [{ heading: PLAN_HEAD, rows: [PLAN_HEADLINE, ...rows, ...more], empty: 0 }],
    AREA_BODY,
  );
  // back to the plan's own row numbers (the headline was row 0)
  return partsOf(
    slide,
    split.map((page) => [
      page.map((s) => ({
        section: s.section,
        from: Math.max(0, s.from - 1),
        to: Math.min(rows.length, s.to - 1),
      })),
    ]),
  );
}

function closingPages(slide: Slide, deck: Deck, given: Direction[]): SlidePage[] {
  return byColumns(
    slide,
    [
      [
        list(
          DECK_LIST_HEADING.priorities(deck.closing.issued),
          CLOSING_COLUMN_WIDTH,
          withMore(
            deck.closing.priorities.map((r) => row(r.text, CLOSING_COLUMN_WIDTH, AREA_TAG)),
            leftOut(deck.closing.priorityCount, deck.closing.priorities),
          ),
        ),
        list(
          DECK_LIST_HEADING.closingDirections(),
          CLOSING_COLUMN_WIDTH,
          directionRows(deck.closing.directions, given, CLOSING_COLUMN_WIDTH),
        ),
      ],
    ],
    PLAIN_BODY,
  );
}

/**
 * The deck's slides as projected and exported: each agenda slide, followed by its
 * continuations where its rows run past the text budget. `given`: the directions recorded at
 * this forum, which the area and closing slides list after the earlier ones.
 */
export function deckPages(
  deck: Deck,
  slides: readonly Slide[],
  given: readonly Direction[],
): SlidePage[] {
  const forArea = (code: AreaCode | null) => given.filter((d) => d.area === code);
  return slides.flatMap((slide): SlidePage[] => {
    const area = 'area' in slide ? deck.areas.find((a) => a.code === slide.area) : undefined;
    if (slide.kind === 'targets' && deck.targetBaik) return targetsPages(slide, deck);
    if (slide.kind === 'area-actions' && area)
      return byColumns(slide, actionsColumns(deck, area, forArea(area.code)), AREA_BODY);
    if (slide.kind === 'area-plan' && area?.plan) return planPages(slide, area);
    if (slide.kind === 'closing') return closingPages(slide, deck, forArea(null));
    return partsOf(slide, [[]]);
  });
}
