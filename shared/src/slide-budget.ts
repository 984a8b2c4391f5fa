/**
 * The deck's text budget: how tall a text will be on the slide canvas and which rows fit on
 * one slide, so that what does not fit moves to a continuation slide instead of being cut.
 * The browser deck and the PowerPoint split by these figures, so both have the same slides.
 *
 * Measures are logical pixels on the 1920 × 1080 canvas. The PowerPoint's wide layout is
 * 13.33 in, 960 pt, so 1 pt there is 2 px here: the same budget holds for both.
 */

/**
 * Each printable ASCII character's advance in DejaVu Sans (thousandths of the font size, as
 * Chromium measures it), from the space to the tilde. DejaVu Sans is what the browser falls
 * back to where Noto Sans is missing and among the widest of the fonts a deck is shown in
 * (Segoe UI, Arial, Noto Sans are narrower): a text estimated to fit there fits elsewhere.
 */
const ADVANCE = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636,
  636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632,
  575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685,
  611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579,
  278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
];
/** outside ASCII (≥, —, ✓, accented letters): as wide as the widest lower-case letters */
const OTHER = 838;
/** bold text (DejaVu Sans Bold) runs about this much wider */
export const BOLD = 1.12;

/** A text's width at `fontPx`, on one line. */
export function textWidth(text: string, fontPx: number): number {
  let units = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    units += code >= 32 && code < 127 ? (ADVANCE[code - 32] as number) : OTHER;
  }
  return (units * fontPx) / 1000;
}

/**
 * A text broken into the lines it wraps to in a box `width` px wide at `fontPx` (greedy, by
 * words, as the browser wraps). `indent`: what stands before it on its first line (a tag). A
 * word wider than the box stands alone on its line.
 */
export function wrapText(text: string, width: number, fontPx: number, indent = 0): string[] {
  const space = textWidth(' ', fontPx);
  const lines: string[][] = [[]];
  let used = indent;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = textWidth(word, fontPx);
    const line = lines.at(-1) as string[];
    const needed = used === 0 ? w : used + space + w;
    if (needed <= width || (line.length === 0 && used === 0)) {
      line.push(word);
      used = needed;
    } else {
      lines.push([word]);
      used = w;
    }
  }
  return lines.map((words) => words.join(' '));
}

/** How many lines a text takes in such a box: a word wider than it breaks across lines. */
export function wrappedLines(text: string, width: number, fontPx: number, indent = 0): number {
  return wrapText(text, width, fontPx, indent).reduce(
    (n, line, i) =>
      n + Math.max(1, Math.ceil((textWidth(line, fontPx) + (i === 0 ? indent : 0)) / width)),
    0,
  );
}

/** A part of a column: a heading and its rows, each row's height already measured. */
export interface BudgetSection {
  /** the heading's height, paid on every slide where the section shows */
  heading: number;
  /** its height where it says the section continues, if taller */
  continuedHeading?: number;
  /** each row's height, gaps included */
  rows: readonly number[];
  /** what an empty section shows under its heading */
  empty: number;
}

/** The rows of one section one slide shows, from (inclusive) to (exclusive). */
export interface ShownRows {
  section: number;
  from: number;
  to: number;
}

/**
 * Splits a column of sections over as few slides as the budget allows, in order: a section
 * continues on the next slide where it runs out of room (its heading repeated). A slide always
 * takes at least one row, however tall, so the split ends. An empty section shows its heading
 * and empty note where it falls.
 */
export function splitColumn(sections: readonly BudgetSection[], budget: number): ShownRows[][] {
  const pages: ShownRows[][] = [[]];
  let page = pages[0] as ShownRows[];
  let left = budget;
  const nextPage = () => {
    page = [];
    pages.push(page);
    left = budget;
  };
  sections.forEach((s, section) => {
    if (s.rows.length === 0) {
      if (s.heading + s.empty > left && page.length > 0) nextPage();
      page.push({ section, from: 0, to: 0 });
      left -= s.heading + s.empty;
      return;
    }
    let from = 0;
    s.rows.forEach((height, row) => {
      const heading = from > 0 ? (s.continuedHeading ?? s.heading) : s.heading;
      const need = (row === from ? heading : 0) + height;
      if (need > left && (page.length > 0 || row > from)) {
        if (row > from) page.push({ section, from, to: row });
        nextPage();
        from = row;
        left -= (s.continuedHeading ?? s.heading) + height;
        return;
      }
      left -= need;
    });
    page.push({ section, from, to: s.rows.length });
  });
  return pages;
}

/**
 * What one slide shows of a section: its rows, whether they continue from the slide before,
 * and whether the section ends here (what is added live goes after its last row).
 */
export function shownOf<T>(
  list: readonly T[],
  page: readonly ShownRows[] | undefined,
  section: number,
): { rows: T[]; continued: boolean; ends: boolean } | null {
  const shown = page?.find((p) => p.section === section);
  return shown
    ? {
        rows: list.slice(shown.from, shown.to),
        continued: shown.from > 0,
        ends: shown.to >= list.length,
      }
    : null;
}
