import { describe, expect, it } from 'vitest';
import { AREA_CODES } from '../areas';
import { areaMaxPoints, checkFramework, type FrameworkInput, indicators, walk } from './framework';
import { FRAMEWORKS, frameworkById } from './registry';

const yesno = { type: 'yesno' } as const;

/** A small valid framework: two areas tagged under one component, one result component. */
function tiny(overrides: Partial<FrameworkInput> = {}): FrameworkInput {
  return {
    id: 'tiny',
    name: { id: 'Mini', en: 'Mini' },
    regulation: 'uji',
    areaComponent: 'P',
    areas: ['MP', 'SDM'],
    maxScore: 100,
    assumptions: [],
    components: [
      {
        code: 'P',
        name: { id: 'Pengungkit', en: 'Enablers' },
        weight: 60,
        children: [
          {
            code: 'P.MP',
            name: { id: 'MP', en: 'MP' },
            weight: 20,
            area: 'MP',
            children: [
              { code: 'P.MP.1', name: { id: 'a', en: 'a' }, answer: yesno },
              { code: 'P.MP.2', name: { id: 'b', en: 'b' }, answer: yesno },
            ],
          },
          {
            code: 'P.SDM',
            name: { id: 'SDM', en: 'SDM' },
            weight: 40,
            area: 'SDM',
            children: [{ code: 'P.SDM.1', name: { id: 'c', en: 'c' }, answer: yesno }],
          },
        ],
      },
      {
        code: 'H',
        name: { id: 'Hasil', en: 'Results' },
        weight: 40,
        children: [{ code: 'H.1', name: { id: 'd', en: 'd' }, answer: { type: 'percent' } }],
      },
    ],
    ...overrides,
  };
}

function errorsOf(input: FrameworkInput): string[] {
  const result = checkFramework(input);
  return result.ok ? [] : result.errors;
}

describe('shipped frameworks', () => {
  it('ship pmprb-2014 and pmprb-2020', () => {
    expect([...FRAMEWORKS.keys()]).toEqual(['pmprb-2014', 'pmprb-2020']);
  });

  it.each([...FRAMEWORKS.values()])('$id: weights add up at every node', (framework) => {
    for (const node of walk(framework.components)) {
      if (!node.children) continue;
      const sum = node.children.reduce((s, c) => s + c.weight, 0);
      expect(sum, node.code).toBeCloseTo(node.weight, 9);
    }
    expect(framework.components.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(100, 9);
  });

  it('pmprb-2014: area points 5, 5, 6, 5, 15, 6, 12, 6 (PermenPANRB 14/2014)', () => {
    const f = frameworkById('pmprb-2014');
    expect(AREA_CODES.map((a) => areaMaxPoints(f, a))).toEqual([5, 5, 6, 5, 15, 6, 12, 6]);
  });

  it('pmprb-2020: each area is 3 × its Pemenuhan weight, under three components', () => {
    const f = frameworkById('pmprb-2020');
    expect(AREA_CODES.map((a) => areaMaxPoints(f, a))).toEqual([6, 3, 6, 6, 15, 6, 12, 6]);
    const tagged = [...walk(f.components)].filter((n) => n.areaRoot && n.area === 'SDM');
    expect(tagged.map((n) => [n.code, n.weight])).toEqual([
      ['PM.SDM', 5],
      ['HA.SDM', 2.5],
      ['RF.SDM', 7.5],
    ]);
  });

  it('pmprb-2020 marks the per-area split and the Hasil split as assumptions', () => {
    const f = frameworkById('pmprb-2020');
    expect(f.assumptions.join(' ')).toMatch(/proporsional terhadap bobot Pemenuhan/);
    const assumed = [...walk(f.components)].filter((n) => n.assumed).map((n) => n.code);
    expect(assumed).toContain('HA.MP');
    expect(assumed).toContain('RF.YAN');
    expect(assumed).toContain('H20.1');
  });

  it.each([...FRAMEWORKS.values()])('$id: every indicator has id and en wording', (framework) => {
    for (const node of indicators(framework.components)) {
      expect(node.name.id.length, node.code).toBeGreaterThan(3);
      expect(node.name.en.length, node.code).toBeGreaterThan(3);
    }
  });
});

describe('checkFramework', () => {
  it('accepts a valid tree and splits omitted indicator weights equally', () => {
    const result = checkFramework(tiny());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const weights = [...walk(result.framework.components)].map((n) => [n.code, n.weight]);
    expect(weights).toContainEqual(['P.MP.1', 10]);
    expect(weights).toContainEqual(['P.MP.2', 10]);
  });

  it('rejects children whose weights do not add up, naming the parent', () => {
    const input = tiny();
    const pengungkit = input.components[0];
    if (pengungkit?.children?.[1]) pengungkit.children[1].weight = 39;
    expect(errorsOf(input)).toContain('P: bobot anak berjumlah 59 poin, bukan 60');
  });

  it('rejects top-level components that do not add up to the maximum', () => {
    const input = tiny();
    if (input.components[1]) input.components[1].weight = 45;
    expect(errorsOf(input)).toContain('kerangka: bobot anak berjumlah 105 poin, bukan 100');
  });

  it('rejects explicit indicator weights that leave nothing for the others', () => {
    const input = tiny();
    const mp = input.components[0]?.children?.[0];
    if (mp?.children?.[0]) mp.children[0].weight = 20;
    expect(errorsOf(input).join('\n')).toMatch(/^P\.MP: .*tidak menyisakan bobot/m);
  });

  it('rejects a leaf under the area component with no area', () => {
    const input = tiny();
    input.components[0]?.children?.push({
      code: 'P.X',
      name: { id: 'x', en: 'x' },
      weight: 1,
      answer: yesno,
    });
    expect(errorsOf(input)).toContain('P.X: indikator di bawah P tanpa area');
  });

  it('rejects an area tag nested in another area', () => {
    const input = tiny();
    const mpLeaf = input.components[0]?.children?.[0]?.children?.[0];
    if (mpLeaf) mpLeaf.area = 'SDM';
    expect(errorsOf(input)).toContain('P.MP.1: ditandai area SDM di dalam area MP');
  });

  it('rejects an area tag outside the area component', () => {
    const input = tiny();
    const hasilLeaf = input.components[1]?.children?.[0];
    if (hasilLeaf) hasilLeaf.area = 'MP';
    expect(errorsOf(input)).toContain('H.1: area hanya boleh ditandai di bawah P');
  });

  it('rejects a framework area that tags no node', () => {
    expect(errorsOf(tiny({ areas: ['MP', 'SDM', 'YAN'] }))).toContain(
      'area YAN tidak ditandai pada simpul mana pun',
    );
  });

  it('rejects duplicate codes and groups without children', () => {
    const input = tiny();
    input.components[1]?.children?.push({ code: 'H.1', name: { id: 'd', en: 'd' }, weight: 0 });
    const errors = errorsOf(input);
    expect(errors).toContain('kode H.1 dipakai lebih dari sekali');
  });

  it('can express a Zona Integritas style framework with six areas', () => {
    const input = tiny({ areas: ['MP', 'SDM'] });
    expect(checkFramework(input).ok).toBe(true);
  });
});
