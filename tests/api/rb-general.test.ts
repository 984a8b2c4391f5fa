import {
  AreaResult,
  FrameworkDto,
  type FrameworkNodeDto,
  type ScoredNodeDto,
} from '@rapor/shared/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PLAN } from '../helpers/action-plans';
import { demoTemplate, login, makeTestApp, type TestApp } from '../helpers/test-app';

// PermenPANRB 9/2023 through the API: the weights the fact sheet gives, and a new 2026 period
// scored as RB General + coefficient + Tematik, with areas as tags on the items.

const SOURCE = { title: 'Laporan hasil evaluasi 2026', issuer: 'KemenPANRB', date: '2027-01-20' };

describe('RB General and RB Tematik (pmprb-2023) through the API', () => {
  let t: TestApp;
  let admin: string;
  let framework: FrameworkDto;
  beforeAll(async () => {
    t = await makeTestApp({ from: await demoTemplate() });
    admin = await login(t.app, 'admin');
    framework = FrameworkDto.parse(
      (await t.app.inject({ url: '/api/v1/frameworks/pmprb-2023' })).json(),
    );
    const opened = await t.app.inject({
      method: 'POST',
      url: '/api/v1/periods',
      headers: { cookie: admin },
      payload: { year: 2026, frameworkId: 'pmprb-2023' },
    });
    expect(opened.statusCode, opened.body).toBe(201);
  });
  afterAll(() => t.close());

  const node = (
    code: string,
    nodes: readonly FrameworkNodeDto[] = framework.components,
  ): FrameworkNodeDto | undefined => {
    for (const n of nodes) {
      if (n.code === code) return n;
      const found: FrameworkNodeDto | undefined = node(code, n.children ?? []);
      if (found) return found;
    }
    return undefined;
  };
  const sum = (nodes: readonly FrameworkNodeDto[] | undefined) =>
    (nodes ?? []).reduce((s, n) => s + n.weight, 0);
  const enter = async (code: string, value: number | string) => {
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/periods/2026/hasil/${code}`,
      headers: { cookie: admin },
      payload: { version: 0, value, source: SOURCE },
    });
    expect(res.statusCode, res.body).toBe(200);
  };
  const summary = async () =>
    (await t.app.inject({ url: '/api/v1/dashboard/summary?from=2026&to=2026' })).json().years[0];

  it('serves the weights of the fact sheet: A 10, B 33 + 7, C 28 + 22, Tematik 5 × (0.8 + 1.2)', () => {
    expect(framework.components.map((c) => [c.code, c.weight, c.adjustment ?? false])).toEqual([
      ['A', 10, false],
      ['B', 40, false],
      ['C', 50, false],
      ['K', 2, true],
      ['T', 10, false],
    ]);
    expect(framework.maxScore).toBe(110);
    expect(framework.rescaledComponents).toEqual(['A', 'B', 'C']);
    expect([
      sum(node('A')?.children),
      sum(node('B.H')?.children),
      sum(node('B.S')?.children),
    ]).toEqual([10, 33, 7]);
    expect([sum(node('C.H')?.children), sum(node('C.S')?.children)]).toEqual([28, 22]);
    for (const theme of node('T')?.children ?? []) {
      expect(theme.children?.map((c) => c.weight)).toEqual([0.8, 1.2]);
    }
    expect(node('K.1')?.answer).toMatchObject({ type: 'number', min: -10, max: 2, ofMax: true });
    expect(node('C.H.3')?.multipliedBy).toBe('B.H.5');
  });

  it('scores the year as RB General + coefficient + Tematik, and each area as the sum of its items', async () => {
    // By hand: SPIP 4 of 1–5 on weight 4 = 3.2; SPI 80 on 10 = 8; IKU 90 × SAKIP 0.8 × 8 =
    // 5.76; SAKIP 80 on 4 = 3.2. RB General = 20.16; the coefficient −2; poverty impact 50 on
    // 1.2 = 0.6. Index = 18.76.
    for (const [code, value] of [
      ['B.H.3', 4],
      ['C.S.2', 80],
      ['B.H.5', 80],
      ['C.H.3', 90],
      ['K.1', -2],
      ['T.KMS.D', 50],
    ] as const)
      await enter(code, value);
    const year = await summary();
    expect(year.maxScore).toBe(110);
    expect(year.index).toBeCloseTo(20.16 - 2 + 0.6, 2);
    expect(year.general).toMatchObject({ max: 100, notApplicable: 0, applicableWeight: 100 });
    expect(year.general.points).toBeCloseTo(20.16 - 2, 2);
    expect(year.components.find((c: { code: string }) => c.code === 'K')).toMatchObject({
      points: -2,
      adjustment: true,
    });
    expect(year.components.find((c: { code: string }) => c.code === 'T').points).toBeCloseTo(
      0.6,
      2,
    );
    expect(year.areasMakeUp).toBeNull();

    // The accountability working group sees its tagged items, and they sum to its points.
    const akt = (
      await t.app.inject({ url: '/api/v1/periods/2026/areas/AKT', headers: { cookie: admin } })
    ).json();
    const items = akt.tree as { code: string; points: number; weight: number }[];
    expect(items.map((n) => n.code)).toEqual(
      expect.arrayContaining(['B.H.5', 'C.H.3', 'C.H.4', 'T.INF.S']),
    );
    const points = items.reduce((s, n) => s + n.points, 0);
    const shown = year.areas.find((a: { code: string }) => a.code === 'AKT');
    expect(points).toBeCloseTo(3.2 + 5.76, 9);
    expect(shown.points).toBeCloseTo(points, 2);
    expect(shown.max).toBeCloseTo(
      items.reduce((s, n) => s + n.weight, 0),
      9,
    );
  });

  it('gives each item the multiplier it was scored with: weight × fraction adds up to the points (AKT 2025)', async () => {
    const res = await t.app.inject({
      url: '/api/v1/periods/2025/areas/AKT',
      headers: { cookie: admin },
    });
    const result = AreaResult.parse(res.json());
    const leaves: ScoredNodeDto[] = [];
    const walk = (nodes: readonly ScoredNodeDto[]) => {
      for (const n of nodes) {
        if (n.indicator) leaves.push(n);
        walk(n.children ?? []);
      }
    };
    walk(result.tree);
    const iku = leaves.find((n) => n.code === 'C.H.3');
    expect(iku?.indicator?.multiplier).toBeGreaterThan(0);
    expect(iku?.indicator?.multiplier).toBeLessThan(1);
    for (const leaf of leaves)
      expect(leaf.points, leaf.code).toBeCloseTo(leaf.weight * (leaf.indicator?.fraction ?? 0), 2);
  });

  it('an index above 100 keeps its predicate: every figure at its best gives 112, AA', async () => {
    const best = (n: FrameworkNodeDto): number | string =>
      n.answer?.type === 'number' ? n.answer.max : n.answer?.type === 'choice' ? 'WTP' : 100;
    const walk = (nodes: readonly FrameworkNodeDto[]): FrameworkNodeDto[] =>
      nodes.flatMap((n) => (n.answer ? [n] : walk(n.children ?? [])));
    const figures = (
      await t.app.inject({ url: '/api/v1/periods/2026/hasil', headers: { cookie: admin } })
    ).json().figures as { code: string; version: number }[];
    for (const leaf of walk(framework.components)) {
      if (leaf.sourcedBy) {
        const version = figures.find((f) => f.code === leaf.code)?.version ?? 0;
        const res = await t.app.inject({
          method: 'PUT',
          url: `/api/v1/periods/2026/hasil/${leaf.code}`,
          headers: { cookie: admin },
          payload: { version, value: best(leaf), source: SOURCE },
        });
        expect(res.statusCode, res.body).toBe(200);
      }
    }
    // The working groups' own items: straight into the table, as a chair would enter them.
    const chairs: Record<string, string[]> = {};
    for (const leaf of walk(framework.components).filter((l) => !l.sourcedBy && !l.fromPlan)) {
      chairs[leaf.area as string] = [...(chairs[leaf.area as string] ?? []), leaf.code];
    }
    for (const [area, codes] of Object.entries(chairs)) {
      const cookie = await makeChair(area);
      let version = (
        await t.app.inject({ url: `/api/v1/periods/2026/areas/${area}`, headers: { cookie } })
      ).json().version;
      for (const code of codes) {
        const res = await t.app.inject({
          method: 'PUT',
          url: `/api/v1/periods/2026/areas/${area}/indicators/${code}`,
          headers: { cookie },
          payload: { version, selfValue: 100 },
        });
        expect(res.statusCode, res.body).toBe(200);
        version = res.json().version;
      }
    }
    // A.1 and A.2 from the action plan: every sub-criterion at its best, every quarter due
    // (TW I–III on the tests' 2026-11-24) realised in full
    const mp = await makeChair('MP');
    const grading = (
      await t.app.inject({ url: '/api/v1/periods/2026/plan-grading', headers: { cookie: mp } })
    ).json();
    const graded = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/periods/2026/plan-grading',
      headers: { cookie: mp },
      payload: {
        version: grading.version,
        side: 'self',
        grades: Object.fromEntries(
          Object.keys(grading.self).map((k) => [k, { grade: k === 'K3' ? 'Ya' : 'A', note: null }]),
        ),
      },
    });
    expect(graded.statusCode, graded.body).toBe(200);
    const planUrl = '/api/v1/periods/2026/areas/MP/action-plan';
    let plan = await t.app.inject({
      method: 'PUT',
      url: planUrl,
      headers: { cookie: mp },
      payload: { version: 0, activities: SAMPLE_PLAN },
    });
    expect(plan.statusCode, plan.body).toBe(200);
    for (const quarter of [1, 2, 3]) {
      const actions = plan.json().activities.flatMap((a: { actions: object[] }) => a.actions) as {
        id: string;
        targets: number[];
      }[];
      plan = await t.app.inject({
        method: 'POST',
        url: `${planUrl}/quarters/${quarter}`,
        headers: { cookie: mp },
        payload: {
          version: plan.json().version,
          reports: actions.map((a) => ({
            actionId: a.id,
            output: a.targets[quarter - 1],
            budget: 0,
          })),
        },
      });
      expect(plan.statusCode, plan.body).toBe(200);
    }
    const year = await summary();
    expect(year.index).toBe(112);
    expect(year.predicate).toBe('AA');
  });

  async function makeChair(area: string): Promise<string> {
    const username = `ketua-${area.toLowerCase()}`;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: admin },
      payload: {
        username,
        displayName: `Ketua ${area}`,
        role: 'chair',
        area,
        password: 'kata-sandi-ketua-1',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    return login(t.app, username, 'kata-sandi-ketua-1');
  }
});
