import { describe, expect, it } from 'vitest';
import {
  emptyGrades,
  gradedCount,
  gradeForShare,
  gradeScore,
  gradeValue,
  misfitGrades,
  PLAN_CRITERIA,
  type PlanGrade,
  type PlanGrades,
  planFacts,
} from './plan-grading';

const graded = (letters: PlanGrade[]): PlanGrades => {
  const grades = emptyGrades();
  PLAN_CRITERIA.forEach((c, i) => {
    grades[c.code] = { grade: letters[i] ?? null, note: null };
  });
  return grades;
};

describe('plan grading', () => {
  it('converts grades as the guideline does: A 1 … E 0, Ya 1, Tidak 0', () => {
    expect(['A', 'B', 'C', 'D', 'E', 'Ya', 'Tidak'].map((g) => gradeValue(g as PlanGrade))).toEqual(
      [1, 0.75, 0.5, 0.25, 0, 1, 0],
    );
  });

  it('bands a share: all is A, 75 % B, 50 % C, 10 % D, below E', () => {
    expect([100, 99.9, 75, 74.9, 50, 10, 9.9, 0].map(gradeForShare)).toEqual([
      'A',
      'B',
      'B',
      'C',
      'C',
      'D',
      'E',
      'E',
    ]);
  });

  it('scores A.1 as the plain average of the seven converted grades × 100', () => {
    expect(gradeScore(graded(['A', 'A', 'Ya', 'A', 'A', 'A', 'A']))).toBe(100);
    // (0.75 + 0.5 + 1 + 0.75 + 0.25 + 0 + 1) / 7 × 100
    expect(gradeScore(graded(['B', 'C', 'Ya', 'B', 'D', 'E', 'A']))).toBeCloseTo(
      (4.25 / 7) * 100,
      10,
    );
    expect(gradeScore(graded(['E', 'E', 'Tidak', 'E', 'E', 'E', 'E']))).toBe(0);
  });

  it('gives no score until all seven are graded, and counts those that are', () => {
    const six = graded(['A', 'A', 'Ya', 'A', 'A', 'A']);
    expect(gradeScore(six)).toBeNull();
    expect(gradedCount(six)).toBe(6);
    expect(gradeScore(emptyGrades())).toBeNull();
  });

  it('finds grades a criterion does not take: Ya/Tidak only on the sign-off', () => {
    expect(misfitGrades(graded(['Ya', 'A', 'B', 'A', 'A', 'A', 'A']))).toEqual(['K1', 'K3']);
    expect(misfitGrades(graded(['A', 'A', 'Tidak', 'A', 'A', 'A', 'A']))).toEqual([]);
  });

  it('counts what the plans show: main activities of 21, actions with output targets and budget', () => {
    const action = (targets: number[], budget: number[]) => ({
      id: String(Math.random()),
      outputIndicator: 'x',
      outputUnit: 'dokumen',
      targets: targets as [number, number, number, number],
      budget: budget as [number, number, number, number],
      realised: [null, null, null, null],
    });
    const facts = planFacts([
      { mainActivity: 'KU-01', actions: [action([1, 0, 0, 0], [0, 0, 0, 0])] },
      { mainActivity: 'KU-01', actions: [action([0, 1, 0, 0], [5, 0, 0, 0])] },
      { mainActivity: 'KU-07', actions: [action([0, 0, 0, 0], [5, 0, 0, 0])] },
    ]);
    expect(facts).toEqual([
      { criterion: 'K1', count: 2, of: 21, percent: (2 / 21) * 100, grade: 'E' },
      { criterion: 'K6', count: 2, of: 3, percent: (2 / 3) * 100, grade: 'C' },
      { criterion: 'K7', count: 2, of: 3, percent: (2 / 3) * 100, grade: 'C' },
    ]);
    expect(planFacts([]).map((f) => f.percent)).toEqual([0, 0, 0]);
  });
});
