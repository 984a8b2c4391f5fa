import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { yearVersion } from '../helpers/demo-ids';
import { demoTemplate, login, makeTestApp, type TestApp } from '../helpers/test-app';

// An open year moves to a newer version of its method (pmprb-2023 → pmprb-2024, the 2024
// weights and targets baik), keeping its answers; a closed year never moves; another method
// is refused with the reasons.

const SOURCE = { title: 'Laporan hasil evaluasi 2026', issuer: 'Bappenas', date: '2027-01-20' };

describe('POST /api/v1/periods/:year/framework', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await makeTestApp({ from: await demoTemplate() });
    admin = await login(t.app, 'admin');
    const opened = await t.app.inject({
      method: 'POST',
      url: '/api/v1/periods',
      headers: { cookie: admin },
      payload: { year: 2026, frameworkId: 'pmprb-2023' },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    for (const [code, value] of [
      ['C.H.2', 95],
      ['C.S.2', 70],
    ] as const) {
      const res = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/periods/2026/hasil/${code}`,
        headers: { cookie: admin },
        payload: { version: 0, value, source: SOURCE },
      });
      expect(res.statusCode, res.body).toBe(200);
    }
  });
  afterAll(() => t.close());

  const rebind = async (year: number, frameworkId: string, cookie = admin, version?: number) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/periods/${year}/framework`,
      headers: { cookie },
      payload: { frameworkId, version: version ?? (await yearVersion(t.app, year)) },
    });
  const year2026 = async () =>
    (await t.app.inject({ url: '/api/v1/dashboard/summary?from=2026&to=2026' })).json().years[0];

  it('lets only the secretariat move a year: 401 without a session, 403 for others', async () => {
    expect((await rebind(2026, 'pmprb-2024', '')).statusCode).toBe(401);
    for (const user of ['chair-akt', 'evaluator', 'leader']) {
      const res = await rebind(2026, 'pmprb-2024', await login(t.app, user));
      expect(res.statusCode, user).toBe(403);
    }
    expect((await year2026()).framework).toBe('pmprb-2023');
  });

  it('refuses a stale version and leaves the year where it was', async () => {
    const res = await rebind(2026, 'pmprb-2024', admin, (await yearVersion(t.app, 2026)) - 1);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('STALE_VERSION');
    expect((await year2026()).framework).toBe('pmprb-2023');
  });

  it('refuses another method, naming why', async () => {
    const res = await rebind(2026, 'pmprb-2021');
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'FRAMEWORK_NOT_COMPATIBLE',
      message: expect.stringContaining('hanya di dalam satu metode'),
    });
  });

  it('moves 2026 to the 2024 weights with its answers, scored anew, and audits it', async () => {
    const before = await year2026();
    expect(before.targetBaik).toBeNull();
    const res = await rebind(2026, 'pmprb-2024');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().frameworkId).toBe('pmprb-2024');
    const after = await year2026();
    expect(after.framework).toBe('pmprb-2024');
    // Capaian prioritas nasional 95 of 100 now weighs 3 instead of 2: +0.95 before rescaling
    const c = (y: { components: { code: string; points: number }[] }) =>
      y.components.find((x) => x.code === 'C')?.points ?? 0;
    expect(c(after) - c(before)).toBeCloseTo(0.95, 2);
    // the figures entered are still there, now against their targets baik
    expect(after.targetBaik).toMatchObject({ total: 22, met: 1, unvalued: 20 });
    const audit = (
      await t.app.inject({ url: '/api/v1/audit?entity=period', headers: { cookie: admin } })
    ).json();
    expect(audit.entries[0]).toMatchObject({
      action: 'rebind',
      entityId: '2026',
      before: { frameworkId: 'pmprb-2023' },
      after: { frameworkId: 'pmprb-2024' },
    });
  });

  it('never moves a closed year', async () => {
    const res = await rebind(2023, 'pmprb-2024');
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('INVALID_STATE');
    const y = (await t.app.inject({ url: '/api/v1/dashboard/summary?from=2023&to=2023' })).json();
    expect(y.years[0].framework).toBe('pmprb-2023');
  });
});
