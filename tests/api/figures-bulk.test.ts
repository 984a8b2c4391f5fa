import type { Figure, FiguresResponse } from '@rapor/shared/figure-schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { valueFor } from '../helpers/figures';
import { demoTemplate, login, makeTestApp, type TestApp } from '../helpers/test-app';

// The secretariat enters every sourced figure of a year in one request (the table the
// agencies send, pasted), all or nothing with every row at fault named; the evaluator then
// verifies them in one request.

const SOURCE = { title: 'Rekap hasil penilaian 2026', issuer: 'KemenPANRB', date: '2027-01-20' };

describe('POST /api/v1/periods/:year/hasil: many figures at once', () => {
  let t: TestApp;
  let admin: string;
  let evaluator: string;
  beforeAll(async () => {
    t = await makeTestApp({ from: await demoTemplate() });
    admin = await login(t.app, 'admin');
    evaluator = await login(t.app, 'evaluator');
    const opened = await t.app.inject({
      method: 'POST',
      url: '/api/v1/periods',
      headers: { cookie: admin },
      payload: { year: 2026, frameworkId: 'pmprb-2024' },
    });
    expect(opened.statusCode, opened.body).toBe(201);
  });
  afterAll(() => t.close());

  const figures = async (): Promise<FiguresResponse> =>
    (await t.app.inject({ url: '/api/v1/periods/2026/hasil', headers: { cookie: admin } })).json();
  const post = (cookie: string, rows: unknown[]) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/periods/2026/hasil',
      headers: { cookie },
      payload: { rows },
    });

  it('refuses the whole table when any row is wrong, naming each, and stores nothing', async () => {
    const all = (await figures()).figures;
    const rows = all.map((f) => ({
      code: f.code,
      version: f.version,
      value: valueFor(f),
      source: SOURCE,
    }));
    rows[1] = { ...(rows[1] as (typeof rows)[number]), value: 999 };
    rows[4] = { ...(rows[4] as (typeof rows)[number]), code: 'X.9' };
    const res = await post(admin, rows);
    expect(res.statusCode, res.body).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('VALIDATION_ERROR');
    expect(error.details.rows.map((r: { row: number; code: string }) => [r.row, r.code])).toEqual([
      [2, all[1]?.code],
      [5, 'X.9'],
    ]);
    expect(error.details.rows[0].message).toMatch(/^Nilai tidak valid/);
    expect(error.message).toMatch(/^Tidak ada yang disimpan\. baris 2/);
    expect((await figures()).counts.entered).toBe(0);
  });

  it('enters every figure of the year in one go, each audited', async () => {
    const all = (await figures()).figures;
    expect(all.length).toBeGreaterThanOrEqual(30);
    const res = await post(
      admin,
      all.map((f) => ({ code: f.code, version: f.version, value: valueFor(f), source: SOURCE })),
    );
    expect(res.statusCode, res.body).toBe(200);
    const after: FiguresResponse = res.json();
    expect(after.counts).toMatchObject({ entered: all.length, verified: 0 });
    for (const f of after.figures) {
      expect(f, f.code).toMatchObject({ sourceTitle: SOURCE.title, state: 'entered', version: 1 });
    }
    const audit = (
      await t.app.inject({
        url: '/api/v1/audit?entity=figure&limit=100',
        headers: { cookie: admin },
      })
    ).json();
    expect(
      audit.entries.filter((e: { entityId: string }) => e.entityId.startsWith('2026/')),
    ).toHaveLength(all.length);
  });

  it('refuses a table read before someone else changed a row: 409, nothing stored', async () => {
    const all = (await figures()).figures;
    const res = await post(admin, [
      { code: all[0]?.code, version: all[0]?.version, value: valueFor(all[0] as Figure) },
      { code: all[1]?.code, version: 0, value: valueFor(all[1] as Figure) },
    ]);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('STALE_VERSION');
    expect(res.json().error.details.rows).toEqual([
      expect.objectContaining({ row: 2, code: all[1]?.code }),
    ]);
    expect((await figures()).figures[0]?.version).toBe(all[0]?.version);
  });

  it('lets only the secretariat enter and only the evaluator verify', async () => {
    const f = (await figures()).figures[0] as Figure;
    const entry = [{ code: f.code, version: f.version, value: valueFor(f) }];
    const check = [{ code: f.code, version: f.version, verified: true }];
    expect((await post('', entry)).statusCode).toBe(401);
    expect((await post(evaluator, entry)).statusCode).toBe(403);
    expect((await post(admin, check)).statusCode).toBe(403);
    for (const user of ['chair-sdm', 'leader']) {
      expect((await post(await login(t.app, user), entry)).statusCode, user).toBe(403);
    }
  });

  it('lets the evaluator verify them all in one go', async () => {
    const all = (await figures()).figures;
    const res = await post(
      evaluator,
      all.map((f) => ({ code: f.code, version: f.version, verified: true })),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().counts).toMatchObject({ entered: all.length, verified: all.length });
  });
});
