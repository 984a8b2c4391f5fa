import { describe, expect, it } from 'vitest';
import { planProgress } from './action-plan';
import { AREA_CODES } from './areas';
import {
  agendaHidden,
  areasAgainst,
  arrangeSlides,
  boundParts,
  boundTargetItems,
  componentRows,
  deckPlan,
  deckSlides,
  followUpRate,
  leftOut,
  orderSlides,
  slideKey,
  topAchievements,
  upgradeStoredDeck,
} from './forum';
import { slideNotes } from './forum-notes';
import type { PlanAction, PlanActivity } from './schemas/action-plans';
import type { OutcomeFigure } from './schemas/api';
import type { Deck, DeckArea, DeckPlan } from './schemas/forum';

describe('followUpRate', () => {
  it('counts done against all but the dropped', () => {
    const statuses = ['done', 'done', 'dropped', 'open', 'in_progress', 'proposed_done'] as const;
    expect(followUpRate(statuses.map((status) => ({ status })))).toEqual({
      done: 2,
      dropped: 1,
      total: 6,
      rate: 40,
    });
  });

  it('is null when nothing was due, or everything was dropped', () => {
    expect(followUpRate([]).rate).toBeNull();
    expect(followUpRate([{ status: 'dropped' }]).rate).toBeNull();
  });

  it('rounds to two decimals', () => {
    expect(followUpRate([{ status: 'done' }, { status: 'open' }, { status: 'open' }]).rate).toBe(
      33.33,
    );
  });
});

describe('boundParts', () => {
  const part = (i: number, complete = true) => ({
    code: `P.${i}`,
    name: { id: `Bagian ${i}`, en: `Part ${i}` },
    points: 1.23 + i / 100,
    max: 2.5,
    percent: 0,
    complete,
  });

  it('keeps parts within the limit as they are', () => {
    const parts = [part(1), part(2)];
    expect(boundParts(parts, 3)).toEqual(parts);
    expect(boundParts(parts, 2)).toEqual(parts);
  });

  it('draws the parts past the limit as one bar, summed to the cent, saying how many and how many unanswered', () => {
    const parts = Array.from({ length: 30 }, (_, i) => part(i + 1, i !== 20 && i !== 25));
    const bound = boundParts(parts, 12);
    expect(bound).toHaveLength(12);
    expect(bound.slice(0, 11)).toEqual(parts.slice(0, 11));
    const rest = bound[11];
    expect(rest).toMatchObject({
      code: '',
      name: { id: '19 bagian lain', en: '19 other parts' },
      complete: false,
      merged: { parts: 19, incomplete: 2 },
    });
    const cents = (xs: { points: number }[]) =>
      xs.reduce((n, p) => n + Math.round(p.points * 100), 0);
    // the bars still add up to the area, exactly
    expect(cents(bound)).toBe(cents(parts));
    expect(rest?.max).toBe(47.5);
    expect(rest?.percent).toBeCloseTo((100 * (rest?.points ?? 0)) / 47.5, 2);
  });
});

describe('boundTargetItems', () => {
  const item = (code: string, met: boolean, achievement: number | null) => ({
    code,
    met,
    achievement,
  });
  const items = [
    item('a', true, 120),
    item('b', false, 60),
    item('c', false, null),
    item('d', true, 101),
    item('e', false, 90),
  ];

  it("keeps the ones the slide reads first (misses, farthest first), in the framework's order", () => {
    expect(boundTargetItems(items, 3).map((i) => i.code)).toEqual(['b', 'c', 'e']);
    expect(boundTargetItems(items, 4).map((i) => i.code)).toEqual(['b', 'c', 'd', 'e']);
  });

  it('carries a list within the limit unchanged', () => {
    expect(boundTargetItems(items, 5)).toEqual(items);
  });
});

describe('leftOut', () => {
  it('is what a list of `count` leaves out after the rows shown, never below zero', () => {
    expect(leftOut(40, new Array(30))).toBe(10);
    expect(leftOut(3, [1, 2, 3])).toBe(0);
    expect(leftOut(0, [1])).toBe(0);
  });
});

