import { FiguresResponse } from '@rapor/shared/figure-schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTemplate, login, makeTestApp, type TestApp } from '../helpers/test-app';

// Sourced figures: Hasil and the outside assessments inside Pengungkit, entered by the
// secretariat with their source document and verified by the evaluator.

const SOURCE = { title: 'LHE SAKIP Kemensos 2025', issuer: 'KemenPANRB', date: '2026-01-20' };

describe('sourced figures (GET/PUT /periods/:year/hasil)', () => {
  let template: string;
  let t: TestApp;
  let admin: string;
  let evaluator: string;
  let chair: string;
  beforeAll(async () => {
    template = await demoTemplate();
    t = await makeTestApp({ from: template });
    admin = await login(t.app, 'admin');
    evaluator = await login(t.app, 'evaluator');
    chair = await login(t.app, 'chair-mp');
  }, 60_000);
  afterAll(async () => t?.close());

  const figures = async (year: number, cookie = admin) => {
    const res = await t.app.inject({ url: `/api/v1/periods/${year}/hasil`, headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    return FiguresResponse.parse(res.json());
  };
  const put = (year: number, code: string, cookie: string, payload: object) =>
    t.app.inject({
      method: 'PUT',
      url: `/api/v1/periods/${year}/hasil/${code}`,
      headers: { cookie },
      payload,
    });
  const index = async (year: number) =>
    (await t.app.inject({ url: `/api/v1/dashboard/summary?from=${year}&to=${year}` })).json()
      .years[0].index as number;

  it('needs a session; lists every Hasil leaf and the sourced Pengungkit figures with sources', async () => {
    expect((await t.app.inject({ url: '/api/v1/periods/2022/hasil' })).statusCode).toBe(401);
    const f = await figures(2022, chair);
    const codes = f.figures.map((x) => x.code);
    expect(codes).toEqual(
      expect.arrayContaining(['H20.1.a', 'H20.1.b', 'H20.3.a', 'HA.SDM.a', 'HA.PWS.b']),
    );
    const spi = f.figures.find((x) => x.code === 'H20.3.a');
    expect(spi).toMatchObject({
      value: 72.69,
      sourcedBy: 'KPK',
      provenance: 'published',
      state: 'verified',
      component: { code: 'HASIL' },
    });
    const calibrated = f.figures.find((x) => x.code === 'H20.4.a');
    expect(calibrated?.provenance).toBe('demo');
    expect(calibrated?.sourceTitle).toMatch(/kalibrasi/);
    expect(f.figures.find((x) => x.code === 'HA.PWS.b')?.area).toBe('PWS');
    expect(f.hasil?.max).toBe(40);
    expect(f.counts.total).toBe(f.figures.length);
  });

  it('the 2020 index has no SPI points; SPI is a figure from 2021', async () => {
    const f2020 = await figures(2020);
    expect(f2020.figures.some((x) => x.sourcedBy === 'KPK' || /\(SPI\)/.test(x.name.id))).toBe(
      false,
    );
    expect(f2020.figures.find((x) => x.code === 'H20.3.b')?.sourcedBy).toBe('Survei eksternal');
    expect((await figures(2021)).figures.some((x) => x.code === 'H20.3.a')).toBe(true);
  });

  it('a change moves the index by exactly weight × Δfraction, and clears the verification', async () => {
    const before = (await figures(2025)).figures.find((x) => x.code === 'H20.1.a');
    if (!before) throw new Error('no H20.1.a');
    const indexBefore = await index(2025);
    const res = await put(2025, 'H20.1.a', admin, {
      version: before.version,
      value: 90,
      source: SOURCE,
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json();
    expect(after).toMatchObject({ value: 90, state: 'entered', sourceTitle: SOURCE.title });
    expect(after.enteredBy).toBe('Sekretariat RB (Admin)');
    expect(after.version).toBe(before.version + 1);
    const expected = before.weight * (90 / 100 - (before.value as number) / 100);
    expect(await index(2025)).toBeCloseTo(indexBefore + expected, 2);
  });

  it('the evaluator verifies against the source; a stale version gets 409', async () => {
    const current = (await figures(2025)).figures.find((x) => x.code === 'H20.1.a');
    const res = await put(2025, 'H20.1.a', evaluator, {
      version: current?.version,
      verified: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ state: 'verified', verifiedBy: expect.any(String) });
    const stale = await put(2025, 'H20.1.a', admin, { version: current?.version, value: 91 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STALE_VERSION');
  });

  it('cannot verify a figure without value and source; un-verifying needs a reason', async () => {
    const open = (await figures(2025)).figures.find((x) => x.code === 'H20.4.a');
    const cleared = await put(2025, 'H20.4.a', admin, { version: open?.version, value: null });
    expect(cleared.statusCode, cleared.body).toBe(200);
    const refused = await put(2025, 'H20.4.a', evaluator, {
      version: cleared.json().version,
      verified: true,
    });
    expect(refused.statusCode).toBe(409);
    const spi = (await figures(2025)).figures.find((x) => x.code === 'H20.3.a');
    const noReason = await put(2025, 'H20.3.a', evaluator, {
      version: spi?.version,
      verified: false,
    });
    expect(noReason.statusCode).toBe(400);
  });

  it.each([
    ['H20.1.a', 101, '0–100'],
    ['H20.1.c', 130, '0–100'],
    ['HA.PWS.b', 3.5, '1–5, bilangan bulat'],
    ['HA.SDM.a', 50, '100–400'],
  ])('refuses %s = %s with 400 naming the field and the range', async (code, value, range) => {
    const f = (await figures(2025)).figures.find((x) => x.code === code);
    const res = await put(2025, code, admin, { version: f?.version, value });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('value');
    expect(res.json().error.message).toContain(range);
    expect(res.json().error.details).toMatchObject({ field: 'value', allowed: range });
  });

  it('refuses a BPK opinion outside the six, and takes "no statement prepared"', async () => {
    const f = (await figures(2025)).figures.find((x) => x.code === 'H20.1.b');
    expect(f?.options?.map((o) => o.code)).toContain('TIDAK-DISUSUN');
    expect(
      (await put(2025, 'H20.1.b', admin, { version: f?.version, value: 'BAIK' })).statusCode,
    ).toBe(400);
    const ok = await put(2025, 'H20.1.b', admin, { version: f?.version, value: 'TIDAK-DISUSUN' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().points).toBe(0);
  });

  it('roles: a chair, the leader and the evaluator cannot enter; the admin cannot verify', async () => {
    const f = (await figures(2025)).figures.find((x) => x.code === 'H20.2.a');
    for (const user of ['chair-mp', 'leader']) {
      const cookie = await login(t.app, user);
      expect(
        (await put(2025, 'H20.2.a', cookie, { version: f?.version, value: 80 })).statusCode,
      ).toBe(403);
    }
    expect(
      (await put(2025, 'H20.2.a', evaluator, { version: f?.version, value: 80 })).statusCode,
    ).toBe(403);
    expect(
      (await put(2025, 'H20.2.a', admin, { version: f?.version, verified: true })).statusCode,
    ).toBe(403);
    expect(
      (
        await t.app.inject({
          method: 'PUT',
          url: '/api/v1/periods/2025/hasil/H20.2.a',
          payload: { version: 1, value: 80 },
        })
      ).statusCode,
    ).toBe(401);
  });

  it('a closed year is locked (423); an unknown code is 404', async () => {
    const f = (await figures(2022)).figures.find((x) => x.code === 'H20.1.a');
    expect((await put(2022, 'H20.1.a', admin, { version: f?.version, value: 70 })).statusCode).toBe(
      423,
    );
    expect((await put(2025, 'PM.MP.a', admin, { version: 0, value: 'A' })).statusCode).toBe(404);
  });

  it('a Hasil figure that is an outcome figure is entered once and shows as the year’s outcome', async () => {
    const opened = await t.app.inject({
      method: 'POST',
      url: '/api/v1/periods',
      headers: { cookie: admin },
      payload: { year: 2026, frameworkId: 'pmprb-2021' },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    expect((await t.app.inject({ url: '/api/v1/outcomes?from=2026' })).json().outcomes).toEqual([]);
    for (const [code, value] of [
      ['H20.1.a', 81.25],
      ['H20.1.b', 'WDP'],
    ] as const) {
      const res = await put(2026, code, admin, { version: 0, value, source: SOURCE });
      expect(res.statusCode, res.body).toBe(200);
    }
    const outcomes = (await t.app.inject({ url: '/api/v1/outcomes?from=2026' })).json().outcomes;
    expect(outcomes).toEqual([
      {
        year: 2026,
        kind: 'bpk_opinion',
        value: null,
        text: 'WDP',
        unit: null,
        source: 'published',
        note: SOURCE.title,
      },
      {
        year: 2026,
        kind: 'sakip',
        value: 81.25,
        text: null,
        unit: 'nilai',
        source: 'published',
        note: SOURCE.title,
      },
    ]);
  });

  it('a chair cannot self-assess a sourced figure inside the area', async () => {
    const res = await t.app.inject({
      url: '/api/v1/periods/2025/areas/SDM',
      headers: { cookie: admin },
    });
    const sdmChair = await login(t.app, 'chair-sdm');
    const put2 = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/periods/2025/areas/SDM/indicators/HA.SDM.a',
      headers: { cookie: sdmChair },
      payload: { version: res.json().version, selfValue: 300 },
    });
    expect(put2.statusCode).toBe(409);
    expect(put2.json().error.code).toBe('SOURCED_FIGURE');
  });
});
