import type { PlanProgress } from './action-plan';
import type { AreaCode, LocalizedText } from './areas';
import type { PlanActivity } from './schemas/action-plans';
import type { Achievement, TargetItem } from './schemas/api';
import type { Deck, DeckArea, DeckPlan, DeckRecommendation } from './schemas/forum';
import { fromCents, round2, toCents } from './scoring/rounding';
import {
  type Completeness,
  isComparable,
  type Standing,
  shownPredicate,
  standingOf,
} from './scoring/standing';
import { percentOf } from './scoring/summary';
import type { PeriodState } from './workflow';

/**
 * The follow-up rate the forum's closing slide shows: of the recommendations issued before
 * this year, the share done. Dropped ones do not count against it.
 */
export function followUpRate(earlier: readonly Pick<DeckRecommendation, 'status'>[]) {
  const done = earlier.filter((r) => r.status === 'done').length;
  const dropped = earlier.filter((r) => r.status === 'dropped').length;
  const counted = earlier.length - dropped;
  return {
    done,
    dropped,
    total: earlier.length,
    rate: counted > 0 ? round2((100 * done) / counted) : null,
  };
}

/**
 * How many rows of each long list the deck carries. A forum reads a few slides per area: past
 * these the slide counts what it leaves out ("dan N lainnya"), the recommendations page lists
 * them all, and the deck stays small however many years of recommendations pile up.
 */
export const DECK_LIMITS = {
  recommendations: 20,
  earlier: 12,
  priorities: 12,
  targets: 40,
  parts: 12,
} as const;

/** How many rows of a list of `count` the slide leaves out after showing `shown`. */
export const leftOut = (count: number, shown: readonly unknown[]) =>
  Math.max(0, count - shown.length);

type DeckPart = DeckArea['parts'][number];

/**
 * An area's parts as its slide draws them: past `limit`, the last bar stands for the rest,
 * their points and maxima summed to the cent (the bars still add up to the area).
 */
export function boundParts(parts: readonly DeckPart[], limit: number): DeckPart[] {
  if (parts.length <= limit) return [...parts];
  const rest = parts.slice(limit - 1);
  const cents = (pick: (p: DeckPart) => number) =>
    fromCents(rest.reduce((sum, p) => sum + toCents(pick(p)), 0));
  const points = cents((p) => p.points);
  const max = cents((p) => p.max);
  return [
    ...parts.slice(0, limit - 1),
    {
      code: '',
      name: { id: `${rest.length} bagian lain`, en: `${rest.length} other parts` },
      points,
      max,
      percent: percentOf(points, max),
      complete: rest.every((p) => p.complete),
      merged: { parts: rest.length, incomplete: rest.filter((p) => !p.complete).length },
    },
  ];
}

const KIND_ORDER: Record<Achievement['kind'], number> = {
  award: 0,
  innovation: 1,
  outcome: 2,
  regulation: 3,
  output: 4,
};

/** The achievements a slide has room for: awards first, then innovations…, latest first. */
export function topAchievements<A extends Pick<Achievement, 'kind' | 'date'>>(
  achievements: readonly A[],
  count: number,
): A[] {
  return [...achievements]
    .sort(
      (a, b) =>
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (b.date ?? '').localeCompare(a.date ?? ''),
    )
    .slice(0, count);
}

/**
 * The items of the target-baik slide in the order they are read: those that miss their
 * target first, farthest from it first (no value yet before any), then those that meet it.
 */
export function targetSlideItems<I extends Pick<TargetItem, 'met' | 'achievement'>>(
  items: readonly I[],
): I[] {
  const rank = (i: I) => (i.achievement === null ? Number.NEGATIVE_INFINITY : i.achievement);
  return [...items].sort((a, b) => Number(a.met) - Number(b.met) || rank(a) - rank(b));
}

/**
 * The target items a deck carries: the `limit` its slide reads first (targetSlideItems), kept
 * in the framework's order, so a deck within the limit carries the summary's list unchanged.
 */
export function boundTargetItems<I extends Pick<TargetItem, 'code' | 'met' | 'achievement'>>(
  items: readonly I[],
  limit: number,
): I[] {
  if (items.length <= limit) return [...items];
  const read = new Set(targetSlideItems(items).slice(0, limit));
  return items.filter((i) => read.has(i));
}

