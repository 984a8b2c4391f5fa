import { describe, expect, it } from 'vitest';
import { AREA_CODES } from '../areas';
import { fractionOf, rangeText } from '../scoring/answers';
import {
  areaMaxPoints,
  checkFramework,
  type FrameworkInput,
  findNode,
  indicators,
  rubricLevelOf,
  walk,
} from './framework';
import { FRAMEWORKS, frameworkById } from './registry';

const yesno = { type: 'yesno' } as const;
const yesnoOptions = [
  { code: 'Ya', criterion: { id: 'ada SK', en: 'decree exists' } },
  { code: 'Tidak', criterion: { id: 'belum ada SK', en: 'no decree' } },
];

/** A small valid framework: two areas tagged under one component, one result component. */
function tiny(overrides: Partial<FrameworkInput> = {}): FrameworkInput {
  return {
    id: 'tiny',
    name: { id: 'Mini', en: 'Mini' },
    regulation: 'uji',
    method: 'uji',
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
              { code: 'P.MP.1', name: { id: 'a', en: 'a' }, answer: yesno, options: yesnoOptions },
              { code: 'P.MP.2', name: { id: 'b', en: 'b' }, answer: yesno, options: yesnoOptions },
            ],
          },
          {
            code: 'P.SDM',
            name: { id: 'SDM', en: 'SDM' },
            weight: 40,
            area: 'SDM',
            children: [
              { code: 'P.SDM.1', name: { id: 'c', en: 'c' }, answer: yesno, options: yesnoOptions },
            ],
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
  it('ship pmprb-2014, pmprb-2020 (2020), pmprb-2021 (with SPI), pmprb-2023 (RB General) and pmprb-2024', () => {
    expect([...FRAMEWORKS.keys()]).toEqual([
      'pmprb-2014',
      'pmprb-2020',
      'pmprb-2021',
      'pmprb-2023',
      'pmprb-2024',
    ]);
  });

  it.each([...FRAMEWORKS.values()])(
    '$id: every option of every lettered or yes/no indicator has a criterion',
    (framework) => {
      for (const node of indicators(framework.components)) {
        const answer = node.answer;
        if (answer?.type === 'number' || answer?.type === 'percent') continue;
        expect(node.options?.length, node.code).toBeGreaterThanOrEqual(2);
        for (const option of node.options ?? []) {
          expect(option.criterion.id.length, `${node.code} ${option.code}`).toBeGreaterThan(3);
          expect(option.criterion.en.length, `${node.code} ${option.code}`).toBeGreaterThan(3);
        }
      }
    },
  );

  it('pmprb-2014 follows the real worksheet: 33 sub-components, ~146 questions, A–D dominant', () => {
    const f = frameworkById('pmprb-2014');
    const pengungkit = f.components.find((c) => c.code === 'PENGUNGKIT');
    const subs = (pengungkit?.children ?? []).flatMap((area) => area.children ?? []);
    expect(subs).toHaveLength(33);
    const questions = indicators(pengungkit?.children ?? []);
    expect(questions.length).toBeGreaterThanOrEqual(130);
    expect(questions.length).toBeLessThanOrEqual(160);
    const mix = new Map<string, number>();
    for (const q of questions) {
      const key = q.answer?.type === 'scale' ? q.answer.scale : (q.answer?.type ?? '');
      mix.set(key, (mix.get(key) ?? 0) + 1);
    }
    expect(mix.get('A-D')).toBe(64);
    expect(mix.get('A-C')).toBe(38);
    expect(mix.get('yesno')).toBe(41);
    expect(mix.get('A-E')).toBe(3);
    const sdm = subs.filter((s) => s.code.startsWith('SDM.'));
    expect(sdm.map((s) => [s.name.id, s.weight])).toEqual([
      ['Perencanaan Kebutuhan Pegawai sesuai Kebutuhan Organisasi', 1],
      ['Proses Penerimaan Pegawai Transparan, Objektif, Akuntabel dan Bebas KKN', 2],
      ['Pengembangan Pegawai Berbasis Kompetensi', 1],
      ['Promosi Jabatan Dilakukan secara Terbuka', 6],
      ['Penetapan Kinerja Individu', 2],
      ['Penegakan Aturan Disiplin / Kode Etik / Kode Perilaku Pegawai', 1],
      ['Pelaksanaan Evaluasi Jabatan', 1],
      ['Sistem Informasi Kepegawaian', 1],
    ]);
    expect(subs.some((s) => /Pola Karier/i.test(s.name.id))).toBe(false);
  });

  it('every Hasil leaf is a sourced figure; the BPK opinion offers all six outcomes', () => {
    for (const f of FRAMEWORKS.values()) {
      const hasil = f.components.find((c) => c.code === 'HASIL');
      for (const leaf of indicators(hasil?.children ?? [])) {
        expect(leaf.sourcedBy, `${f.id} ${leaf.code}`).toBeTruthy();
      }
    }
    const opinion = findNode(frameworkById('pmprb-2014'), 'H.2.2');
    expect(opinion?.options?.map((o) => o.code)).toEqual([
      'WTP',
      'WTP-DPP',
      'WDP',
      'TW',
      'TMP',
      'TIDAK-DISUSUN',
    ]);
  });

  it('SPI counts from 2021: pmprb-2020 has no SPI leaf, pmprb-2021 has it', () => {
    expect(findNode(frameworkById('pmprb-2020'), 'H20.3.a')).toBeUndefined();
    expect(findNode(frameworkById('pmprb-2021'), 'H20.3.a')?.sourcedBy).toBe('KPK');
    expect(frameworkById('pmprb-2020').method).toBe(frameworkById('pmprb-2021').method);
  });

  it('APIP capability and SPIP maturity are whole levels 1–5 as BPKP reports them', () => {
    const f = frameworkById('pmprb-2021');
    for (const code of ['HA.PWS.a', 'HA.PWS.b']) {
      expect(findNode(f, code)?.answer).toEqual({
        type: 'number',
        min: 1,
        max: 5,
        unit: 'level',
        integer: true,
      });
    }
    expect(findNode(f, 'HA.SDM.a')?.answer).toMatchObject({ min: 100, max: 400 });
  });

  it.each([...FRAMEWORKS.values()])('$id: weights add up at every node', (framework) => {
    for (const node of walk(framework.components)) {
      if (!node.children) continue;
      const sum = node.children.reduce((s, c) => s + c.weight, 0);
      expect(sum, node.code).toBeCloseTo(node.weight, 9);
    }
    const scored = framework.components.filter((c) => !c.adjustment);
    expect(scored.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(framework.maxScore, 9);
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

  it('rejects a yes/no indicator without criteria, naming the node', () => {
    const input = tiny();
    const leaf = input.components[0]?.children?.[0]?.children?.[0];
    if (leaf) delete leaf.options;
    expect(errorsOf(input)).toContain(
      'P.MP.1: pilihan jawaban harus Ya, Tidak berurutan (tertulis: tidak ada)',
    );
  });

  it('rejects an option with an empty criterion or a fraction off the scale', () => {
    const input = tiny();
    const leaf = input.components[0]?.children?.[0]?.children?.[1];
    if (leaf)
      leaf.options = [
        { code: 'Ya', criterion: { id: '', en: 'x' } },
        { code: 'Tidak', criterion: { id: 'x', en: 'x' }, fraction: 0.5 },
      ];
    const errors = errorsOf(input);
    expect(errors).toContain('P.MP.2: pilihan Ya tanpa kriteria (id dan en)');
    expect(errors).toContain('P.MP.2: pilihan Tidak bernilai 0, bukan 0.5');
  });

  it('takes an outcome figure only on a sourced indicator, and each kind once', () => {
    const input = tiny();
    const hasil = input.components[1];
    if (hasil?.children?.[0]) hasil.children[0].outcome = 'sakip';
    expect(errorsOf(input)).toContain('H.1: angka kementerian hanya untuk angka bersumber');
    if (hasil?.children?.[0]) hasil.children[0].sourcedBy = 'KemenPANRB';
    expect(errorsOf(input)).toEqual([]);
    hasil?.children?.push({
      code: 'H.2',
      name: { id: 'e', en: 'e' },
      answer: { type: 'percent' },
      sourcedBy: 'x',
      outcome: 'sakip',
    });
    expect(errorsOf(input)).toContain('H.2: angka sakip dipakai lebih dari sekali');
  });

  it('pmprb-2021 names its six outcome figures; SPI is one of them', () => {
    const f = frameworkById('pmprb-2021');
    const outcomes = indicators(f.components)
      .filter((n) => n.outcome)
      .map((n) => [n.code, n.outcome]);
    expect(outcomes).toEqual([
      ['H20.1.a', 'sakip'],
      ['H20.1.b', 'bpk_opinion'],
      ['H20.1.c', 'budget_realisation'],
      ['H20.2.a', 'ombudsman'],
      ['H20.2.b', 'public_satisfaction'],
      ['H20.3.a', 'integrity_survey'],
    ]);
  });

  it('resolves options with the scale conversion as fractions', () => {
    const result = checkFramework(tiny());
    expect(result.ok && findNode(result.framework, 'P.MP.1')?.options).toEqual([
      { code: 'Ya', fraction: 1, criterion: { id: 'ada SK', en: 'decree exists' } },
      { code: 'Tidak', fraction: 0, criterion: { id: 'belum ada SK', en: 'no decree' } },
    ]);
  });

  it('can express a Zona Integritas style framework with six areas', () => {
    const input = tiny({ areas: ['MP', 'SDM'] });
    expect(checkFramework(input).ok).toBe(true);
  });
});

describe('rubrics', () => {
  const f2023 = frameworkById('pmprb-2023');
  const withRubric = (rubric: FrameworkInput['components'][number]['rubric'] | null) => {
    const input = tiny();
    const leaf = input.components[0]?.children?.[0]?.children?.[1];
    if (leaf) {
      leaf.answer = { type: 'number', min: 0, max: 100 };
      leaf.options = undefined;
      if (rubric) leaf.rubric = rubric;
    }
    return input;
  };
  const level = (upTo: number) => ({
    upTo,
    meaning: { id: `sampai ${upTo}`, en: `up to ${upTo}` },
  });

  it('give every score a working group enters under pmprb-2023 its levels: A.1, A.2, each theme strategy', () => {
    const scored = indicators(f2023.components).filter(
      (n) => n.answer?.type === 'number' && !n.sourcedBy,
    );
    expect(scored.map((n) => [n.code, n.rubric?.length])).toEqual([
      ['A.1', 5],
      ['A.2', 5],
      ['T.KMS.S', 5],
      ['T.INV.S', 5],
      ['T.DIG.S', 5],
      ['T.PDN.S', 5],
      ['T.INF.S', 5],
    ]);
    expect(f2023.rubricSource).toContain('bukan rumusan resmi');
  });

  it('refuse a self-scored number without a rubric, and a rubric that does not rise to the maximum', () => {
    const code = withRubric(null).components[0]?.children?.[0]?.children?.[1]?.code;
    expect(errorsOf(withRubric(null))).toEqual([
      `${code}: nilai yang diisi kelompok kerja butuh rubrik (tingkat dan artinya)`,
    ]);
    expect(errorsOf(withRubric([level(50), level(40), level(90)]))).toEqual([
      `${code}: tingkat rubrik 2 harus di atas 50`,
      `${code}: tingkat rubrik terakhir harus sampai 100`,
    ]);
    expect(
      errorsOf(withRubric([level(50), { upTo: 100, meaning: { id: 'ada', en: ' ' } }])),
    ).toEqual([`${code}: tingkat rubrik 2 tanpa arti (id dan en)`]);
    expect(errorsOf(withRubric([level(50), level(100)]))).toEqual([]);
  });

  it('place a value in its level, the top of a level included', () => {
    const rubric = [level(20), level(40), level(100)];
    expect([0, 20, 20.5, 40, 99, 100].map((v) => rubricLevelOf(rubric, v))).toEqual([
      0, 0, 1, 1, 2, 2,
    ]);
    expect(rubricLevelOf(rubric, null)).toBeNull();
    expect(rubricLevelOf(undefined, 50)).toBeNull();
  });
});

describe('SPIP maturity, whole or decimal, as each framework decides', () => {
  const spip = (id: string, code: string) => {
    const node = findNode(frameworkById(id), code);
    if (!node?.answer) throw new Error(`${id} ${code}`);
    return node.answer;
  };

  it('is a whole level under pmprb-2021 (BPKP reported levels then) and says so', () => {
    const answer = spip('pmprb-2021', 'HA.PWS.a');
    expect(fractionOf(answer, 3.5).ok).toBe(false);
    expect(rangeText(answer)).toBe('1–5, bilangan bulat');
  });

  it("is BPKP's decimal score from 2023 and says so", () => {
    for (const id of ['pmprb-2023', 'pmprb-2024']) {
      const answer = spip(id, 'B.H.3');
      expect(fractionOf(answer, 3.5)).toEqual({ ok: true, fraction: 0.7 });
      expect(rangeText(answer)).toBe('1–5, boleh desimal');
    }
  });
});
