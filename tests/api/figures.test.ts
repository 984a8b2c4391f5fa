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
    // The SPI (C.S.2, 10 points): nothing multiplies by it, and nothing is left out in 2025.
    const before = (await figures(2025)).figures.find((x) => x.code === 'C.S.2');
    if (!before) throw new Error('no C.S.2');
    const indexBefore = await index(2025);
    const res = await put(2025, 'C.S.2', admin, {
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
    const current = (await figures(2025)).figures.find((x) => x.code === 'C.S.2');
    const res = await put(2025, 'C.S.2', evaluator, {
      version: current?.version,
      verified: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ state: 'verified', verifiedBy: expect.any(String) });
    const stale = await put(2025, 'C.S.2', admin, { version: current?.version, value: 91 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STALE_VERSION');
  });

  it('cannot verify a figure without value and source; un-verifying needs a reason', async () => {
    const open = (await figures(2025)).figures.find((x) => x.code === 'C.S.1');
    const cleared = await put(2025, 'C.S.1', admin, { version: open?.version, value: null });
    expect(cleared.statusCode, cleared.body).toBe(200);
    const refused = await put(2025, 'C.S.1', evaluator, {
      version: cleared.json().version,
      verified: true,
    });
    expect(refused.statusCode).toBe(409);
    const spi = (await figures(2025)).figures.find((x) => x.code === 'C.S.2');
    const noReason = await put(2025, 'C.S.2', evaluator, {
      version: spi?.version,
      verified: false,
    });
    expect(noReason.statusCode).toBe(400);
  });

  it.each([
    ['B.H.5', 101, '0–100'],
    ['C.H.2', 130, '0–100'],
    ['B.H.4', 3.5, '0–3, boleh desimal'],
    ['B.S.1', 500, '0–410'],
    ['K.1', -12, '−10 sampai 2'],
  ])('refuses %s = %s with 400 naming the field and the range', async (code, value, range) => {
    const f = (await figures(2025)).figures.find((x) => x.code === code);
    const res = await put(2025, code, admin, { version: f?.version, value });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/^Nilai tidak valid/);
    expect(res.json().error.message).toContain(range);
    expect(res.json().error.details).toMatchObject({ field: 'value', allowed: range });
  });

  it('refuses a BPK opinion outside the six, and takes "no statement prepared"', async () => {
    const f = (await figures(2025)).figures.find((x) => x.code === 'C.H.4');
    expect(f?.options?.map((o) => o.code)).toContain('TIDAK-DISUSUN');
    expect(
      (await put(2025, 'C.H.4', admin, { version: f?.version, value: 'BAIK' })).statusCode,
    ).toBe(400);
    const ok = await put(2025, 'C.H.4', admin, { version: f?.version, value: 'TIDAK-DISUSUN' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().points).toBe(0);
  });

  it('roles: a chair, the leader and the evaluator cannot enter; the admin cannot verify', async () => {
    const f = (await figures(2025)).figures.find((x) => x.code === 'B.S.3');
    for (const user of ['chair-mp', 'leader']) {
      const cookie = await login(t.app, user);
      expect(
        (await put(2025, 'B.S.3', cookie, { version: f?.version, value: 80 })).statusCode,
      ).toBe(403);
    }
    expect(
      (await put(2025, 'B.S.3', evaluator, { version: f?.version, value: 80 })).statusCode,
    ).toBe(403);
    expect(
      (await put(2025, 'B.S.3', admin, { version: f?.version, verified: true })).statusCode,
    ).toBe(403);
    expect(
      (
        await t.app.inject({
          method: 'PUT',
          url: '/api/v1/periods/2025/hasil/B.S.3',
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
    expect((await put(2025, 'A.1', admin, { version: 0, value: 80 })).statusCode).toBe(404);
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
      url: '/api/v1/periods/2025/areas/SDM/indicators/B.S.1',
      headers: { cookie: sdmChair },
      payload: { version: res.json().version, selfValue: 300 },
    });
    expect(put2.statusCode).toBe(409);
    expect(put2.json().error.code).toBe('SOURCED_FIGURE');
  });

  it('the admin leaves an RB General item out with a reason: RB General is rescaled, audited, and undone', async () => {
    const notApplicable = (year: number, code: string, cookie: string, reason?: string) =>
      t.app.inject({
        method: reason === undefined ? 'DELETE' : 'PUT',
        url: `/api/v1/periods/${year}/not-applicable/${code}`,
        headers: { cookie },
        ...(reason !== undefined && { payload: { reason } }),
      });
    const summary = async () =>
      (await t.app.inject({ url: '/api/v1/dashboard/summary?from=2025&to=2025' })).json().years[0];
    const before = await summary();
    const general = (s: { components: { code: string; points: number }[] }) =>
      s.components
        .filter((c) => ['A', 'B', 'C'].includes(c.code))
        .reduce((sum, c) => sum + c.points, 0);
    const aset = (await figures(2025)).figures.find((x) => x.code === 'B.H.10');
    if (!aset) throw new Error('no B.H.10');
    const asetPoints = aset.weight * aset.fraction;

    const reason = 'Aset dikelola satuan kerja lain; tidak dinilai DJKN tahun ini';
    const res = await notApplicable(2025, 'B.H.10', admin, reason);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      allowed: true,
      items: [{ code: 'B.H.10', reason, setBy: 'Sekretariat RB (Admin)' }],
    });
    // By hand: RB General without the asset index (weight 2) over the 98 points that apply.
    const after = await summary();
    const expected = ((general(before) - asetPoints) * 100) / 98;
    expect(general(after)).toBeCloseTo(expected, 1);
    expect(Math.abs(general(after) - expected)).toBeLessThanOrEqual(0.015);
    expect(after.index - general(after)).toBeCloseTo(before.index - general(before), 2);
    const list = await figures(2025);
    expect(list.figures.find((x) => x.code === 'B.H.10')).toMatchObject({
      notApplicable: reason,
      points: 0,
    });
    expect(list.counts.total).toBe(list.figures.length - 1);
    // the other items weigh what they count with now, their nominal weight beside it
    const spip = list.figures.find((x) => x.code === 'B.H.3');
    expect(spip).toMatchObject({ weight: 4.08, nominalWeight: 4 });
    expect(spip?.points).toBeCloseTo(((4 * 100) / 98) * (spip?.fraction ?? 0), 2);

    const audit = await t.app.inject({
      url: '/api/v1/audit?entity=item',
      headers: { cookie: admin },
    });
    expect(audit.json().entries[0]).toMatchObject({
      action: 'exclude',
      entityId: '2025/B.H.10',
      after: { reason },
    });

    expect((await notApplicable(2025, 'B.H.10', admin)).statusCode).toBe(200);
    expect((await summary()).index).toBe(before.index);
    expect((await figures(2025)).figures.find((x) => x.code === 'B.H.3')).toMatchObject({
      weight: 4,
      nominalWeight: null,
    });
    expect((await notApplicable(2025, 'B.H.10', admin)).statusCode).toBe(404);
  });

  it('not applicable: reason required, only RB General items, only the admin, not on older methods', async () => {
    const mark = (year: number, code: string, cookie: string | null, reason: string) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/v1/periods/${year}/not-applicable/${code}`,
        ...(cookie && { headers: { cookie } }),
        payload: { reason },
      });
    const reason = 'Tidak berlaku bagi kementerian ini';
    expect((await mark(2025, 'B.H.2', admin, 'x')).statusCode).toBe(400);
    expect((await mark(2025, 'T.KMS.D', admin, reason)).statusCode).toBe(404);
    expect((await mark(2025, 'K.1', admin, reason)).statusCode).toBe(404);
    for (const user of ['chair-org', 'evaluator', 'leader']) {
      expect((await mark(2025, 'B.H.2', await login(t.app, user), reason)).statusCode).toBe(403);
    }
    expect((await mark(2025, 'B.H.2', null, reason)).statusCode).toBe(401);
    expect((await mark(2022, 'H20.1.a', admin, reason)).statusCode).toBe(423);
    const old = await mark(2026, 'H20.1.a', admin, reason);
    expect(old.statusCode).toBe(409);
    expect(old.json().error.code).toBe('NOT_RESCALED');
    expect(
      (
        await t.app.inject({
          url: '/api/v1/periods/2026/not-applicable',
          headers: { cookie: admin },
        })
      ).json(),
    ).toMatchObject({ allowed: false, items: [] });
  });
});
