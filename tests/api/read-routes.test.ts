import {
  AreaResult,
  FrameworkDto,
  PeriodDetail,
  RecommendationsResponse,
} from '@rapor/shared/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { yearVersion } from '../helpers/demo-ids';
import { login, makeTestApp, type TestApp } from '../helpers/test-app';

describe('read API on the demo ministry', () => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await makeTestApp({ demo: true });
    cookie = await login(t.app, 'leader');
  });
  afterAll(() => t.close());

  const get = (url: string) => t.app.inject({ url, headers: { cookie } });

  it('GET /api/health → 200 {"status":"ok"}, and the demo database says its accounts sign in', async () => {
    const res = await get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', demoAccounts: true });
  });

  it('GET /api/v1/areas → the eight areas in official order with codes and names', async () => {
    const res = await get('/api/v1/areas');
    expect(res.statusCode).toBe(200);
    const areas = res.json().areas;
    expect(areas.map((a: { code: string }) => a.code)).toEqual([
      'MP',
      'PPU',
      'ORG',
      'TTL',
      'SDM',
      'AKT',
      'PWS',
      'YAN',
    ]);
    expect(areas[0].name).toEqual({ id: 'Manajemen Perubahan', en: 'Change management' });
    expect(areas[1].renamedIn['pmprb-2020'].id).toBe('Deregulasi Kebijakan');
  });

  it('GET /api/v1/frameworks lists the versions with their years; one returns its tree', async () => {
    const list = await get('/api/v1/frameworks');
    expect(
      list.json().frameworks.map((f: { id: string; usedBy: number[] }) => [f.id, f.usedBy]),
    ).toEqual([
      ['pmprb-2014', [2018, 2019]],
      ['pmprb-2020', [2020]],
      ['pmprb-2021', [2021, 2022]],
      ['pmprb-2023', [2023]],
      ['pmprb-2024', [2024, 2025]],
    ]);
    const res = await get('/api/v1/frameworks/pmprb-2020');
    expect(res.statusCode).toBe(200);
    const framework = FrameworkDto.parse(res.json());
    expect(framework.components.map((c) => [c.code, c.weight])).toEqual([
      ['PENGUNGKIT', 60],
      ['HASIL', 40],
    ]);
    expect(framework.components[0]?.children?.map((c) => [c.code, c.weight])).toEqual([
      ['PM', 20],
      ['HA', 10],
      ['RF', 30],
    ]);
    expect((await get('/api/v1/frameworks/pmprb-1999')).statusCode).toBe(404);
  });

  it('GET /api/v1/periods and /periods/:year give state, framework and area statuses', async () => {
    const res = await get('/api/v1/periods');
    expect(res.json().periods).toHaveLength(8);
    const detail = PeriodDetail.parse((await get('/api/v1/periods/2025')).json());
    expect(detail.state).toBe('open');
    expect(detail.frameworkId).toBe('pmprb-2024');
    expect(detail.closedAt).toBeNull();
    expect(detail.areas.find((a) => a.code === 'SDM')?.status).toBe('returned');
    // every demo area has its working group's chair
    expect(detail.areas.every((a) => a.chairs.length === 1)).toBe(true);
  });

  it('GET /api/v1/periods/:year/areas/:code gives the tree, values, achievements and recommendations', async () => {
    const res = await get('/api/v1/periods/2018/areas/YAN');
    expect(res.statusCode).toBe(200);
    const result = AreaResult.parse(res.json());
    expect(result.status).toBe('final');
    expect(result.recommendations.asOf).toBe('2019-02-28');
    expect(result.version).toBeGreaterThanOrEqual(1);
    expect(result.tree.map((n) => n.code)).toEqual(['YAN']);
    expect(result.score.max).toBe(6);
    const leaves = result.tree[0]?.children?.flatMap((c) => c.children ?? []) ?? [];
    expect(leaves.length).toBeGreaterThan(5);
    expect(leaves.every((l) => l.indicator?.evaluatorValue !== null)).toBe(true);
    expect(result.achievements.map((a) => a.title).join(' ')).toMatch(
      /SINOVIK 2018 Top 99: PESONA SURGA/,
    );
    expect(result.achievements.map((a) => a.title).join(' ')).toMatch(/UNPSA/);
    expect(result.narrative).toMatch(/Pokja/);
  });

  it('shows an area under Pemenuhan, Hasil Antara and Reform in pmprb-2020 years', async () => {
    const result = AreaResult.parse((await get('/api/v1/periods/2022/areas/SDM')).json());
    expect(result.tree.map((n) => [n.code, n.weight])).toEqual([
      ['PM.SDM', 5],
      ['HA.SDM', 2.5],
      ['RF.SDM', 7.5],
    ]);
    expect(result.area.name.id).toBe('Penataan Sistem Manajemen SDM');
    const ppu = AreaResult.parse((await get('/api/v1/periods/2022/areas/PPU')).json());
    expect(ppu.area.name.id).toBe('Deregulasi Kebijakan');
  });

  it('area points in the result equal those in the dashboard summary', async () => {
    const summary = (await get('/api/v1/dashboard/summary?from=2023&to=2023')).json();
    for (const area of summary.years[0].areas) {
      const result = (await get(`/api/v1/periods/2023/areas/${area.code}`)).json();
      expect(result.score.points).toBe(area.points);
      expect(result.score.percent).toBe(area.percent);
    }
  });

  it('carries earlier open recommendations into later years with their follow-ups', async () => {
    const result = AreaResult.parse((await get('/api/v1/periods/2025/areas/PPU')).json());
    const carried = result.recommendations.carriedOver;
    expect(carried.length).toBeGreaterThan(0);
    const oldest = carried.find((r) => r.year <= 2019);
    expect(oldest?.followUps.length).toBeGreaterThanOrEqual(5);
    expect(oldest?.overdue).toBe(true);
  });

  it('filters recommendations by area, status and year', async () => {
    const res = await get('/api/v1/recommendations?area=PPU&status=in_progress');
    const { recommendations } = RecommendationsResponse.parse(res.json());
    expect(recommendations.length).toBeGreaterThan(0);
    expect(recommendations.every((r) => r.area === 'PPU' && r.status === 'in_progress')).toBe(true);
    const byYear = RecommendationsResponse.parse(
      (await get('/api/v1/recommendations?year=2020')).json(),
    );
    expect(byYear.recommendations.every((r) => r.year === 2020)).toBe(true);
    const statuses = new Set(
      RecommendationsResponse.parse(
        (await get('/api/v1/recommendations')).json(),
      ).recommendations.map((r) => r.status),
    );
    expect(statuses).toEqual(new Set(['open', 'in_progress', 'done', 'dropped']));
  });

  it('pages recommendations with limit and offset, in the list order, with the total', async () => {
    const all = RecommendationsResponse.parse((await get('/api/v1/recommendations')).json());
    expect(all.total).toBe(all.recommendations.length);
    const pageOf = async (query: string) =>
      RecommendationsResponse.parse((await get(`/api/v1/recommendations?${query}`)).json());
    const first = await pageOf('limit=10');
    const second = await pageOf('limit=10&offset=10');
    expect(first.recommendations.map((r) => r.id)).toEqual(
      all.recommendations.slice(0, 10).map((r) => r.id),
    );
    expect(second.recommendations.map((r) => r.id)).toEqual(
      all.recommendations.slice(10, 20).map((r) => r.id),
    );
    expect([first.total, second.total]).toEqual([all.total, all.total]);
    // follow-ups come with a page as with the whole list
    expect(second.recommendations).toEqual(all.recommendations.slice(10, 20));
    const ppu = await pageOf('area=PPU&limit=2&offset=1');
    const allPpu = await pageOf('area=PPU');
    expect(ppu.total).toBe(allPpu.recommendations.length);
    expect(ppu.recommendations).toEqual(allPpu.recommendations.slice(1, 3));
    const past = await pageOf(`offset=${all.total}`);
    expect(past).toEqual({ recommendations: [], total: all.total });
  });

  it('serves outcome figures marked published or demo', async () => {
    const { outcomes } = (await get('/api/v1/outcomes?from=2021&to=2023')).json();
    const find = (year: number, kind: string) =>
      outcomes.find((o: { year: number; kind: string }) => o.year === year && o.kind === kind);
    expect(find(2022, 'integrity_survey')).toMatchObject({ value: 72.69, source: 'published' });
    expect(find(2023, 'integrity_survey')).toMatchObject({ value: 76.34, source: 'published' });
    expect(find(2021, 'ombudsman')).toMatchObject({ value: 81.05, source: 'published' });
    expect(find(2021, 'bpk_opinion')).toMatchObject({ text: 'WTP', source: 'published' });
    expect(find(2022, 'sakip')).toMatchObject({ source: 'demo' });
  });

  it('publishes an OpenAPI document generated from the route schemas, and a docs UI', async () => {
    const res = await get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/dashboard/summary',
        '/api/v1/periods/{year}/areas/{code}',
        '/api/v1/recommendations',
      ]),
    );
    expect(
      doc.paths['/api/v1/dashboard/summary'].get.parameters.map((p: { name: string }) => p.name),
    ).toEqual(['from', 'to']);
    expect((await get('/api/docs')).statusCode).toBeLessThan(400);
  });
});

