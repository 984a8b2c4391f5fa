import type { FrameworkDto } from '@rapor/shared/schemas';
import { describe, expect, it } from 'vitest';
import { outlineOf } from './outline';

const yes = [
  { code: 'Ya', fraction: 1, criterion: { id: 'ya', en: 'yes' } },
  { code: 'Tidak', fraction: 0, criterion: { id: 'tidak', en: 'no' } },
];
const framework: FrameworkDto = {
  id: 'uji',
  name: { id: 'Uji', en: 'Test' },
  regulation: 'uji',
  method: 'uji',
  usedBy: [],
  areaComponent: 'P',
  areas: ['MP'],
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
          weight: 60,
          area: 'MP',
          areaRoot: true,
          children: [
            {
              code: 'a',
              name: { id: 'a', en: 'a' },
              weight: 30,
              area: 'MP',
              answer: { type: 'yesno' },
              options: yes,
            },
            {
              code: 'b',
              name: { id: 'b', en: 'b' },
              weight: 30,
              area: 'MP',
              answer: { type: 'scale', scale: 'A-C' },
            },
          ],
        },
      ],
    },
    {
      code: 'H',
      name: { id: 'Hasil', en: 'Results' },
      weight: 40,
      children: [
        {
          code: 'h',
          name: { id: 'h', en: 'h' },
          weight: 40,
          answer: { type: 'number', min: 0, max: 100 },
          sourcedBy: 'BPK',
        },
      ],
    },
  ],
};

describe('outlineOf', () => {
  it('lists the groups in tree order with depth, area tag, indicator count and scale mix', () => {
    const rows = outlineOf(framework);
    expect(rows.map((r) => [r.code, r.depth, r.weight, r.area, r.indicators])).toEqual([
      ['P', 0, 60, null, 2],
      ['P.MP', 1, 60, 'MP', 2],
      ['H', 0, 40, null, 1],
    ]);
    expect(rows[1]?.mix).toEqual({ 'Ya/Tidak': 1, 'A-C': 1 });
    expect(rows[2]?.mix).toEqual({ 'angka bersumber': 1 });
    expect(rows[1]?.leaves.map((l) => l.code)).toEqual(['a', 'b']);
    expect(rows[0]?.leaves).toEqual([]);
  });
});
