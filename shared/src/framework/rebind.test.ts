import { describe, expect, it } from 'vitest';
import { defineFramework, indicators } from './framework';
import { PMPRB_2023_INPUT } from './pmprb-2023';
import { rebindProblems } from './rebind';
import { frameworkById } from './registry';

const f2021 = frameworkById('pmprb-2021');
const f2023 = frameworkById('pmprb-2023');
const f2024 = frameworkById('pmprb-2024');

describe('rebindProblems', () => {
  it('lets a 2023 year with every item answered move to the 2024 weights', () => {
    const all = indicators(f2023.components).map((n) => n.code);
    expect(rebindProblems(f2023, f2024, all)).toEqual([]);
  });

  it('refuses another method, and the version the year already has', () => {
    expect(rebindProblems(f2021, f2024, [])).toEqual([
      'pmprb-2024 memakai metode PermenPANRB 9/2023, bukan PermenPANRB 26/2020: pindah kerangka hanya di dalam satu metode',
    ]);
    expect(rebindProblems(f2024, f2024, [])).toEqual(['periode sudah memakai pmprb-2024']);
  });

  it('names an answered item that is gone, answered otherwise or moved to another area', () => {
    const changed = defineFramework({
      ...PMPRB_2023_INPUT,
      id: 'uji-2023b',
      components: PMPRB_2023_INPUT.components.map(function edit(n): typeof n {
        if (n.code === 'B.H.4') return { ...n, answer: { type: 'number', min: 0, max: 4 } };
        if (n.code === 'B.H.8') return { ...n, area: 'ORG' };
        return n.children ? { ...n, children: n.children.map(edit) } : n;
      }),
    });
    expect(rebindProblems(f2023, changed, ['B.H.4', 'B.H.8', 'B.H.9', 'X.9'])).toEqual([
      'butir B.H.4 dijawab dengan cara lain di uji-2023b',
      'butir B.H.8 milik area lain di uji-2023b',
      'butir X.9 sudah diisi tetapi tidak ada di uji-2023b',
    ]);
  });
});