/**
 * A working group's plan as its slides show it: the progress figures, and every action in the
 * order read — those with late reports first, then the furthest behind their targets due,
 * then those with nothing due yet — in plan order among equals (what does not fit on the plan's
 * slide continues on the next, see deck-pages).
 */
export function deckPlan(activities: readonly PlanActivity[], progress: PlanProgress): DeckPlan {
  const actions = activities.flatMap((a) => a.actions);
  const rank = (p: PlanProgress['actions'][number]) =>
    p.late.length > 0 ? -1 : p.share === null ? 2 : p.share;
  const read = progress.actions
    .map((p, i) => ({ p, i, action: actions[i] }))
    .sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i);
  const cents = (x: number | null) => (x === null ? null : round2(x));
  return {
    standing: progress.standing,
    due: progress.due,
    implementation: cents(progress.implementation),
    budgetDue: round2(progress.budgetDue),
    budgetRealised: round2(progress.budgetRealised),
    budgetTotal: round2(progress.budgetTotal),
    lateQuarters: progress.lateQuarters,
    quarters: progress.quarters,
    activities: activities.length,
    actions: actions.length,
    rows: read.map(({ p, action }) => ({
      id: p.id,
      text: action?.text ?? p.id,
      outputUnit: action?.outputUnit ?? '',
      targetDue: round2(p.targetDue),
      realisedDue: round2(p.realisedDue),
      percent: cents(p.share === null ? null : p.share * 100),
      late: p.late,
    })),
  };
}

export type Slide =
  | { kind: 'title' }
  | { kind: 'overview' }
  | { kind: 'areas' }
  | { kind: 'components' }
  | { kind: 'outcomes' }
  | { kind: 'targets' }
  | { kind: 'area-score'; area: AreaCode }
  | { kind: 'area-actions'; area: AreaCode }
  | { kind: 'area-plan'; area: AreaCode }
  | { kind: 'closing' };

/**
 * Slides a forum shows only where its agenda says so (the overview's other views): left out of
 * a deck without an agenda, and of an agenda that does not name them.
 */
export const OPTIONAL_SLIDES: readonly string[] = ['areas', 'components', 'outcomes'];

/**
 * The deck's slides in order: title, overview, the optional views of the overview (every area
 * against last year and its target; the index's components, RB General against RB Tematik
 * from 2023; the outcome figures — each where the deck has its data), the items against their target baik (a year whose method has targets), then
 * each area in official order with its scores, its achievements, recommendations and
 * directions, and its action plan where the group has one; then the closing. The browser deck
 * and the PowerPoint export both follow this list, as the forum's agenda arranges it.
 */
export function deckSlides(
  deck: Pick<Deck, 'areas' | 'targetBaik'> & Partial<Pick<Deck, 'components' | 'outcomes'>>,
): Slide[] {
  return [
    { kind: 'title' },
    { kind: 'overview' },
    { kind: 'areas' },
    ...(deck.components?.length ? [{ kind: 'components' } as const] : []),
    // the deck carries the figures up to its year only
    ...(deck.outcomes?.length ? [{ kind: 'outcomes' } as const] : []),
    ...(deck.targetBaik ? [{ kind: 'targets' } as const] : []),
    ...deck.areas.flatMap((a): Slide[] => [
      { kind: 'area-score', area: a.code },
      { kind: 'area-actions', area: a.code },
      ...(a.plan && a.plan.actions > 0 ? [{ kind: 'area-plan', area: a.code } as const] : []),
    ]),
    { kind: 'closing' },
  ];
}

type Stored = Record<string, unknown>;
const FULL: Completeness = { answered: 1, total: 1 };

/**
 * A snapshot's deck as frozen, brought up to today's shape (DECK_FORMAT) one format at a time
 * without changing a number: what an older snapshot lacks follows from what it stored by the
 * same rules the live deck uses.
 */
export function upgradeStoredDeck(raw: unknown): unknown {
  let deck = raw as Stored;
  if (deck.format === undefined) deck = withStandings(deck);
  if (deck.format === 2) deck = withYearNotes(deck);
  if (deck.format === 3) deck = withIndexParts(deck);
  if (deck.format === 4) deck = withListCounts(deck);
  return deck;
}

/**
 * Format 1 → 2: standings and methods per area year. Area answer counts it never stored
 * stay null.
 */
