import type { AreaCode } from './areas';
import type { Achievement } from './schemas/api';
import type { Deck, DeckRecommendation } from './schemas/forum';
import { round2 } from './scoring/rounding';

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

export type Slide =
  | { kind: 'title' }
  | { kind: 'overview' }
  | { kind: 'area-score'; area: AreaCode }
  | { kind: 'area-actions'; area: AreaCode }
  | { kind: 'closing' };

/**
 * The deck's slides in order: title, overview, then each area in official order with two
 * slides (its scores; its achievements, recommendations and directions), then the closing.
 * The browser deck and the PowerPoint export both follow this list.
 */
export function deckSlides(deck: Pick<Deck, 'areas'>): Slide[] {
  return [
    { kind: 'title' },
    { kind: 'overview' },
    ...deck.areas.flatMap((a): Slide[] => [
      { kind: 'area-score', area: a.code },
      { kind: 'area-actions', area: a.code },
    ]),
    { kind: 'closing' },
  ];
}
