import { describe, expect, it } from 'vitest';
import { targetBaikHeadline, targetBaikLines } from './labels';
import type { TargetBaikSummary } from './schemas/api';

const item = (name: string, achievement: number) => ({
  code: 'X',
  name: { id: name, en: name },
  area: null,
  target: 100,
  value: achievement,
  met: achievement >= 100,
  achievement,
});
const TARGETS: TargetBaikSummary = {
  met: 16,
  total: 22,
  unvalued: 1,
  notApplicable: 0,
  unresolved: [],
  strongest: item('Indeks sistem merit', 131.2),
  weakest: item('Survei kepuasan', 88.4),
  lowers: { predicate: 'A', becomes: 'A-' },
  items: [],
};

describe('target baik in files', () => {
  it('lists the share, the unvalued, the strongest and weakest, then why A became A-', () => {
    expect(targetBaikLines(TARGETS, 'A-', 'id')).toEqual([
      'Target baik: 16 dari 22 butir tercapai',
      '1 butir belum bernilai (dihitung belum tercapai)',
      expect.stringMatching(/^Terkuat: Indeks sistem merit \(131,2/),
      expect.stringMatching(/^Terlemah: Survei kepuasan \(88,4/),
      'A-, bukan A: 6 butir di bawah target baik',
    ]);
    expect(targetBaikLines(TARGETS, 'A-', 'en').at(-1)).toBe(
      'A-, not A: 6 items below their target',
    );
  });

  it('puts one line under the predicate: the lowering when there was one, else the share', () => {
    expect(targetBaikHeadline(TARGETS, 'A-', 'id')).toBe(
      'A-, bukan A: 6 butir di bawah target baik',
    );
    // an index in another band: nothing was lowered
    expect(targetBaikHeadline(TARGETS, 'BB', 'id')).toBe('Target baik: 16 dari 22 butir tercapai');
    expect(targetBaikHeadline({ ...TARGETS, lowers: null }, 'A', 'en')).toBe(
      'Good-practice targets: 16 of 22 items met',
    );
  });
});