function withStandings(deck: Stored): Stored {
  const state = deck.periodState as PeriodState;
  const standing = standingOf(state, deck.completeness as Completeness);
  const trend = (deck.trend as Stored[]).map((y): Stored => {
    const own = y.year === deck.year ? standing : standingOf(y.periodState as PeriodState, FULL);
    return { ...y, standing: own, shownPredicate: shownPredicate(y.predicate as never, own) };
  });
  const yearStanding = new Map(trend.map((y) => [y.year, y.standing as Standing]));
  const methodOf = new Map(trend.map((y) => [y.year, y.method]));
  const areas = (deck.areas as Stored[]).map((a) => {
    const parts = a.parts as { complete: boolean }[];
    const own = standingOf(
      state,
      parts.every((p) => p.complete) ? FULL : { answered: 0, total: 1 },
    );
    return {
      ...a,
      standing: own,
      answered: null,
      total: null,
      history: (a.history as Stored[]).map((h) => ({
        ...h,
        method: methodOf.get(h.year) ?? '',
        standing: h.year === deck.year ? own : (yearStanding.get(h.year as number) ?? 'final'),
      })),
    };
  });
  return {
    ...deck,
    format: 2,
    standing,
    shownPredicate: shownPredicate(deck.predicate as never, standing),
    trend,
    areas,
  };
}

/**
 * Format 2 → 3: whether last year was another version of the same method (from the trend) and
 * how many areas were closed without verification (from the areas).
 */
function withYearNotes(deck: Stored): Stored {
  const previous = (deck.trend as Stored[]).find((y) => y.year === deck.previousYear);
  return {
    ...deck,
    format: 3,
    areasClosedUnverified: (deck.areas as Stored[]).filter((a) => a.closedUnverified).length,
    versionChanged:
      previous !== undefined &&
      previous.method === deck.method &&
      previous.framework !== deck.framework,
  };
}

/**
 * Format 3 → 4: the index's components and RB General from the year's summary frozen beside the
 * deck (its workbook); the outcome figures were not frozen, so that slide stays out (null).
 */
function withIndexParts(deck: Stored): Stored {
  const summary = (deck.workbook as { summary?: Stored } | undefined)?.summary;
  return {
    ...deck,
    format: 4,
    components: summary?.components ?? null,
    general: summary?.general ?? null,
    outcomes: null,
  };
}

/** Format 4 → 5: decks frozen before the lists were bounded carry them whole: count them. */
function withListCounts(deck: Stored): Stored {
  const closing = deck.closing as Stored;
  return {
    ...deck,
    format: 5,
    areas: (deck.areas as Stored[]).map((a) => ({
      ...a,
      recommendationCount: (a.recommendations as unknown[]).length,
      earlierCount: (a.earlier as unknown[]).length,
    })),
    closing: { ...closing, priorityCount: (closing.priorities as unknown[]).length },
  };
}

/** A slide's name in a forum's agenda, the same in every snapshot of the year ("area-plan:MP"). */
export function slideKey(slide: Slide): string {
  return 'area' in slide ? `${slide.kind}:${slide.area}` : slide.kind;
}

/** How a forum runs its deck: the slides in the order set, those hidden left out. */
export interface SlideAgenda {
  order: readonly string[];
  hidden: readonly string[];
}

/**
 * The slides an agenda leaves out: those it hides, and the optional ones it does not name
 * (an agenda set before they existed, or none at all, does not show them).
 */
export function agendaHidden(agenda: SlideAgenda | null): string[] {
  const named = new Set(agenda?.order ?? []);
  return [
    ...(agenda?.hidden ?? []),
    ...OPTIONAL_SLIDES.filter((key) => !named.has(key) && !agenda?.hidden.includes(key)),
  ];
}

/**
 * The deck's slides in an agenda's order. A slide the order does not name (the deck gained it
 * after the agenda was set) follows the slide it follows in the deck; a name the deck does not
 * have is passed over.
 */
export function orderSlides(slides: readonly Slide[], order: readonly string[]): Slide[] {
  const byKey = new Map(slides.map((s) => [slideKey(s), s]));
  const arranged = [...new Set(order.filter((key) => byKey.has(key)))];
  slides.forEach((slide, i) => {
    const key = slideKey(slide);
    if (arranged.includes(key)) return;
    const previous = slides[i - 1];
    const after = previous ? arranged.indexOf(slideKey(previous)) : -1;
    arranged.splice(after + 1, 0, key);
  });
  return arranged.flatMap((key) => byKey.get(key) ?? []);
}

