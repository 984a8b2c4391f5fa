import { Overview } from '@rapor/shared/dashboard-schemas';
import { DECK_LIMITS } from '@rapor/shared/forum';
import { Deck } from '@rapor/shared/forum-schemas';
import {
  AreaResult,
  CARRIED_OVER_PAGE,
  DashboardSummary,
  RecommendationsResponse,
} from '@rapor/shared/schemas';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaleDemo } from '../bench/scale-demo';
import { docxText } from '../helpers/docx';
import { demoTemplate, login, makeTestApp, type TestApp } from '../helpers/test-app';

// More data than the demo: what the data-scale bench (tests/bench/scale.bench.ts) found.

describe('a ministry with more recommendations than SQLite takes bound variables', () => {
  let t: TestApp;
  let cookie: string;
  const MANY = 40_000; // SQLite refuses a statement with more than 32,766 variables
  beforeAll(async () => {
    t = await makeTestApp({ from: await demoTemplate() });
    const rec = t.sqlite.prepare(
      `INSERT INTO recommendations (year, area_code, text, owner_unit, priority, status, created_at)
       VALUES (2024, 'SDM', ?, 'Biro SDM', 'low', 'in_progress', '2025-02-28T00:00:00.000Z')`,
    );
    const followUp = t.sqlite.prepare(
      `INSERT INTO recommendation_follow_ups (recommendation_id, year, date, status, note)
       VALUES (?, 2025, '2025-06-30', 'in_progress', ?)`,
    );
    t.sqlite.transaction(() => {
      for (let i = 0; i < MANY; i++) {
        const id = Number(rec.run(`Rekomendasi uji ${i}`).lastInsertRowid);
        followUp.run(id, `Tindak lanjut uji ${i}`);
      }
    })();
    cookie = await login(t.app, 'leader');
  }, 120_000);
  afterAll(() => t.close());

  it('lists them all, each with its own follow-up', async () => {
    const res = await t.app.inject({ url: '/api/v1/recommendations', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    const { recommendations } = RecommendationsResponse.parse(res.json());
    const added = recommendations.filter((r) => r.text.startsWith('Rekomendasi uji '));
    expect(added).toHaveLength(MANY);
    for (const r of [added[0], added[12_345], added.at(-1)]) {
      const n = r?.text.slice('Rekomendasi uji '.length);
      expect(r?.followUps.map((f) => f.note)).toEqual([`Tindak lanjut uji ${n}`]);
    }
  });

  it("still gives the overview and the SDM area's page", async () => {
    const overview = await t.app.inject({
      url: '/api/v1/dashboard/overview?year=2024',
      headers: { cookie },
    });
    expect(overview.statusCode).toBe(200);
    const { year, recommendations } = Overview.parse(overview.json());
    expect(year).toBe(2024);
    const sdm = recommendations.byArea.find((a) => a.area === 'SDM');
    expect(sdm?.inProgress).toBeGreaterThanOrEqual(MANY);
    expect(recommendations.open).toBeGreaterThanOrEqual(MANY);
    const area = await t.app.inject({ url: '/api/v1/periods/2025/areas/SDM', headers: { cookie } });
    expect(area.statusCode).toBe(200);
    expect(area.rawPayload.byteLength).toBeLessThan(500_000);
    const { recommendations: recs } = AreaResult.parse(area.json());
    expect(recs.carriedOver).toHaveLength(CARRIED_OVER_PAGE);
    expect(recs.carriedOverTotal).toBeGreaterThanOrEqual(MANY);
  });

  it('gives the rest of the carried-over ones a page at a time, in the same order, by status too', async () => {
    const page = async (query: string, who = cookie) =>
      t.app.inject({
        url: `/api/v1/periods/2025/areas/SDM/carried-over?${query}`,
        headers: who ? { cookie: who } : {},
      });
    expect((await page('offset=0', '')).statusCode).toBe(401);
    const first = AreaResult.parse(
      (await t.app.inject({ url: '/api/v1/periods/2025/areas/SDM', headers: { cookie } })).json(),
    ).recommendations;
    const res = await page(`offset=${CARRIED_OVER_PAGE}&limit=100`);
    expect(res.statusCode).toBe(200);
    const next = RecommendationsResponse.parse(res.json());
    expect(next.total).toBe(first.carriedOverTotal);
    expect(next.recommendations).toHaveLength(100);
    // the page follows on from the result's own, none repeated
    const whole = RecommendationsResponse.parse((await page('offset=0&limit=150')).json());
    expect(whole.recommendations.map((r) => r.id)).toEqual(
      [...first.carriedOver, ...next.recommendations].map((r) => r.id),
    );
    // only those with a status now (the evaluator's proposed closures)
    const open = RecommendationsResponse.parse((await page('status=open&limit=10')).json());
    expect(open.recommendations.every((r) => r.status === 'open')).toBe(true);
    const inProgress = RecommendationsResponse.parse(
      (await page('status=in_progress&limit=1')).json(),
    );
    expect(inProgress.total).toBeGreaterThanOrEqual(MANY);
    expect((await page('limit=0')).statusCode).toBe(400);
    const missing = await t.app.inject({
      url: '/api/v1/periods/2099/areas/SDM/carried-over',
      headers: { cookie },
    });
    expect(missing.statusCode).toBe(404);
  });

  it('gives a deck of bounded size: the oldest of them on the slides, the rest counted there and in the files', async () => {
    const res = await t.app.inject({ url: '/api/v1/periods/2025/deck', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.byteLength).toBeLessThan(500_000);
    const deck = Deck.parse(res.json());
    const sdm = deck.areas.find((a) => a.code === 'SDM');
    expect(sdm?.earlier).toHaveLength(DECK_LIMITS.earlier);
    expect(sdm?.earlierCount).toBeGreaterThanOrEqual(MANY);
    // the oldest first: the demo's own before the 2024 ones added here
    const years = sdm?.earlier.map((r) => r.year) ?? [];
    expect(years).toEqual([...years].sort());
    const more = (sdm?.earlierCount ?? 0) - DECK_LIMITS.earlier;
    // the slides say how many they leave out: the PowerPoint and the report
    const pptx = await t.app.inject({
      url: '/api/v1/periods/2025/export.pptx',
      headers: { cookie: await login(t.app, 'admin') },
    });
    expect(pptx.statusCode).toBe(200);
    const zip = await JSZip.loadAsync(pptx.rawPayload);
    const slides = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
        .map((f) => zip.file(f)?.async('string') ?? ''),
    );
    expect(slides.join(' ')).toContain(`dan ${more} lainnya`);
    const docx = await t.app.inject({
      url: '/api/v1/periods/2025/report.docx',
      headers: { cookie: await login(t.app, 'admin') },
    });
    expect(docx.statusCode).toBe(200);
    expect(await docxText(docx.rawPayload)).toContain(`Dan ${more} rekomendasi lain`);
  });
});

describe("the data-scale bench's bigger demo", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp({ from: await demoTemplate() });
  }, 60_000);
  afterAll(() => t.close());

  it('scores each scaled year as the demo year it copies, with twice the indicators', async () => {
    const summary = async () =>
      DashboardSummary.parse(
        (await t.app.inject({ url: '/api/v1/dashboard/summary?from=2000&to=2100' })).json(),
      ).years;
    const demo = new Map((await summary()).map((y) => [y.year, y.index]));
    const report = scaleDemo(t.sqlite, 2);
    expect(report).toMatchObject({ years: 16, firstYear: 2000, lastYear: 2015 });
    const scaled = await summary();
    expect(scaled.map((y) => y.year)).toEqual(Array.from({ length: 16 }, (_, i) => 2000 + i));
    // in order, 2018 thrice, the next six years twice each, and the open 2025 last
    const copies = [2018, 2018, 2018, 2019, 2019, 2020, 2020, 2021, 2021, 2022, 2022, 2023];
    copies.push(2023, 2024, 2024, 2025);
    scaled.forEach((y, i) => {
      expect(y.index).toBeCloseTo(demo.get(copies[i] as number) as number, 2);
    });
  });
});
