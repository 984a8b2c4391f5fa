import { openDb } from '@rapor/db/open';
import { DashboardSummary, type SummaryYear } from '@rapor/shared/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeArea } from '../helpers/demo-ids';
import { demoTemplate, login, makeTestApp, type TestApp } from '../helpers/test-app';

// The dashboard's aggregates come from a cache keyed by the data version: never stale, also
// after another process writes to the same file.

describe('cached aggregates', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp({ from: await demoTemplate() });
  }, 60_000);
  afterAll(() => t.close());

  const version = () =>
    (t.sqlite.prepare('SELECT version FROM data_version').get() as { version: number }).version;
  const summary2025 = async () =>
    DashboardSummary.parse(
      (await t.app.inject({ url: '/api/v1/dashboard/summary?from=2025&to=2025' })).json(),
    ).years[0];

  it('serve the same answer while nothing is written, without raising the version', async () => {
    const first = await t.app.inject({ url: '/api/v1/dashboard/summary' });
    const before = version();
    const second = await t.app.inject({ url: '/api/v1/dashboard/summary' });
    expect(second.body).toBe(first.body);
    expect(second.headers['content-type']).toMatch(/application\/json/);
    // signing in writes a session and an audit entry, not the evaluation's data
    await login(t.app, 'leader');
    expect(version()).toBe(before);
  });

  it("show a chair's answer on the very next read", async () => {
    const before = await summary2025();
    const yanBefore = before?.areas.find((a) => a.code === 'YAN');
    const v = version();
    await completeArea(t.app, await login(t.app, 'chair-yan'), 2025, 'YAN');
    expect(version()).toBeGreaterThan(v);
    const after = await summary2025();
    const yanAfter = after?.areas.find((a) => a.code === 'YAN');
    expect(yanAfter?.answered).toBe(yanAfter?.total);
    expect(yanAfter?.answered).toBeGreaterThan(yanBefore?.answered ?? 0);
  });

  it("see another process's write to the same database file", async () => {
    await summary2025();
    const other = openDb(t.path);
    try {
      other.sqlite
        .prepare("UPDATE targets SET points = 9.99 WHERE year = 2025 AND area_code = 'MP'")
        .run();
    } finally {
      other.close();
    }
    expect((await summary2025())?.areas.find((a) => a.code === 'MP')?.target).toBe(9.99);
    const overview = (
      await t.app.inject({
        url: '/api/v1/dashboard/overview?year=2025',
        headers: { cookie: await login(t.app, 'leader') },
      })
    ).json();
    expect(overview.areas.find((a: { code: string }) => a.code === 'MP').targetPercent).toBeCloseTo(
      99.9,
      1,
    );
  });

  it('re-score a year after a write to any of its five tables, and keep the other years', async () => {
    const years = async () =>
      DashboardSummary.parse(
        (await t.app.inject({ url: '/api/v1/dashboard/summary?from=2018&to=2025' })).json(),
      ).years;
    const other = openDb(t.path);
    const write = (sql: string) => other.sqlite.prepare(sql).run();
    try {
      const steps: [string, (y: SummaryYear) => unknown][] = [
        [
          "UPDATE indicator_answers SET self_value = '10', evaluator_value = '10' WHERE year = 2024 AND indicator_code = 'A.2'",
          (y) => y.index,
        ],
        [
          "UPDATE targets SET points = 1.23 WHERE year = 2024 AND area_code = 'SDM'",
          (y) => y.areas,
        ],
        [
          "UPDATE area_results SET status = 'draft' WHERE year = 2024 AND area_code = 'AKT'",
          (y) => y.areas,
        ],
        [
          "INSERT INTO not_applicable_items (year, indicator_code, reason, set_at) VALUES (2024, 'B.H.2', 'uji', '2026-11-24T03:00:00.000Z')",
          (y) => y.general,
        ],
        ["UPDATE periods SET state = 'review' WHERE year = 2024", (y) => y.periodState],
      ];
      for (const [sql, part] of steps) {
        const before = await years();
        write(sql);
        const after = await years();
        const changed = after.filter((y, i) => JSON.stringify(y) !== JSON.stringify(before[i]));
        expect(
          changed.map((y) => y.year),
          sql,
        ).toEqual([2024]);
        const year2024 = (list: SummaryYear[]) => list.find((y) => y.year === 2024) as SummaryYear;
        expect(part(year2024(after)), sql).not.toEqual(part(year2024(before)));
      }
    } finally {
      other.close();
    }
  });
});
