import { AreaComparison, Overview } from '@rapor/shared/dashboard-schemas';
import { Deck } from '@rapor/shared/forum-schemas';
import { AreaResult, DashboardSummary } from '@rapor/shared/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, makeTestApp, type TestApp } from '../helpers/test-app';

describe('dashboard overview and area comparison', () => {
  let t: TestApp;
  let cookie: string;
  let summary: DashboardSummary;
  beforeAll(async () => {
    t = await makeTestApp({ demo: true });
    cookie = await login(t.app, 'leader');
    summary = DashboardSummary.parse(
      (await t.app.inject({ url: '/api/v1/dashboard/summary' })).json(),
    );
  });
  afterAll(() => t.close());
  const get = (url: string) => t.app.inject({ url, headers: { cookie } });

  it('defaults to the latest closed year and compares it with the previous one', async () => {
    const o = Overview.parse((await get('/api/v1/dashboard/overview')).json());
    expect(o).toMatchObject({
      year: 2024,
      previousYear: 2023,
      methodChanged: false,
      periodState: 'closed',
    });
    const y25 = summary.years.find((y) => y.year === 2024);
    const y24 = summary.years.find((y) => y.year === 2023);
    expect(o.index).toBe(y25?.index);
    expect(o.indexDelta).toBeCloseTo((y25?.index ?? 0) - (y24?.index ?? 0), 2);
    for (const a of o.areas) {
      const now = y25?.areas.find((x) => x.code === a.code);
      const then = y24?.areas.find((x) => x.code === a.code);
      expect(a.percent).toBe(now?.percent);
      expect(a.delta).toBeCloseTo((now?.percent ?? 0) - (then?.percent ?? 0), 2);
    }
    expect(o.gains.every((g) => (g.delta ?? 0) > 0)).toBe(true);
    expect(o.losses.every((g) => (g.delta ?? 0) < 0)).toBe(true);
  });

  it('compares an open year only where it is answered: no delta from missing answers', async () => {
    const o = Overview.parse((await get('/api/v1/dashboard/overview?year=2025')).json());
    const y25 = summary.years.find((y) => y.year === 2025);
    expect(o.periodState).toBe('open');
    expect(o.completeness).toEqual(y25?.completeness);
    expect(o.completeness.answered).toBeLessThan(o.completeness.total);
    expect(o.indexDelta).toBeNull();
    for (const a of o.areas) {
      const counts = y25?.areas.find((x) => x.code === a.code);
      expect(a.complete, a.code).toBe(counts?.answered === counts?.total);
      if (!a.complete) expect(a.delta, a.code).toBeNull();
      else expect(a.delta, a.code).not.toBeNull();
    }
    expect(o.areas.some((a) => !a.complete)).toBe(true);
    expect([...o.gains, ...o.losses].every((a) => a.complete)).toBe(true);
  });

  it('gives an incomplete open year no predicate on any surface, and explains no change of an incomplete area', async () => {
    const y25 = summary.years.find((y) => y.year === 2025);
    expect(y25).toMatchObject({
      periodState: 'open',
      standing: 'incomplete',
      shownPredicate: null,
    });
    expect(y25?.predicate).toMatch(/^[A-D]+-?$/);
    const o = Overview.parse((await get('/api/v1/dashboard/overview?year=2025')).json());
    expect(o).toMatchObject({ standing: 'incomplete', shownPredicate: null });
    const deck = Deck.parse((await get('/api/v1/periods/2025/deck')).json());
    expect(deck).toMatchObject({ standing: 'incomplete', shownPredicate: null });
    expect(deck.trend.at(-1)).toMatchObject({
      year: 2025,
      standing: 'incomplete',
      shownPredicate: null,
    });

    const incomplete = y25?.areas.filter((a) => a.standing === 'incomplete') ?? [];
    expect(incomplete.length).toBeGreaterThan(0);
    for (const a of y25?.areas ?? []) {
      expect(a.standing, a.code).toBe(a.answered < a.total ? 'incomplete' : 'provisional');
      const deckArea = deck.areas.find((x) => x.code === a.code);
      expect(deckArea, a.code).toMatchObject({
        standing: a.standing,
        answered: a.answered,
        total: a.total,
      });
      expect(deckArea?.history.at(-1)?.standing, a.code).toBe(a.standing);
    }
    for (const a of incomplete) {
      const r = AreaResult.parse((await get(`/api/v1/periods/2025/areas/${a.code}`)).json());
      expect(r.score).toMatchObject({
        standing: 'incomplete',
        answered: a.answered,
        total: a.total,
      });
      const c = AreaComparison.parse(
        (await get(`/api/v1/periods/2025/areas/${a.code}/comparison`)).json(),
      );
      expect(c.to.standing, a.code).toBe('incomplete');
      expect(c.steps, a.code).toEqual([]);
    }
  });

  it('shows a closed year its predicate as final', async () => {
    const y24 = summary.years.find((y) => y.year === 2024);
    expect(y24?.standing).toBe('final');
    expect(y24?.shownPredicate).toBe(y24?.predicate);
    expect(y24?.areas.every((a) => a.standing === 'final')).toBe(true);
  });

  it('marks the method change between 2019 and 2020', async () => {
    const o = Overview.parse((await get('/api/v1/dashboard/overview?year=2020')).json());
    expect(o).toMatchObject({
      year: 2020,
      previousYear: 2019,
      methodChanged: true,
      framework: 'pmprb-2020',
      previousFramework: 'pmprb-2014',
    });
  });

  it('counts open and overdue recommendations per area', async () => {
    const o = Overview.parse((await get('/api/v1/dashboard/overview')).json());
    const all = (await get('/api/v1/recommendations')).json().recommendations as {
      status: string;
      overdue: boolean;
      area: string;
    }[];
    const open = all.filter((r) => r.status === 'open' || r.status === 'in_progress');
    expect(o.recommendations.open).toBe(open.length);
    expect(o.recommendations.overdue).toBe(open.filter((r) => r.overdue).length);
    expect(o.recommendations.byArea.find((a) => a.area === 'PPU')?.overdue).toBeGreaterThan(0);
  });

  it('explains an area change step by step, the steps adding up to the change', async () => {
    const c = AreaComparison.parse((await get('/api/v1/periods/2024/areas/TTL/comparison')).json());
    expect(c.from?.year).toBe(2023);
    expect(c.methodChanged).toBe(false);
    expect(c.steps.length).toBeGreaterThan(3);
    const cents = c.steps.reduce((s, x) => s + Math.round(x.contribution * 100), 0);
    expect(cents).toBe(Math.round(((c.to.points ?? 0) - (c.from?.points ?? 0)) * 100));
    const ttl = summary.years.find((y) => y.year === 2024)?.areas.find((a) => a.code === 'TTL');
    expect(c.to.points).toBe(ttl?.points);
  });

  it('compares percent of max instead of steps across the 2023 method change', async () => {
    const c = AreaComparison.parse((await get('/api/v1/periods/2023/areas/TTL/comparison')).json());
    expect(c).toMatchObject({
      methodChanged: true,
      steps: [],
      from: { framework: 'pmprb-2021' },
      to: { framework: 'pmprb-2023' },
    });
  });

  it('compares percent of max instead of steps across the method change', async () => {
    const c = AreaComparison.parse((await get('/api/v1/periods/2020/areas/SDM/comparison')).json());
    expect(c).toMatchObject({
      methodChanged: true,
      steps: [],
      from: { framework: 'pmprb-2014', max: 15 },
      to: { framework: 'pmprb-2020', max: 15 },
    });
  });

  it('has no previous year for the first one', async () => {
    const c = AreaComparison.parse((await get('/api/v1/periods/2018/areas/MP/comparison')).json());
    expect(c).toMatchObject({ from: null, steps: [] });
  });

  it('needs a session (401) and answers unknown years with 404', async () => {
    expect((await t.app.inject({ url: '/api/v1/dashboard/overview' })).statusCode).toBe(401);
    expect((await get('/api/v1/dashboard/overview?year=2031')).statusCode).toBe(404);
  });
});
