import { describe, expect, it } from 'vitest';
import type { AreaCode } from '../areas';
import { type FrameworkNode, indicators } from '../framework/framework';
import { frameworkById } from '../framework/registry';
import type { AnswerType, AnswerValue } from './answers';
import { presentYear, type ScoredYear } from './present-year';
import { scoreFramework } from './score-tree';

function best(n: FrameworkNode): AnswerValue {
  const a = n.answer as AnswerType;
  if (a.type === 'number') return a.max;
  if (a.type === 'choice') return a.options[0]?.value ?? '';
  return 100;
}

/** A year of `frameworkId` with every item answered at its best except `unanswered`. */
function year(
  frameworkId: string,
  periodState: ScoredYear['periodState'],
  unanswered: (n: FrameworkNode) => boolean = () => false,
  extra: Partial<ScoredYear> = {},
): ScoredYear {
  const framework = frameworkById(frameworkId);
  return {
    year: 2025,
    periodState,
    indexSource: null,
    framework,
    scored: scoreFramework(framework, (n) => (unanswered(n) ? null : best(n)), new Map()),
    targets: new Map(),
    results: new Map(),
    ...extra,
  };
}

describe('presentYear: the one model every surface reads', () => {
  it('a closed year is final and shows its predicate; its parts add up to the index', () => {
    const y = presentYear(year('pmprb-2021', 'closed'));
    expect(y.standing).toBe('final');
    expect(y.shownPredicate).toBe(y.predicate);
    expect(y.completeness.answered).toBe(y.completeness.total);
    const sum = y.components.reduce((s, c) => s + Math.round(c.points * 100), 0);
    expect(sum).toBe(Math.round(y.index * 100));
    expect(y.areas.every((a) => a.standing === 'final')).toBe(true);
  });

  it('an open year with every item answered is provisional and keeps its predicate', () => {
    const y = presentYear(year('pmprb-2021', 'open'));
    expect(y.standing).toBe('provisional');
    expect(y.shownPredicate).not.toBeNull();
  });

  it('an open year with an unanswered item is incomplete: "—" for the predicate, n of N, and the area is incomplete too', () => {
    const f = frameworkById('pmprb-2021');
    const first = indicators(f.components).find((n) => n.area === 'MP');
    const y = presentYear(year('pmprb-2021', 'open', (n) => n.code === first?.code));
    expect(y.standing).toBe('incomplete');
    expect(y.shownPredicate).toBeNull();
    expect(y.completeness.total - y.completeness.answered).toBe(1);
    const mp = y.areas.find((a) => a.code === 'MP');
    expect(mp?.standing).toBe('incomplete');
    expect((mp?.total ?? 0) - (mp?.answered ?? 0)).toBe(1);
    expect(y.areas.filter((a) => a.standing === 'incomplete').map((a) => a.code)).toEqual(['MP']);
  });

  it('the same unanswered item in a closed year counts as zero and the year is final', () => {
    const y = presentYear(year('pmprb-2021', 'closed', (n) => n.area === 'MP'));
    expect(y.standing).toBe('final');
    expect(y.areas.find((a) => a.code === 'MP')?.points).toBe(0);
  });

  it('carries the target, the status and an unverified close per area; draft where nothing is stored', () => {
    const results = new Map<AreaCode, { status: 'final'; closedUnverified: string | null }>([
      ['MP', { status: 'final', closedUnverified: 'Tidak diverifikasi sebelum forum' }],
    ]);
    const y = presentYear(
      year('pmprb-2021', 'closed', undefined, { targets: new Map([['MP', 4]]), results }),
    );
    const mp = y.areas.find((a) => a.code === 'MP');
    expect(mp).toMatchObject({
      target: 4,
      status: 'final',
      closedUnverified: results.get('MP')?.closedUnverified,
    });
    expect(y.areas.find((a) => a.code === 'PPU')).toMatchObject({ target: null, status: 'draft' });
    expect(y.areasClosedUnverified).toBe(1);
    expect(y.shownPredicate).toBe(y.predicate);
  });

  it('the 2023 method: maximum 110, RB General subtotal of its parts, the assumed predicate scale labelled', () => {
    const y = presentYear(year('pmprb-2023', 'closed', undefined, { indexSource: 'demo' }));
    expect(y.maxScore).toBe(110);
    expect(y.indexSource).toBe('demo');
    expect(y.predicateAssumed).toBe(true);
    expect(y.general).not.toBeNull();
    const parts = y.components.filter((c) => y.general?.components.includes(c.code));
    expect(Math.round((y.general?.points ?? 0) * 100)).toBe(
      parts.reduce((s, c) => s + Math.round(c.points * 100), 0),
    );
    expect(y.general?.applicableWeight).toBe(y.general?.max);
    expect(presentYear(year('pmprb-2021', 'closed')).general).toBeNull();
  });
});
