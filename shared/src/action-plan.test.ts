import { describe, expect, it } from 'vitest';
import {
  actionProgress,
  deadlineProblems,
  defaultDeadlines,
  dueQuarters,
  MAIN_ACTIVITY_CODES,
  type PlannedAction,
  planProgress,
  quarterStart,
} from './action-plan';

const action = (
  id: string,
  targets: [number, number, number, number],
  realised: ({ output: number; budget: number } | null)[] = [null, null, null, null],
  budget: [number, number, number, number] = [10, 10, 10, 10],
): PlannedAction => ({ id, targets, budget, realised });
const DEADLINES = defaultDeadlines(2026);

describe('the road map and the calendar', () => {
  it('lists the 21 main activities of the national road map', () => {
    expect(MAIN_ACTIVITY_CODES).toHaveLength(21);
  });

  it('has each quarter due ten days after it ends, TW IV in January', () => {
    expect(DEADLINES).toEqual(['2026-04-10', '2026-07-10', '2026-10-10', '2027-01-10']);
    expect(quarterStart(2026, 1)).toBe('2026-01-01');
    expect(quarterStart(2026, 4)).toBe('2026-10-01');
  });

  it('takes deadlines on or after each quarter ends, each after the one before', () => {
    expect(deadlineProblems(2026, DEADLINES)).toEqual([]);
    expect(
      deadlineProblems(2026, ['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31']),
    ).toEqual([]);
    expect(
      deadlineProblems(2026, ['2026-03-30', '2026-07-15', '2026-07-15', '2027-01-10']),
    ).toEqual([
      'TW I: tenggat paling cepat 2026-03-31, hari terakhir triwulannya',
      'TW III: tenggat paling cepat 2026-09-30, hari terakhir triwulannya',
      'TW III: tenggat harus sesudah tenggat TW II',
    ]);
  });

  it('counts a quarter due from the day after its deadline', () => {
    expect(dueQuarters(DEADLINES, '2026-04-10')).toEqual([]);
    expect(dueQuarters(DEADLINES, '2026-04-11')).toEqual([1]);
    expect(dueQuarters(DEADLINES, '2026-11-01')).toEqual([1, 2, 3]);
    expect(dueQuarters(DEADLINES, '2027-01-11')).toEqual([1, 2, 3, 4]);
  });
});

describe('actionProgress', () => {
  it('compares realised with target output over the quarters due, capped at 1', () => {
    const a = action(
      'a',
      [2, 3, 0, 5],
      [{ output: 2, budget: 9 }, { output: 1, budget: 5 }, null, null],
    );
    expect(actionProgress(a, [1, 2])).toEqual({
      id: 'a',
      targetDue: 5,
      realisedDue: 3,
      share: 0.6,
      late: [],
    });
    const over = action('b', [1, 0, 0, 0], [{ output: 4, budget: 1 }]);
    expect(actionProgress(over, [1]).share).toBe(1);
  });

  it('has nothing to measure while no output is due, and names the quarters not reported', () => {
    expect(actionProgress(action('c', [0, 0, 1, 1]), [1, 2])).toMatchObject({
      share: null,
      late: [1, 2],
    });
    // a quarter with neither output nor budget planned has nothing to report
    const idle = action('d', [0, 0, 1, 1], [null, null, null, null], [0, 0, 5, 5]);
    expect(actionProgress(idle, [1, 2]).late).toEqual([]);
  });
});

describe('planProgress', () => {
  it('averages the actions with something due (the A.2 rule) and sums the budget', () => {
    const plan = [
      action('a', [2, 2, 2, 2], [{ output: 2, budget: 10 }, { output: 1, budget: 8 }, null, null]),
      action('b', [1, 1, 1, 1], [{ output: 1, budget: 10 }, { output: 1, budget: 10 }, null, null]),
      action('c', [0, 0, 0, 4], [{ output: 0, budget: 0 }, { output: 0, budget: 0 }, null, null]),
    ];
    const progress = planProgress(plan, DEADLINES, 2026, '2026-08-01');
    expect(progress.due).toEqual([1, 2]);
    // a: 3 of 4 → 0.75; b: 2 of 2 → 1; c: nothing due yet
    expect(progress.implementation).toBeCloseTo(87.5, 10);
    expect(progress).toMatchObject({
      budgetDue: 60,
      budgetRealised: 38,
      budgetTotal: 120,
      lateQuarters: [],
      standing: 'behind',
    });
  });

  it('is late when a due quarter is not reported for some action', () => {
    const plan = [
      action('a', [1, 1, 1, 1], [{ output: 1, budget: 10 }, null, null, null]),
      action(
        'b',
        [1, 1, 1, 1],
        [
          { output: 1, budget: 10 },
          { output: 1, budget: 10 },
        ],
      ),
    ];
    const progress = planProgress(plan, DEADLINES, 2026, '2026-07-11');
    expect(progress.lateQuarters).toEqual([2]);
    expect(progress.quarters.map((q) => [q.state, q.reported, q.of])).toEqual([
      ['reported', 2, 2],
      ['late', 1, 2],
      ['open', 0, 2],
      ['upcoming', 0, 2],
    ]);
    expect(progress.standing).toBe('late');
    expect(progress.implementation).toBeCloseTo(75, 10);
  });

  it('reads on track at 90 % or more, not due before the first deadline, empty with no action', () => {
    const full = [action('a', [1, 1, 1, 1], [{ output: 1, budget: 1 }])];
    expect(planProgress(full, DEADLINES, 2026, '2026-05-01').standing).toBe('on-track');
    expect(planProgress(full, DEADLINES, 2026, '2026-03-01')).toMatchObject({
      standing: 'not-due',
      implementation: null,
    });
    const empty = planProgress([], DEADLINES, 2026, '2026-05-01');
    expect(empty.standing).toBe('empty');
    expect(empty.quarters.map((q) => q.state)).toEqual([
      'nothing',
      'nothing',
      'nothing',
      'nothing',
    ]);
  });
});
