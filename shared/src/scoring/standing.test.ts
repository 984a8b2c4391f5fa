import { describe, expect, it } from 'vitest';
import { PERIOD_STATES } from '../workflow';
import { PREDICATES } from './predicate';
import { isComparable, STANDINGS, shownPredicate, standingOf } from './standing';

describe('standingOf', () => {
  it('is final for a closed year, whatever was answered', () => {
    expect(standingOf('closed', { answered: 63, total: 63 })).toBe('final');
    expect(standingOf('closed', { answered: 8, total: 63 })).toBe('final');
  });

  it('is provisional for an open or reviewed year with every item answered', () => {
    expect(standingOf('open', { answered: 63, total: 63 })).toBe('provisional');
    expect(standingOf('review', { answered: 63, total: 63 })).toBe('provisional');
  });

  it('is incomplete for an open or reviewed year with items unanswered, also with none', () => {
    expect(standingOf('open', { answered: 8, total: 63 })).toBe('incomplete');
    expect(standingOf('review', { answered: 62, total: 63 })).toBe('incomplete');
    expect(standingOf('open', { answered: 0, total: 63 })).toBe('incomplete');
  });

  it('reads an area with no items (nothing to answer) as complete', () => {
    expect(standingOf('open', { answered: 0, total: 0 })).toBe('provisional');
  });

  it('gives one of the standings for every state and count', () => {
    for (const state of PERIOD_STATES)
      for (const answered of [0, 1, 2])
        expect(STANDINGS).toContain(standingOf(state, { answered, total: 2 }));
  });
});

describe('shownPredicate and isComparable', () => {
  it('hides the predicate of an incomplete figure only', () => {
    for (const p of PREDICATES) {
      expect(shownPredicate(p, 'incomplete')).toBeNull();
      expect(shownPredicate(p, 'provisional')).toBe(p);
      expect(shownPredicate(p, 'final')).toBe(p);
    }
  });

  it('compares final and provisional figures, never an incomplete one', () => {
    expect(STANDINGS.filter(isComparable)).toEqual(['final', 'provisional']);
  });
});
