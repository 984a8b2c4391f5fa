import { describe, expect, it } from 'vitest';
import { recommendationAsOf } from './recommendations';
import type { Recommendation } from './schemas/api';

const rec: Recommendation = {
  id: 1,
  year: 2021,
  area: 'SDM',
  text: 'Lengkapi analisis beban kerja',
  ownerUnit: 'Biro OSDM',
  dueDate: '2022-06-30',
  priority: 'high',
  status: 'done',
  version: 3,
  overdue: false,
  followUps: [
    {
      id: 1,
      year: 2022,
      date: '2022-08-15',
      status: 'in_progress',
      note: 'Rencana aksi',
      by: null,
    },
    { id: 2, year: 2023, date: '2023-11-20', status: 'done', note: 'Selesai', by: null },
  ],
};

describe('recommendationAsOf', () => {
  it('is open, with no follow-ups, before the first follow-up', () => {
    expect(recommendationAsOf(rec, '2022-02-28')).toMatchObject({ status: 'open', followUps: [] });
  });

  it('takes the status of the last follow-up reported by then, and is overdue past the due date', () => {
    const then = recommendationAsOf(rec, '2023-02-28');
    expect(then.status).toBe('in_progress');
    expect(then.followUps.map((f) => f.id)).toEqual([1]);
    expect(then.overdue).toBe(true);
  });

  it('counts a follow-up made on the day itself; later it equals today’s view', () => {
    expect(recommendationAsOf(rec, '2023-11-20').status).toBe('done');
    expect(recommendationAsOf(rec, '2026-01-01')).toEqual({ ...rec, overdue: false });
  });
});
