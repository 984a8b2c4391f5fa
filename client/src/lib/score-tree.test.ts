import type { ScoredNodeDto } from '@rapor/shared/schemas';
import { describe, expect, it } from 'vitest';
import { indicatorGroups, TAGGED_ITEMS } from './score-tree';

const node = (code: string, extra: Partial<ScoredNodeDto> = {}): ScoredNodeDto => ({
  code,
  name: { id: code, en: code },
  weight: 1,
  points: 0.5,
  selfPoints: 0.5,
  answered: 1,
  indicatorCount: 1,
  ...extra,
});
const leaf = (code: string, weight = 1, points = 0.5) =>
  node(code, {
    weight,
    points,
    selfPoints: points,
    indicator: {} as ScoredNodeDto['indicator'],
  });

describe('indicatorGroups', () => {
  it('shows a tagged node with sub-components by its sub-components (2014)', () => {
    const sub = node('MP.1', { children: [leaf('MP.1.a')] });
    expect(indicatorGroups([node('MP', { children: [sub] })]).map((g) => g.code)).toEqual(['MP.1']);
  });

  it('shows each tagged node of indicators as its own group (2020)', () => {
    const roots = [
      node('PM.MP', { children: [leaf('PM.MP.a')] }),
      node('RF.MP', { children: [leaf('RF.MP.a')] }),
    ];
    expect(indicatorGroups(roots).map((g) => g.code)).toEqual(['PM.MP', 'RF.MP']);
  });

  it('gathers items tagged one by one into one group that adds them up (2023)', () => {
    const [group] = indicatorGroups([leaf('A.1', 3, 2.4), leaf('A.2', 7, 5.6)]);
    expect(group).toMatchObject({
      ...TAGGED_ITEMS,
      weight: 10,
      points: 8,
      answered: 2,
      indicatorCount: 2,
    });
    expect(group?.children?.map((c) => c.code)).toEqual(['A.1', 'A.2']);
  });
});
