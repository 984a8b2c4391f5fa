import { describe, expect, it } from 'vitest';
import { keptPlans, planPath } from './plan-owners';
import type { ActionPlansOverview } from './schemas/action-plans';

const progress = { standing: 'empty' } as ActionPlansOverview['ministry'];
const overview = {
  areas: [
    { area: 'MP', version: 2, progress },
    { area: 'YAN', version: 0, progress },
  ],
  themes: [
    {
      theme: { code: 'KMS', name: { id: 'Pengentasan kemiskinan', en: 'Poverty' }, area: 'YAN' },
      version: 1,
      progress,
    },
  ],
} as unknown as ActionPlansOverview;

describe('the plans of a year as their keepers see them', () => {
  it('lists the groups’ plans, then each theme’s under the group leading it', () => {
    expect(keptPlans(overview).map((p) => [p.key, p.area, p.version, p.label.id])).toEqual([
      ['MP', 'MP', 2, 'MP'],
      ['YAN', 'YAN', 0, 'YAN'],
      ['T.KMS', 'YAN', 1, 'tema KMS'],
    ]);
    expect(keptPlans(overview)[2]?.label.en).toBe('theme KMS');
  });
  it('gives the page of each', () => {
    const [mp, , kms] = keptPlans(overview);
    expect(mp && planPath(2025, mp)).toBe('/plan/2025/MP');
    expect(kms && planPath(2025, kms)).toBe('/plan/2025/tema/KMS');
  });
});
