import { describe, expect, it } from 'vitest';
import { deckPages, rowsWithMore, type SlidePage, shownOn } from './deck-pages';
import { deckSlides } from './forum';
import type { Deck, DeckArea, Direction } from './schemas/forum';

const sentence = (n: number) =>
  `Rekomendasi nomor ${n}: perkuat pemantauan pelaksanaan kebijakan di setiap unit kerja eselon satu dan laporkan hasilnya tiap triwulan kepada pimpinan.`;
const rec = (id: number, year = 2024) => ({
  id,
  year,
  area: 'MP' as const,
  text: sentence(id),
  ownerUnit: 'Biro Perencanaan',
  dueDate: null,
  priority: 'high' as const,
  status: 'open' as const,
  overdue: false,
});
const area = (over: Partial<DeckArea> = {}): DeckArea =>
  ({
    code: 'MP',
    name: { id: 'Manajemen Perubahan', en: 'Change Management' },
    achievements: [],
    achievementCount: 0,
    recommendations: [],
    earlier: [],
    directions: [],
    plan: null,
    ...over,
    // the deck carries every one unless a test says it left some out
    recommendationCount: over.recommendationCount ?? over.recommendations?.length ?? 0,
    earlierCount: over.earlierCount ?? over.earlier?.length ?? 0,
  }) as unknown as DeckArea;
const deckOf = (a: DeckArea, over: Partial<Deck> = {}): Deck =>
  ({
    year: 2024,
    areas: [a],
    targetBaik: null,
    closing: { priorities: [], priorityCount: 0, directions: [], issued: 0 },
    ...over,
  }) as unknown as Deck;
const pagesOf = (deck: Deck, given: Direction[] = []) => deckPages(deck, deckSlides(deck), given);

/** every row of a list, as the pages show it in order, and each page's part numbering */
function shownAcross<T>(pages: SlidePage[], list: Parameters<typeof shownOn>[1], rows: T[]) {
  return pages.flatMap((p) => shownOn(p, list, rows)?.rows ?? []);
}

