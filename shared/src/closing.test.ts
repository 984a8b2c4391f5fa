import { describe, expect, it } from 'vitest';
import { exceptionGaps, type PendingArea, pendingAreas } from './closing';

const areas: PendingArea[] = [
  { area: 'MP', status: 'verified', unanswered: [] },
  { area: 'PPU', status: 'draft', unanswered: ['A.1', 'A.2'] },
  { area: 'ORG', status: 'submitted', unanswered: [] },
  { area: 'TTL', status: 'returned', unanswered: ['B.1'] },
  { area: 'SDM', status: 'final', unanswered: [] },
];

describe('closing a year', () => {
  it('asks for an exception for every area the evaluator has not verified', () => {
    expect(pendingAreas(areas).map((a) => a.area)).toEqual(['PPU', 'ORG', 'TTL']);
  });

  it('needs nothing more once every area is verified', () => {
    expect(pendingAreas(areas.filter((a) => a.status === 'verified'))).toEqual([]);
  });

  it('names the pending areas left out and the areas named without need', () => {
    const pending = pendingAreas(areas);
    expect(
      exceptionGaps(pending, [
        { area: 'PPU', reason: 'Tidak diajukan sampai batas waktu' },
        { area: 'MP', reason: 'salah pilih' },
      ]),
    ).toEqual({ missing: ['ORG', 'TTL'], needless: ['MP'] });
  });

  it('is satisfied when exactly the pending areas are named', () => {
    const pending = pendingAreas(areas);
    const exceptions = pending.map((p) => ({ area: p.area, reason: 'Batas waktu forum' }));
    expect(exceptionGaps(pending, exceptions)).toEqual({ missing: [], needless: [] });
  });
});