describe('upgradeStoredDeck, format 4 → 5', () => {
  it('counts the lists a deck frozen before the bounds carries whole', () => {
    const stored = {
      format: 4,
      areas: [{ code: 'MP', recommendations: [1, 2], earlier: [3, 4, 5] }],
      closing: { priorities: [1], issued: 2 },
    };
    expect(upgradeStoredDeck(stored)).toMatchObject({
      format: 5,
      areas: [{ code: 'MP', recommendationCount: 2, earlierCount: 3 }],
      closing: { priorities: [1], priorityCount: 1, issued: 2 },
    });
  });
});

describe('topAchievements', () => {
  it('puts awards first, then innovations, the latest first within a kind', () => {
    const list = [
      { id: 1, kind: 'output', date: '2024-05-01' },
      { id: 2, kind: 'award', date: '2024-01-01' },
      { id: 3, kind: 'innovation', date: null },
      { id: 4, kind: 'award', date: '2024-09-01' },
    ] as const;
    expect(topAchievements(list, 3).map((a) => a.id)).toEqual([4, 2, 3]);
  });

  it('does not reorder the list it is given', () => {
    const list = [
      { kind: 'output', date: null },
      { kind: 'award', date: null },
    ] as const;
    topAchievements(list, 1);
    expect(list[0].kind).toBe('output');
  });
});

describe('deckSlides', () => {
  it('gives title, overview, two slides per area in the given order, and the closing', () => {
    const areas = AREA_CODES.map((code) => ({ code }) as DeckArea);
    const slides = deckSlides({ areas });
    expect(slides).toHaveLength(3 + 2 * 8 + 1);
    expect(slides[0]).toEqual({ kind: 'title' });
    expect(slides[1]).toEqual({ kind: 'overview' });
    // the areas against last year: optional, shown where the agenda says so
    expect(slides[2]).toEqual({ kind: 'areas' });
    expect(slides.slice(3, 5)).toEqual([
      { kind: 'area-score', area: 'MP' },
      { kind: 'area-actions', area: 'MP' },
    ]);
    expect(slides.at(-2)).toEqual({ kind: 'area-actions', area: 'YAN' });
    expect(slides.at(-1)).toEqual({ kind: 'closing' });
  });
});

