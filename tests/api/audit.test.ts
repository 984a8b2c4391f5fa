import { AuditResponse } from '@rapor/shared/write-schemas';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resultOf } from '../helpers/demo-ids';
import { demoTemplate, login, makeTestApp, type TestApp } from '../helpers/test-app';

describe('audit trail', () => {
  let template: string;
  let t: TestApp;
  let admin: string;
  let chair: string;
  beforeAll(async () => {
    template = await demoTemplate();
  });
  beforeEach(async () => {
    t = await makeTestApp({ from: template });
    [admin, chair] = await Promise.all([login(t.app, 'admin'), login(t.app, 'chair-mp')]);
  });
  afterEach(() => t.close());

  const audit = async (query = '') =>
    AuditResponse.parse(
      (await t.app.inject({ url: `/api/v1/audit${query}`, headers: { cookie: admin } })).json(),
    ).entries;

  it('records who changed what, with before and after', async () => {
    const yan = await login(t.app, 'chair-yan');
    const r = await resultOf(t.app, yan, 2025, 'YAN');
    await t.app.inject({
      method: 'PUT',
      url: '/api/v1/periods/2025/areas/YAN/indicators/T.KMS.S',
      headers: { cookie: yan },
      payload: { version: r.version, selfValue: 35 },
    });
    const [entry] = await audit('?entity=indicator_answer');
    expect(entry).toMatchObject({
      user: 'chair-yan',
      action: expect.stringMatching(/^(create|update)$/),
      entity: 'indicator_answer',
      entityId: '2025/T.KMS.S',
      scope: '2025/YAN',
      after: { selfValue: 35 },
    });
    expect(entry?.before).not.toEqual({ selfValue: 35 });
  });

  it('filters by user and time, newest first', async () => {
    const r = await resultOf(t.app, chair, 2025, 'MP');
    await t.app.inject({
      method: 'PUT',
      url: '/api/v1/periods/2025/areas/MP',
      headers: { cookie: chair },
      payload: { version: r.version, narrative: 'satu' },
    });
    await t.app.inject({
      method: 'PUT',
      url: '/api/v1/periods/2025/areas/MP',
      headers: { cookie: admin },
      payload: { version: r.version + 1, target: 5.5 },
    });
    expect((await audit('?user=chair-mp')).every((e) => e.user === 'chair-mp')).toBe(true);
    expect((await audit('?user=admin'))[0]).toMatchObject({ entity: 'target', after: 5.5 });
    expect(await audit('?to=2020-01-01T00:00:00Z')).toHaveLength(0);
    const mp = await audit('?area=MP');
    expect(mp.length).toBeGreaterThanOrEqual(2);
    expect(mp.every((e: { scope: string | null }) => e.scope?.endsWith('/MP'))).toBe(true);
    expect(await audit('?area=YAN')).toHaveLength(0);
    expect((await audit('?action=update&user=admin'))[0]).toMatchObject({
      entity: 'target',
      userName: 'Sekretariat RB (Admin)',
      role: 'admin',
    });
    expect((await audit('?from=2026-01-01T00:00:00Z')).length).toBeGreaterThanOrEqual(2);
    const all = await audit();
    expect(all[0]?.id).toBeGreaterThan(all[1]?.id ?? 0);
  });

  it('goes on past a page: before=<last id> gives the next older entries, none twice', async () => {
    const all = await audit('?limit=500');
    expect(all.length).toBeGreaterThanOrEqual(2);
    const first = await audit('?limit=1');
    const second = await audit(`?limit=1&before=${first.at(-1)?.id}`);
    expect([...first, ...second].map((e) => e.id)).toEqual(all.slice(0, 2).map((e) => e.id));
    const last = all.at(-1)?.id ?? 0;
    expect(await audit(`?before=${last}`)).toEqual([]);
  });

  it("is admin-only as a whole, while a result's own history is readable by signed-in users", async () => {
    expect(
      (await t.app.inject({ url: '/api/v1/audit', headers: { cookie: chair } })).statusCode,
    ).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/audit' })).statusCode).toBe(401);
    const r = await resultOf(t.app, chair, 2025, 'MP');
    await t.app.inject({
      method: 'PUT',
      url: '/api/v1/periods/2025/areas/MP',
      headers: { cookie: chair },
      payload: { version: r.version, narrative: 'riwayat' },
    });
    const history = AuditResponse.parse(
      (
        await t.app.inject({
          url: '/api/v1/periods/2025/areas/MP/history',
          headers: { cookie: chair },
        })
      ).json(),
    );
    expect(history.entries[0]).toMatchObject({
      scope: '2025/MP',
      after: { narrative: 'riwayat' },
      before: { narrative: r.narrative },
    });
    const other = AuditResponse.parse(
      (
        await t.app.inject({
          url: '/api/v1/periods/2025/areas/YAN/history',
          headers: { cookie: chair },
        })
      ).json(),
    );
    expect(other.entries).toHaveLength(0);
  });

  it('writes nothing, not even an audit row, when a write fails halfway', async () => {
    const yan = await login(t.app, 'chair-yan');
    const before = (await audit()).length;
    const r = await resultOf(t.app, yan, 2025, 'YAN');
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/periods/2025/areas/YAN/indicators/T.KMS.S',
      headers: { cookie: yan },
      payload: { version: r.version, selfValue: 'Q' },
    });
    expect(res.statusCode).toBe(400);
    expect(await audit()).toHaveLength(before);
    expect((await resultOf(t.app, yan, 2025, 'YAN')).version).toBe(r.version);
  });

  it('offers no route to change or delete audit entries', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH'] as const) {
      expect(
        (await t.app.inject({ method, url: '/api/v1/audit', headers: { cookie: admin } }))
          .statusCode,
      ).toBe(404);
    }
  });
});