describe('error contract', () => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await makeTestApp({ demo: true });
    cookie = await login(t.app, 'leader');
  });
  afterAll(() => t.close());

  it.each([
    ['/api/v1/periods/abc', 400, 'VALIDATION_ERROR', 'Tahun pada alamat'],
    ['/api/v1/periods/20x5/areas/MP', 400, 'VALIDATION_ERROR', 'Tahun pada alamat'],
    ['/api/v1/periods/2030', 404, 'NOT_FOUND', '2030'],
    ['/api/v1/periods/2030/areas/MP', 404, 'NOT_FOUND', '2030'],
    ['/api/v1/periods/2021/areas/XYZ', 400, 'VALIDATION_ERROR', 'Kode pada alamat'],
    ['/api/v1/recommendations?status=maybe', 400, 'VALIDATION_ERROR', 'Parameter status'],
    ['/api/v1/recommendations?limit=0', 400, 'VALIDATION_ERROR', 'jumlah per halaman'],
    ['/api/v1/recommendations?limit=1001', 400, 'VALIDATION_ERROR', 'jumlah per halaman'],
    ['/api/v1/recommendations?limit=1e3', 400, 'VALIDATION_ERROR', 'jumlah per halaman'],
    ['/api/v1/recommendations?offset=-1', 400, 'VALIDATION_ERROR', 'posisi awal'],
    ['/api/v1/nothing-here', 404, 'NOT_FOUND', '/api/v1/nothing-here'],
  ])('GET %s → %i %s', async (url, status, code, mentions) => {
    const res = await t.app.inject({ url, headers: { cookie } });
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    const body = res.json();
    expect(body.error.code).toBe(code);
    expect(body.error.message).toContain(mentions);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+|stack/i);
  });

  it.each([
    '/api/v1/periods/2021/areas/MP',
    '/api/v1/periods/2021/areas/MP/history',
    '/api/v1/recommendations',
    '/api/v1/recommendations/1',
    '/api/v1/auth/me',
  ])('GET %s without a session → 401', async (url) => {
    const res = await t.app.inject({ url });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHORIZED');
  });

  it.each([
    '/api/health',
    '/api/v1/areas',
    '/api/v1/periods',
    '/api/v1/dashboard/summary',
    '/api/v1/outcomes',
    '/api/v1/frameworks',
  ])('GET %s is public aggregate data → 200 without a session', async (url) => {
    expect((await t.app.inject({ url })).statusCode).toBe(200);
  });

  it('answers in plain Indonesian for bad input', async () => {
    const res = await t.app.inject({ url: '/api/v1/periods/abc' });
    expect(res.json().error.message).toMatch(/^Tahun pada alamat tidak valid/);
  });

  it('sets security headers and no caching on the API', async () => {
    const res = await t.app.inject({ url: '/api/v1/areas' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['cache-control']).toBe('no-store');
  });
});