describe("the overview's other views as optional slides", () => {
  const areas = [{ code: 'MP' } as DeckArea];
  const component = (code: string, points: number, max: number, adjustment?: boolean) => ({
    code,
    name: { id: `Komponen ${code}`, en: `Component ${code}` },
    points,
    max,
    ...(adjustment ? { adjustment } : {}),
  });
  // 2024-like: A, B, C and the coefficient make RB General (rescaled to 100), then Tematik
  const deck = {
    year: 2024,
    index: 91.2,
    maxScore: 110,
    standing: 'final',
    shownPredicate: 'A',
    components: [
      component('A', 28.5, 30),
      component('B', 40.1, 45),
      component('C', 20.3, 25),
      component('K', -5.6, 0, true),
      component('T', 7.9, 10),
    ],
    general: {
      points: 83.3,
      max: 100,
      components: ['A', 'B', 'C', 'K'],
      notApplicable: 2,
      applicableWeight: 96,
    },
    outcomes: [
      {
        year: 2024,
        kind: 'sakip',
        value: 76.92,
        text: 'BB',
        unit: 'nilai',
        source: 'demo',
        note: null,
      } satisfies OutcomeFigure,
    ],
  } as unknown as Deck;

  it('lists the components and the outcome figures after the areas slide, where the deck has them', () => {
    expect(
      deckSlides({ ...deck, areas })
        .map(slideKey)
        .slice(0, 5),
    ).toEqual(['title', 'overview', 'areas', 'components', 'outcomes']);
    // a snapshot frozen without them (null) or a year without any figure has neither
    const without = deckSlides({ areas, components: null, outcomes: null }).map(slideKey);
    expect(without).not.toContain('components');
    expect(without).not.toContain('outcomes');
    expect(deckSlides({ areas, outcomes: [] }).map(slideKey)).not.toContain('outcomes');
  });

  it('hides them until an agenda names them', () => {
    const slides = deckSlides({ ...deck, areas });
    expect(arrangeSlides(slides, null).map(slideKey)).not.toContain('components');
    // the agenda editor names every slide: outcomes moved up, the areas slide not shown
    const order = ['title', 'outcomes', 'overview', 'components', 'area-score:MP'];
    const shown = arrangeSlides(slides, { order, hidden: ['areas'] }).map(slideKey);
    expect(shown.slice(0, 5)).toEqual(order);
    expect(shown).not.toContain('areas');
  });

  it("traces the index to its components with RB General's subtotal under its last part", () => {
    const rows = componentRows(deck);
    expect(rows.map((r) => [r.kind, r.code])).toEqual([
      ['component', 'A'],
      ['component', 'B'],
      ['component', 'C'],
      ['component', 'K'],
      ['subtotal', 'GENERAL'],
      ['component', 'T'],
      ['total', 'INDEX'],
    ]);
    expect(rows[0]?.percent).toBe(95);
    // the coefficient is an adjustment: no share of a maximum
    expect(rows[3]).toMatchObject({ adjustment: true, percent: null });
    expect(rows[4]).toMatchObject({ points: 83.3, max: 100, percent: 83.3 });
    expect(rows.at(-1)).toMatchObject({ points: 91.2, max: 110, percent: 82.91 });
    expect(rows.at(-1)?.name.id).toBe('Indeks RB 2024');
  });

  it('before 2023 lists Pengungkit and Hasil without a subtotal', () => {
    const rows = componentRows({
      ...deck,
      general: null,
      components: [component('P', 55, 60), component('H', 22.1, 40)],
      maxScore: 100,
      index: 77.1,
    });
    expect(rows.map((r) => r.kind)).toEqual(['component', 'component', 'total']);
  });

  it("speaks RB General against Tematik, the rescaling, and the outcome figures' gaps and demo data", () => {
    const components = slideNotes(deck, { kind: 'components' }).map((n) => n.id);
    expect(components[0]).toBe('RB General 83,30 / 100 (83,3%); Komponen T 7,90 / 10 (79,0%)');
    expect(components[1]).toContain('2 butir tidak berlaku');
    const outcomes = slideNotes(deck, { kind: 'outcomes' }).map((n) => n.id);
    expect(outcomes[0]).toContain('kementerian 2024–2024');
    expect(outcomes.join(' ')).toContain('data demo');
    const later = slideNotes({ ...deck, year: 2025 } as Deck, { kind: 'outcomes' }).map(
      (n) => n.en,
    );
    expect(later.join(' ')).toContain('No 2025 figure yet: SAKIP score');
  });
});

describe('deckSlides with action plans', () => {
  const plan = (actions: number) => ({ actions }) as DeckPlan;
  it('gives an area its plan slide after its two others only where the group has actions', () => {
    const areas = AREA_CODES.map(
      (code) =>
        ({ code, plan: code === 'SDM' ? plan(3) : code === 'MP' ? plan(0) : null }) as DeckArea,
    );
    const slides = deckSlides({ areas });
    expect(slides).toHaveLength(3 + 2 * 8 + 1 + 1);
    expect(slides.filter((s) => s.kind === 'area-plan')).toEqual([
      { kind: 'area-plan', area: 'SDM' },
    ]);
    const sdm = slides.findIndex((s) => s.kind === 'area-score' && s.area === 'SDM');
    expect(slides.slice(sdm, sdm + 4)).toEqual([
      { kind: 'area-score', area: 'SDM' },
      { kind: 'area-actions', area: 'SDM' },
      { kind: 'area-plan', area: 'SDM' },
      { kind: 'area-score', area: 'AKT' },
    ]);
  });
  it('leaves the slides of a snapshot frozen before plans were on the deck as they were', () => {
    const areas = AREA_CODES.map((code) => ({ code }) as DeckArea);
    expect(deckSlides({ areas }).some((s) => s.kind === 'area-plan')).toBe(false);
  });
});

