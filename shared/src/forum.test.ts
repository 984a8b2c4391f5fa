import { describe, expect, it } from 'vitest';
import { AREA_CODES } from './areas';
import { deckSlides, followUpRate, topAchievements } from './forum';
import type { DeckArea } from './schemas/forum';

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
    expect(slides).toHaveLength(2 + 2 * 8 + 1);
    expect(slides[0]).toEqual({ kind: 'title' });
    expect(slides[1]).toEqual({ kind: 'overview' });
    expect(slides.slice(2, 4)).toEqual([
      { kind: 'area-score', area: 'MP' },
      { kind: 'area-actions', area: 'MP' },
    ]);
    expect(slides.at(-2)).toEqual({ kind: 'area-actions', area: 'YAN' });
    expect(slides.at(-1)).toEqual({ kind: 'closing' });
  });
});