/**
 * The deck's slides as the forum's agenda has them: in its order (orderSlides), without the
 * slides it leaves out (agendaHidden). Never empty: an agenda that hides everything leaves the
 * deck as it is.
 */
export function arrangeSlides(slides: readonly Slide[], agenda: SlideAgenda | null): Slide[] {
  const hidden = new Set(agendaHidden(agenda));
  const shown = orderSlides(slides, agenda?.order ?? []).filter(
    (slide) => !hidden.has(slideKey(slide)),
  );
  return shown.length > 0 ? shown : [...slides];
}

/** A row of the index's components slide: a component, RB General's subtotal, or the index. */
export interface ComponentRow {
  kind: 'component' | 'subtotal' | 'total';
  code: string;
  name: LocalizedText;
  points: number;
  max: number;
  /** null for an adjustment (the 2023 coefficient), which is no share of a maximum */
  percent: number | null;
  adjustment: boolean;
}

/**
 * The index traced to its components as the overview's table has them: each component, RB
 * General's subtotal right under its last part (from 2023), then the index itself.
 */
export function componentRows(
  deck: Pick<Deck, 'components' | 'general' | 'index' | 'maxScore' | 'year'>,
): ComponentRow[] {
  const general = deck.general;
  const last = general?.components.at(-1);
  return [
    ...(deck.components ?? []).flatMap((c): ComponentRow[] => [
      {
        kind: 'component',
        code: c.code,
        name: c.name,
        points: c.points,
        max: c.max,
        percent: c.adjustment ? null : percentOf(c.points, c.max),
        adjustment: c.adjustment ?? false,
      },
      ...(general && c.code === last
        ? [
            {
              kind: 'subtotal' as const,
              code: 'GENERAL',
              name: { id: 'RB General', en: 'RB General' },
              points: general.points,
              max: general.max,
              percent: percentOf(general.points, general.max),
              adjustment: false,
            },
          ]
        : []),
    ]),
    {
      kind: 'total',
      code: 'INDEX',
      name: { id: `Indeks RB ${deck.year}`, en: `RB index ${deck.year}` },
      points: deck.index,
      max: deck.maxScore,
      percent: percentOf(deck.index, deck.maxScore),
      adjustment: false,
    },
  ];
}

/** One area this year against last year and its target, as the optional areas slide reads it. */
export interface AreaAgainst {
  code: AreaCode;
  name: LocalizedText;
  percent: number;
  /** last year's percent of maximum, when the two can be compared */
  previous: number | null;
  delta: number | null;
  /** why there is no change: a year incomplete, another method last year, or no last year */
  apart: 'incomplete' | 'method' | 'none' | null;
  targetPercent: number | null;
  /** null without a target */
  met: boolean | null;
}

/**
 * Every area this year against last year (percent of maximum, compared only within one
 * method and between complete years) and against its target, with the largest gain and the
 * largest fall named.
 */
export function areasAgainst(deck: Pick<Deck, 'areas' | 'previousYear' | 'method'>) {
  const rows = deck.areas.map((a): AreaAgainst => {
    const last = a.history.find((h) => h.year === deck.previousYear);
    const apart = !last
      ? 'none'
      : last.method !== deck.method
        ? 'method'
        : !isComparable(a.standing) || !isComparable(last.standing)
          ? 'incomplete'
          : null;
    return {
      code: a.code,
      name: a.name,
      percent: a.percent,
      previous: last ? last.percent : null,
      delta: apart === null && last ? round2(a.percent - last.percent) : null,
      apart,
      targetPercent: a.targetPercent,
      met: a.targetPercent === null ? null : a.percent >= a.targetPercent,
    };
  });
  const moved = rows.filter((r): r is AreaAgainst & { delta: number } => r.delta !== null);
  const most = (better: (a: number, b: number) => boolean) =>
    moved.reduce<(AreaAgainst & { delta: number }) | null>(
      (best, r) => (best === null || better(r.delta, best.delta) ? r : best),
      null,
    );
  const gain = most((a, b) => a > b);
  const fall = most((a, b) => a < b);
  return {
    rows,
    gain: gain && gain.delta > 0 ? gain.code : null,
    fall: fall && fall.delta < 0 ? fall.code : null,
  };
}
