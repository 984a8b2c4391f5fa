import { AreaResult, ReviewQueue } from '@rapor/shared/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTemplate, login, makeTestApp, type TestApp } from '../helpers/test-app';

// The evaluator's queue in one read: what eight reads per open year used to give, each area
// as its own result gives it.

describe('the review queue', () => {
  let t: TestApp;
  let evaluator: string;
  beforeAll(async () => {
    t = await makeTestApp({ from: await demoTemplate() });
    evaluator = await login(t.app, 'evaluator');
  }, 60_000);
  afterAll(() => t.close());

  it('is for those signed in', async () => {
    expect((await t.app.inject({ url: '/api/v1/review-queue' })).statusCode).toBe(401);
  });

  it('gives every area of each year not closed as its result does, proposed closures counted', async () => {
    // PPU's chair proposes an earlier recommendation done: it waits for the evaluator
    const chair = await login(t.app, 'chair-ppu');
    const ppu = AreaResult.parse(
      (
        await t.app.inject({ url: '/api/v1/periods/2025/areas/PPU', headers: { cookie: chair } })
      ).json(),
    );
    const rec = ppu.recommendations.carriedOver[0];
    if (!rec) throw new Error('the demo has no earlier recommendation of PPU');
    const proposed = await t.app.inject({
      method: 'POST',
      url: `/api/v1/recommendations/${rec.id}/follow-ups`,
      headers: { cookie: chair },
      payload: { version: rec.version, status: 'proposed_done', note: 'SK terbit; mohon ditutup.' },
    });
    expect(proposed.statusCode).toBe(201);
    const res = await t.app.inject({ url: '/api/v1/review-queue', headers: { cookie: evaluator } });
    expect(res.statusCode).toBe(200);
    const queue = ReviewQueue.parse(res.json());
    // the demo's 2025 is the one year not closed
    expect(queue.periods.map((p) => [p.year, p.state])).toEqual([[2025, 'open']]);
    const [year] = queue.periods;
    expect(year?.areas).toHaveLength(8);
    let proposals = 0;
    for (const row of year?.areas ?? []) {
      const result = AreaResult.parse(
        (
          await t.app.inject({
            url: `/api/v1/periods/2025/areas/${row.code}`,
            headers: { cookie: evaluator },
          })
        ).json(),
      );
      expect(row.status, row.code).toBe(result.status);
      expect(row.score, row.code).toEqual(result.score);
      const proposed = [
        ...result.recommendations.issued,
        ...result.recommendations.carriedOver,
      ].filter((r) => r.status === 'proposed_done').length;
      expect(row.proposals, row.code).toBe(proposed);
      proposals += proposed;
    }
    expect(year?.areas.find((a) => a.code === 'PPU')?.proposals).toBeGreaterThan(0);
    expect(proposals).toBeGreaterThan(0);
  });
});