describe('deckPlan', () => {
  const action = (id: string, targets: number[], realised: (number | null)[]): PlanAction =>
    ({
      id,
      text: `Aksi ${id}`,
      outputUnit: 'dokumen',
      targets: targets as PlanAction['targets'],
      budget: [0, 0, 0, 0],
      realised: realised.map((output) =>
        output === null ? null : { output, budget: 0, evidence: [], note: null },
      ) as PlanAction['realised'],
    }) as PlanAction;
  const activities = [
    {
      id: 'r1',
      actions: [
        action('a', [1, 1, 1, 1], [1, 1, null, null]),
        action('b', [2, 2, 0, 0], [1, 0, null, null]),
        action('c', [1, 0, 0, 0], [1, null, null, null]),
      ],
    },
    {
      id: 'r2',
      actions: [
        action('d', [0, 0, 0, 2], [null, null, null, null]),
        action('e', [1, 1, 0, 0], [1, null, null, null]),
      ],
    },
  ] as PlanActivity[];
  const deadlines = ['2025-04-10', '2025-07-10', '2025-10-10', '2026-01-10'];
  const progress = planProgress(
    activities.flatMap((a) => a.actions),
    deadlines,
    2025,
    '2025-08-01',
  );

  it('carries the progress figures and counts', () => {
    const p = deckPlan(activities, progress);
    expect(p).toMatchObject({
      standing: 'late',
      implementation: progress.implementation,
      lateQuarters: [2],
      activities: 2,
      actions: 5,
    });
  });
  it('reads the late first, then the furthest behind, then those with nothing due, in plan order among equals', () => {
    const p = deckPlan(activities, progress);
    // e is late (TW II unreported); b realised 1 of 4; a and c met theirs; d has nothing due
    expect(p.rows.map((r) => r.text)).toEqual(['Aksi e', 'Aksi b', 'Aksi a', 'Aksi c', 'Aksi d']);
    expect(p.rows[1]).toEqual({
      id: 'b',
      text: 'Aksi b',
      outputUnit: 'dokumen',
      targetDue: 4,
      realisedDue: 1,
      percent: 25,
      late: [],
    });
    expect(p.rows[4]?.percent).toBeNull();
  });
  it('rounds its numbers to the cent, as the rest of the deck', () => {
    const thirds = [
      { id: 'r', actions: [action('x', [3, 0, 0, 0], [1, null, null, null])] },
    ] as PlanActivity[];
    const p = deckPlan(
      thirds,
      planProgress(thirds[0]?.actions ?? [], deadlines, 2025, '2025-08-01'),
    );
    expect(p.implementation).toBe(33.33);
    expect(p.rows[0]?.percent).toBe(33.33);
  });
  it('lists every action: what does not fit on the slide continues on the next', () => {
    expect(deckPlan(activities, progress).rows).toHaveLength(5);
  });
});

describe('arrangeSlides (a forum agenda)', () => {
  const slides = deckSlides({
    areas: (['MP', 'ORG', 'SDM'] as const).map((code) => ({ code }) as DeckArea),
  });
  const keys = (list: ReturnType<typeof arrangeSlides>) => list.map(slideKey);

  it('names each slide by kind and area', () => {
    expect(keys(slides)).toEqual([
      'title',
      'overview',
      'areas',
      'area-score:MP',
      'area-actions:MP',
      'area-score:ORG',
      'area-actions:ORG',
      'area-score:SDM',
      'area-actions:SDM',
      'closing',
    ]);
  });

  it('keeps the deck as built without an agenda, its optional slides left out', () => {
    expect(arrangeSlides(slides, null)).toEqual(slides.filter((s) => s.kind !== 'areas'));
  });

  it('shows an optional slide only where the agenda names it and does not hide it', () => {
    const all = keys(slides);
    // an agenda set before the slide existed does not name it: left out
    const before = all.filter((k) => k !== 'areas');
    expect(keys(arrangeSlides(slides, { order: before, hidden: [] }))).not.toContain('areas');
    expect(keys(arrangeSlides(slides, { order: all, hidden: [] }))).toContain('areas');
    expect(keys(arrangeSlides(slides, { order: all, hidden: ['areas'] }))).not.toContain('areas');
    expect(agendaHidden({ order: before, hidden: ['overview'] })).toEqual([
      'overview',
      'areas',
      'components',
      'outcomes',
    ]);
    expect(agendaHidden({ order: [...all, 'components', 'outcomes'], hidden: [] })).toEqual([]);
    expect(agendaHidden(null)).toEqual(['areas', 'components', 'outcomes']);
  });

  it('follows the order set and leaves the hidden out', () => {
    const order = keys(slides).filter((k) => k !== 'areas');
    // SDM presents before ORG today; the overview is not shown
    const moved = [
      ...order.slice(0, 4),
      'area-score:SDM',
      'area-actions:SDM',
      'area-score:ORG',
      'area-actions:ORG',
      'closing',
    ];
    expect(keys(arrangeSlides(slides, { order: moved, hidden: ['overview'] }))).toEqual([
      'title',
      'area-score:MP',
      'area-actions:MP',
      'area-score:SDM',
      'area-actions:SDM',
      'area-score:ORG',
      'area-actions:ORG',
      'closing',
    ]);
  });

  it('puts a slide the agenda does not name after the one it follows in the deck, and passes over names the deck lacks', () => {
    const order = ['title', 'closing', 'area-score:SDM', 'area-plan:YAN', 'overview'];
    expect(keys(arrangeSlides(slides, { order, hidden: [] }))).toEqual([
      'title',
      'closing',
      'area-score:SDM',
      'area-actions:SDM',
      'overview',
      'area-score:MP',
      'area-actions:MP',
      'area-score:ORG',
      'area-actions:ORG',
    ]);
  });

  it('never leaves the deck empty', () => {
    expect(arrangeSlides(slides, { order: [], hidden: keys(slides) })).toEqual(slides);
  });
});