describe('deckPages', () => {
  it('keeps one slide for each where everything fits', () => {
    const deck = deckOf(area({ recommendations: [rec(1)], earlier: [rec(2, 2023)] }));
    const pages = pagesOf(deck);
    expect(pages.map((p) => [p.kind, p.part, p.of])).toEqual([
      ['title', 0, 1],
      ['overview', 0, 1],
      ['areas', 0, 1],
      ['area-score', 0, 1],
      ['area-actions', 0, 1],
      ['closing', 0, 1],
    ]);
    const actions = pages[4] as SlidePage;
    expect(shownOn(actions, 'recommendations', [rec(1)])).toEqual({
      rows: [rec(1)],
      continued: false,
      ends: true,
    });
    // an empty list still shows (its heading and "none")
    expect(shownOn(actions, 'directions', [])).toEqual({ rows: [], continued: false, ends: true });
  });

  it('continues the recommendations on further slides, every one shown once and in order', () => {
    const recommendations = Array.from({ length: 9 }, (_, i) => rec(i + 1));
    const earlier = Array.from({ length: 4 }, (_, i) => rec(20 + i, 2023));
    const pages = pagesOf(deckOf(area({ recommendations, earlier }))).filter(
      (p) => p.kind === 'area-actions',
    );
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.map((p) => [p.part, p.of])).toEqual(pages.map((_, i) => [i, pages.length]));
    expect(shownAcross(pages, 'recommendations', recommendations)).toEqual(recommendations);
    expect(shownAcross(pages, 'earlier', earlier)).toEqual(earlier);
    // the second slide says the list continues
    expect(shownOn(pages[1] as SlidePage, 'recommendations', recommendations)?.continued).toBe(
      true,
    );
    // the achievements' column ended on the first slide: the continuation leaves it out
    expect(shownOn(pages[1] as SlidePage, 'achievements', [])).toBeNull();
  });

  it('ends a list the deck bounded with one "and N more" row, paid for in the budget', () => {
    const earlier = Array.from({ length: 30 }, (_, i) => rec(20 + i, 2020));
    const bounded = area({ earlier, earlierCount: 45 });
    const { rows, more } = rowsWithMore(earlier, 45);
    expect(rows.at(-1)).toBeNull();
    expect(more).toBe(15);
    expect(rowsWithMore(earlier, 30)).toEqual({ rows: earlier, more: 0 });
    const pages = pagesOf(deckOf(bounded)).filter((p) => p.kind === 'area-actions');
    // every row once, the "more" row last
    expect(shownAcross(pages, 'earlier', rows)).toEqual(rows);
    const whole = pagesOf(deckOf(area({ earlier }))).filter((p) => p.kind === 'area-actions');
    expect(pages.length).toBeGreaterThanOrEqual(whole.length);
  });

  it("counts this forum's directions, with owner and due date, in the budget", () => {
    const given = Array.from(
      { length: 8 },
      (_, i) =>
        ({
          id: i + 1,
          year: 2024,
          area: 'MP',
          text: sentence(i),
          owner: 'Sekretaris Jenderal',
          dueDate: '2025-03-31',
        }) as Direction,
    );
    const deck = deckOf(area());
    expect(pagesOf(deck).filter((p) => p.kind === 'area-actions')).toHaveLength(1);
    const pages = pagesOf(deck, given).filter((p) => p.kind === 'area-actions');
    expect(pages.length).toBeGreaterThan(1);
    const rows = shownAcross(
      pages,
      'directions',
      given.map((d) => ({ given: true, d })),
    );
    expect(rows).toHaveLength(8);
    // another area's or the closing's directions do not
    const closing = pagesOf(
      deck,
      given.map((d) => ({ ...d, area: null })),
    ).filter((p) => p.kind === 'area-actions');
    expect(closing).toHaveLength(1);
  });

  it('splits the target-baik table two columns a slide', () => {
    const items = Array.from({ length: 30 }, (_, i) => ({
      code: `I${i}`,
      area: 'MP',
      name: { id: `Butir penilaian yang cukup panjang namanya nomor ${i}`, en: `Item ${i}` },
      target: 3,
      value: 2,
      achievement: 66.67 + i / 100,
      met: false,
    }));
    const deck = deckOf(area(), {
      targetBaik: { items, met: 0, total: 30 } as unknown as Deck['targetBaik'],
    });
    const pages = pagesOf(deck).filter((p) => p.kind === 'targets');
    expect(pages.length).toBeGreaterThan(1);
    const shown = pages.flatMap((p) => [
      ...(shownOn(p, 'targetsLeft', items)?.rows ?? []),
      ...(shownOn(p, 'targetsRight', items)?.rows ?? []),
    ]);
    // the slide reads them worst first; each shows once
    expect(new Set(shown.map((i) => i.code)).size).toBe(30);
    expect(shown).toHaveLength(30);
  });

  it("gives the plan's first slide fewer rows (the headline figures are above them)", () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      id: `a${i}`,
      text: `Aksi ${i}: menyusun dan menetapkan pedoman`,
      outputUnit: 'dokumen',
      targetDue: 1,
      realisedDue: 1,
      percent: 100,
      late: [],
    }));
    const plan = { actions: 30, activities: 3, rows } as unknown as DeckArea['plan'];
    const pages = pagesOf(deckOf(area({ plan }))).filter((p) => p.kind === 'area-plan');
    const counts = pages.map((p) => shownOn(p, 'planRows', rows)?.rows.length ?? 0);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(30);
    expect(counts[0]).toBeLessThan(counts[1] as number);
    expect(shownAcross(pages, 'planRows', rows)).toEqual(rows);
  });

  it('continues the closing slide where its priorities run past it', () => {
    const priorities = Array.from({ length: 12 }, (_, i) => rec(i + 1));
    const deck = deckOf(area(), {
      closing: { priorities, directions: [], issued: 12 } as unknown as Deck['closing'],
    });
    const pages = pagesOf(deck).filter((p) => p.kind === 'closing');
    expect(pages.length).toBeGreaterThan(1);
    expect(shownAcross(pages, 'priorities', priorities)).toEqual(priorities);
    // the directions' heading follows the last priorities
    expect(shownOn(pages.at(-1) as SlidePage, 'closingDirections', [])).not.toBeNull();
  });
});