describe('numbers in paths and queries are plain decimal', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp({ demo: true });
  }, 60_000);
  afterAll(async () => t?.close());

  it.each(['0x7E9', '2025.0', '02025', '2e3', '+2025'])(
    'refuses year %s with 400 instead of reading it as a number',
    async (year) => {
      const res = await t.app.inject({ url: `/api/v1/periods/${year}` });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toMatch(/desimal/);
      const summary = await t.app.inject({ url: `/api/v1/dashboard/summary?from=${year}` });
      expect(summary.statusCode).toBe(400);
    },
  );

  it('refuses a hexadecimal year on a write too, and moves nothing', async () => {
    const admin = await login(t.app, 'admin');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/periods/0x7E9/state',
      headers: { cookie: admin },
      payload: { to: 'review', version: await yearVersion(t.app, 2025) },
    });
    expect(res.statusCode).toBe(400);
    const period = (await t.app.inject({ url: '/api/v1/periods/2025' })).json();
    expect(period.state).toBe('open');
  });

  it('still takes plain years and ids', async () => {
    expect((await t.app.inject({ url: '/api/v1/periods/2025' })).statusCode).toBe(200);
    expect(
      (await t.app.inject({ url: '/api/v1/dashboard/summary?from=2024&to=2025' })).statusCode,
    ).toBe(200);
  });
});