describe('areasAgainst (the optional areas slide)', () => {
  const area = (code: string, percent: number, history: object[], over: object = {}) =>
    ({
      code,
      name: { id: code, en: code },
      percent,
      standing: 'final',
      targetPercent: 60,
      history,
      ...over,
    }) as unknown as DeckArea;
  const year = (y: number, percent: number, method = 'PermenPANRB 9/2023', standing = 'final') => ({
    year: y,
    percent,
    method,
    standing,
    framework: 'x',
    targetPercent: null,
  });
  const deck = {
    previousYear: 2024,
    method: 'PermenPANRB 9/2023',
    areas: [
      area('MP', 70.456, [year(2024, 60.123), year(2025, 70.456)]),
      area('PPU', 50, [year(2024, 58), year(2025, 50)]),
      area('ORG', 65, [year(2024, 64), year(2025, 65)]),
      area('TTL', 55, [year(2024, 40, 'PermenPANRB 26/2020')]),
      area('SDM', 62, [year(2024, 50, 'PermenPANRB 9/2023', 'incomplete')]),
      area('AKT', 61, [], { targetPercent: null }),
    ],
  };

  it('compares each area with last year in points of percent, within one method and complete years', () => {
    const { rows } = areasAgainst(deck);
    expect(rows.map((r) => [r.code, r.delta, r.apart])).toEqual([
      ['MP', 10.33, null],
      ['PPU', -8, null],
      ['ORG', 1, null],
      ['TTL', null, 'method'],
      ['SDM', null, 'incomplete'],
      ['AKT', null, 'none'],
    ]);
    expect(rows.map((r) => r.met)).toEqual([true, false, true, false, true, null]);
  });

  it('names the largest gain and the largest fall, and none where nothing moved that way', () => {
    expect(areasAgainst(deck)).toMatchObject({ gain: 'MP', fall: 'PPU' });
    const up = { ...deck, areas: deck.areas.filter((a) => a.code !== 'PPU') };
    expect(areasAgainst(up)).toMatchObject({ gain: 'MP', fall: null });
    expect(areasAgainst({ ...deck, previousYear: null })).toMatchObject({ gain: null, fall: null });
  });
});

describe('orderSlides', () => {
  it('lists every slide, hidden or optional ones too, in the order set', () => {
    const slides = deckSlides({ areas: [{ code: 'MP' } as DeckArea] });
    expect(orderSlides(slides, []).map(slideKey)).toEqual(slides.map(slideKey));
    expect(orderSlides(slides, ['closing', 'title']).map(slideKey)).toEqual([
      'closing',
      'title',
      'overview',
      'areas',
      'area-score:MP',
      'area-actions:MP',
    ]);
  });
});
