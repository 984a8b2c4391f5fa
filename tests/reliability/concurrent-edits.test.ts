import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resultOf } from '../helpers/demo-ids';
import { demoTemplate, login, makeTestApp, type TestApp } from '../helpers/test-app';

describe('two chairs edit the same result at once', () => {
  let template: string;
  let t: TestApp;
  beforeAll(async () => {
    // a second chair in MP's working group, made through the admin API
    template = await demoTemplate(async (app) => {
      const admin = await login(app.app, 'admin');
      const res = await app.app.inject({
        method: 'POST',
        url: '/api/v1/users',
        headers: { cookie: admin },
        payload: {
          username: 'wakil-mp',
          displayName: 'Wakil Ketua MP',
          role: 'chair',
          password: 'kata-sandi-wakil',
          area: 'MP',
        },
      });
      if (res.statusCode !== 201) throw new Error(res.body);
    });
  });
  beforeEach(async () => {
    t = await makeTestApp({ from: template });
  });
  afterEach(() => t.close());

  it('lets exactly one win; the other gets 409 with the current version and loses nothing silently', async () => {
    const [a, b] = await Promise.all([
      login(t.app, 'chair-mp'),
      login(t.app, 'wakil-mp', 'kata-sandi-wakil'),
    ]);
    const { version } = await resultOf(t.app, a, 2025, 'MP');
    const [ra, rb] = await Promise.all([
      t.app.inject({
        method: 'PUT',
        url: '/api/v1/periods/2025/areas/MP',
        headers: { cookie: a },
        payload: { version, narrative: 'Narasi ketua' },
      }),
      t.app.inject({
        method: 'PUT',
        url: '/api/v1/periods/2025/areas/MP',
        headers: { cookie: b },
        payload: { version, narrative: 'Narasi wakil' },
      }),
    ]);
    const statuses = [ra.statusCode, rb.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const winner = ra.statusCode === 200 ? ra : rb;
    const loser = ra.statusCode === 200 ? rb : ra;
    expect(loser.json().error).toMatchObject({
      code: 'STALE_VERSION',
      details: { currentVersion: version + 1 },
    });
    const now = await resultOf(t.app, a, 2025, 'MP');
    expect(now.version).toBe(version + 1);
    expect(now.narrative).toBe(winner.json().narrative);
  });

  it('serialises many concurrent answers: each one that succeeds has a distinct version', async () => {
    const a = await login(t.app, 'chair-yan');
    const { version } = await resultOf(t.app, a, 2025, 'YAN');
    const values = [60, 70, 60, 70, 60, 70];
    const results = await Promise.all(
      values.map((selfValue) =>
        t.app.inject({
          method: 'PUT',
          url: '/api/v1/periods/2025/areas/YAN/indicators/T.KMS.S',
          headers: { cookie: a },
          payload: { version, selfValue },
        }),
      ),
    );
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(1);
    expect(results.filter((r) => r.statusCode === 409)).toHaveLength(values.length - 1);
  });

  it('50 writers at once: one winner per version, every success audited once, no update lost', async () => {
    const chair = await login(t.app, 'chair-mp');
    const admin = await login(t.app, 'admin');
    const auditCount = async () =>
      (
        await t.app.inject({
          url: '/api/v1/audit?entity=area_result&entityId=2025/MP&limit=500',
          headers: { cookie: admin },
        })
      ).json().entries.length as number;
    const put = (version: number, narrative: string) =>
      t.app.inject({
        method: 'PUT',
        url: '/api/v1/periods/2025/areas/MP',
        headers: { cookie: chair },
        payload: { version, narrative },
      });
    const before = await resultOf(t.app, chair, 2025, 'MP');
    const auditBefore = await auditCount();

    // All on the same version: exactly one wins.
    const race = await Promise.all(
      Array.from({ length: 50 }, (_, i) => put(before.version, `penulis ${i}`)),
    );
    expect(race.filter((r) => r.statusCode === 200)).toHaveLength(1);
    expect(race.filter((r) => r.statusCode === 409)).toHaveLength(49);
    expect(await auditCount()).toBe(auditBefore + 1);

    // Each writer retries on 409 with the current version until it lands: all 50 land, the
    // version rises by exactly 50, and there is one audit entry per success.
    const start = (await resultOf(t.app, chair, 2025, 'MP')).version;
    const writer = async (i: number) => {
      for (let tries = 0; tries < 200; tries++) {
        const { version } = await resultOf(t.app, chair, 2025, 'MP');
        const res = await put(version, `tulisan ${i}`);
        if (res.statusCode === 200) return true;
        if (res.statusCode !== 409) throw new Error(res.body);
      }
      return false;
    };
    const landed = await Promise.all(Array.from({ length: 50 }, (_, i) => writer(i)));
    expect(landed.every(Boolean)).toBe(true);
    expect((await resultOf(t.app, chair, 2025, 'MP')).version).toBe(start + 50);
    expect(await auditCount()).toBe(auditBefore + 51);
  }, 60_000);
});
