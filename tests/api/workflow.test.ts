import { AreaResult, DashboardSummary } from '@rapor/shared/schemas';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { completeArea, leavesOf, resultOf, yearVersion } from '../helpers/demo-ids';
import { demoTemplate, login, makeTestApp, type TestApp } from '../helpers/test-app';

const MP = '/api/v1/periods/2025/areas/MP';
const YAN = '/api/v1/periods/2025/areas/YAN';

async function send(
  app: FastifyInstance,
  cookie: string,
  method: 'POST' | 'PUT' | 'DELETE',
  url: string,
  payload?: object,
) {
  return app.inject({ method, url, headers: { cookie }, ...(payload && { payload }) });
}

describe('the evaluation workflow on 2025 MP', () => {
  let template: string;
  let t: TestApp;
  let chair: string;
  let evaluator: string;
  let admin: string;
  beforeAll(async () => {
    template = await demoTemplate();
  });
  beforeEach(async () => {
    t = await makeTestApp({ from: template });
    [chair, evaluator, admin] = await Promise.all([
      login(t.app, 'chair-mp'),
      login(t.app, 'evaluator'),
      login(t.app, 'admin'),
    ]);
  });
  afterEach(() => t.close());

  it('edits the narrative: version goes up by one and the whole result comes back', async () => {
    const before = await resultOf(t.app, chair, 2025, 'MP');
    const res = await send(t.app, chair, 'PUT', MP, {
      version: before.version,
      narrative: 'Narasi baru pokja MP',
    });
    expect(res.statusCode).toBe(200);
    const after = AreaResult.parse(res.json());
    expect(after.version).toBe(before.version + 1);
    expect(after.narrative).toBe('Narasi baru pokja MP');
  });

  it('refuses a stale version with 409, names the current one, and overwrites nothing', async () => {
    const before = await resultOf(t.app, chair, 2025, 'MP');
    await send(t.app, chair, 'PUT', MP, { version: before.version, narrative: 'Versi pertama' });
    const stale = await send(t.app, chair, 'PUT', MP, {
      version: before.version,
      narrative: 'Versi basi',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: 'STALE_VERSION',
      details: { currentVersion: before.version + 1 },
    });
    expect((await resultOf(t.app, chair, 2025, 'MP')).narrative).toBe('Versi pertama');
  });

  it("validates an answer against the indicator's type, naming the field", async () => {
    // MP's items under the 2023 method come from the action plans: YAN's theme strategy is typed
    const yan = await login(t.app, 'chair-yan');
    const { version } = await resultOf(t.app, yan, 2025, 'YAN');
    const bad = await send(t.app, yan, 'PUT', `${YAN}/indicators/T.KMS.S`, {
      version,
      selfValue: 'Z',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toBe(
      'Jawaban mandiri tidak valid: jawaban harus angka dalam rentang 0–100',
    );
    expect((await resultOf(t.app, yan, 2025, 'YAN')).version).toBe(version);
    // a body the schema refuses names its field as people know it, never the code's name
    const shape = await send(t.app, yan, 'PUT', `${YAN}/indicators/T.KMS.S`, {
      version,
      selfValue: { nested: true },
    });
    expect(shape.statusCode).toBe(400);
    expect(shape.json().error.message).toMatch(/^Jawaban mandiri tidak valid: /);
    expect(shape.json().error.message).not.toContain('selfValue');
    expect(shape.json().error.details.issues[0].field).toBe('/selfValue');
  });

  it('refuses an indicator of another area with 404', async () => {
    const { version } = await resultOf(t.app, chair, 2025, 'MP');
    const res = await send(t.app, chair, 'PUT', `${MP}/indicators/T.KMS.S`, {
      version,
      selfValue: 80,
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toContain('T.KMS.S');
  });

  it('updates the score when an answer changes, and keeps evidence and comment', async () => {
    const yan = await login(t.app, 'chair-yan');
    const before = await resultOf(t.app, yan, 2025, 'YAN');
    const res = await send(t.app, yan, 'PUT', `${YAN}/indicators/T.KMS.S`, {
      version: before.version,
      selfValue: 0,
      evidence: [{ label: 'SK Tim RB 2025', url: 'https://example.org/sk.pdf' }],
      selfComment: 'SK baru ditandatangani',
    });
    const leaf = leavesOf(res.json()).find((l) => l.code === 'T.KMS.S') as {
      indicator: Record<string, unknown>;
    };
    expect(leaf.indicator).toMatchObject({
      selfValue: 0,
      fraction: 0,
      selfComment: 'SK baru ditandatangani',
    });
    expect(leaf.indicator.evidence).toEqual([
      { label: 'SK Tim RB 2025', url: 'https://example.org/sk.pdf' },
    ]);
  });

  it('will not submit while indicators are unanswered, and says which', async () => {
    // the demo's 2025 YAN draft still has blank indicators
    const yan = await login(t.app, 'chair-yan');
    const { version } = await resultOf(t.app, yan, 2025, 'YAN');
    const res = await send(t.app, yan, 'POST', '/api/v1/periods/2025/areas/YAN/submit', {
      version,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('INCOMPLETE');
    expect(res.json().error.details.missing.length).toBeGreaterThan(0);
    expect(res.json().error.message).toContain(res.json().error.details.missing[0]);
  });

  it('runs submit → return → revise → resubmit → verify, and the dashboard then uses the evaluator values', async () => {
    let version = await completeArea(t.app, chair, 2025, 'MP');
    let res = await send(t.app, chair, 'POST', `${MP}/submit`, { version });
    expect(res.json().status).toBe('submitted');
    version = res.json().version;

    // submitted: read-only to the chair
    const locked = await send(t.app, chair, 'PUT', MP, { version, narrative: 'ubah' });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.code).toBe('INVALID_STATE');

    const noComment = await send(t.app, evaluator, 'POST', `${MP}/return`, { version });
    expect(noComment.statusCode).toBe(400);
    expect(noComment.json().error.message).toMatch(/^Komentar wajib diisi/);

    res = await send(t.app, evaluator, 'POST', `${MP}/return`, {
      version,
      comment: 'Lengkapi data dukung monev.',
    });
    expect(res.json()).toMatchObject({
      status: 'returned',
      reviewComment: 'Lengkapi data dukung monev.',
    });
    version = res.json().version;

    res = await send(t.app, chair, 'PUT', MP, {
      version,
      narrative: 'Data dukung monev dilengkapi.',
    });
    expect(res.statusCode).toBe(200);
    res = await send(t.app, chair, 'POST', `${MP}/submit`, { version: res.json().version });
    expect(res.json().status).toBe('submitted');
    version = res.json().version;

    // the evaluator grades MP's items the lowest possible: every sub-criterion E/Tidak (A.1)
    // and A.2 put at 0 with a reason, as its items come from the action plan
    const grading = '/api/v1/periods/2025/plan-grading';
    const g = (await t.app.inject({ url: grading, headers: { cookie: evaluator } })).json();
    const lowest = Object.fromEntries(
      Object.keys(g.evaluator).map((code) => [
        code,
        { grade: code === 'K3' ? 'Tidak' : 'E', note: 'Belum ada bukti' },
      ]),
    );
    const graded = await send(t.app, evaluator, 'PUT', grading, {
      version: g.version,
      side: 'evaluator',
      grades: lowest,
    });
    expect(graded.statusCode, graded.body).toBe(200);
    const zero = await send(t.app, evaluator, 'PUT', `${grading}/override`, {
      version: graded.json().version,
      item: 'implementation',
      value: 0,
      reason: 'Laporan triwulan tanpa bukti.',
    });
    expect(zero.statusCode, zero.body).toBe(200);
    version = (await resultOf(t.app, evaluator, 2025, 'MP')).version;
    const beforeVerify = DashboardSummary.parse(
      (await t.app.inject({ url: '/api/v1/dashboard/summary?from=2025&to=2025' })).json(),
    );
    expect(beforeVerify.years[0]?.areas[0]?.points).toBeGreaterThan(0);

    res = await send(t.app, evaluator, 'POST', `${MP}/verify`, { version });
    expect(res.json().status).toBe('verified');
    const summary = DashboardSummary.parse(
      (await t.app.inject({ url: '/api/v1/dashboard/summary?from=2025&to=2025' })).json(),
    );
    expect(summary.years[0]?.areas[0]).toMatchObject({
      code: 'MP',
      status: 'verified',
      points: 0,
      percent: 0,
    });
  });

  it.each([
    ['verify', 'a draft', 'evaluator'],
    ['return', 'a draft', 'evaluator'],
  ] as const)('refuses to %s %s with 409', async (action, _state, who) => {
    const cookie = who === 'evaluator' ? evaluator : chair;
    const { version } = await resultOf(t.app, cookie, 2025, 'MP');
    const res = await send(t.app, cookie, 'POST', `${MP}/${action}`, { version, comment: 'x y z' });
    expect(res.statusCode).toBe(409);
  });

  it('returns single indicators with reasons: only those unlock; the resubmission shows what changed', async () => {
    // TTL's own entry in 2025 is the strategy of the digitalisation theme; the rest of its
    // items are figures from other agencies.
    const TTL = '/api/v1/periods/2025/areas/TTL';
    const chairTtl = await login(t.app, 'chair-ttl');
    let r = AreaResult.parse(await resultOf(t.app, evaluator, 2025, 'TTL'));
    expect(r.status).toBe('submitted');
    const unknown = await send(t.app, evaluator, 'POST', `${TTL}/return`, {
      version: r.version,
      comment: 'Periksa',
      indicators: [{ code: 'A.1', reason: 'bukan area ini' }],
    });
    expect(unknown.statusCode).toBe(400);
    const res = await send(t.app, evaluator, 'POST', `${TTL}/return`, {
      version: r.version,
      comment: 'Strategi tema perlu bukti',
      indicators: [{ code: 'T.DIG.S', reason: 'Lampirkan rencana aksi digitalisasi' }],
    });
    expect(res.statusCode, res.body).toBe(200);
    r = AreaResult.parse(res.json());
    const leaves = leavesOf(r) as unknown as {
      code: string;
      indicator: { returnedReason: string | null };
    }[];
    expect(leaves.filter((l) => l.indicator.returnedReason).map((l) => l.code)).toEqual([
      'T.DIG.S',
    ]);
    expect(r.review?.changes).toEqual([]);

    // Only the returned indicator unlocks: not the narrative.
    expect(
      (await send(t.app, chairTtl, 'PUT', TTL, { version: r.version, narrative: 'x' })).json().error
        .code,
    ).toBe('LOCKED_BY_REVIEW');
    const fixed = await send(t.app, chairTtl, 'PUT', `${TTL}/indicators/T.DIG.S`, {
      version: r.version,
      evidence: [{ label: 'Rencana aksi', url: 'https://x.id/rencana.pdf' }],
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    const resubmitted = await send(t.app, chairTtl, 'POST', `${TTL}/submit`, {
      version: fixed.json().version,
    });
    expect(resubmitted.statusCode, resubmitted.body).toBe(200);
    r = AreaResult.parse(resubmitted.json());
    expect(r.status).toBe('submitted');
    expect(r.review?.comment).toBe('Strategi tema perlu bukti');
    expect(r.review?.changes.map((c) => [c.code, c.field])).toEqual([['T.DIG.S', 'evidence']]);
    const after = leavesOf(r) as unknown as { indicator: { returnedReason: string | null } }[];
    expect(after.every((l) => l.indicator.returnedReason === null)).toBe(true);
  });

  it('refuses to submit an already verified result (409)', async () => {
    const { version } = await resultOf(t.app, chair, 2025, 'AKT');
    const akt = await login(t.app, 'chair-akt');
    const res = await send(t.app, akt, 'POST', '/api/v1/periods/2025/areas/AKT/submit', {
      version,
    });
    expect(res.statusCode).toBe(409);
  });

  it('lets nobody change a closed year: 423 for the chair, the evaluator and the admin', async () => {
    const { version } = await resultOf(t.app, chair, 2024, 'MP');
    const attempts = [
      send(t.app, chair, 'PUT', '/api/v1/periods/2024/areas/MP', { version, narrative: 'ubah' }),
      send(t.app, admin, 'PUT', '/api/v1/periods/2024/areas/MP', { version, target: 5 }),
      send(t.app, evaluator, 'PUT', '/api/v1/periods/2024/areas/MP/indicators/A.1', {
        version,
        evaluatorValue: 90,
      }),
      send(t.app, evaluator, 'POST', '/api/v1/periods/2024/areas/MP/verify', { version }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.statusCode, res.body).toBe(423);
      expect(res.json().error.code).toBe('LOCKED');
    }
  });

  it('moves the period open → review → closed; closing makes every result final and immutable', async () => {
    expect(
      (
        await send(t.app, admin, 'POST', '/api/v1/periods/2025/state', {
          to: 'closed',
          version: await yearVersion(t.app, 2025),
        })
      ).statusCode,
    ).toBe(409);
    const review = await send(t.app, admin, 'POST', '/api/v1/periods/2025/state', {
      to: 'review',
      version: await yearVersion(t.app, 2025),
    });
    expect(review.json().state).toBe('review');
    // in review chairs no longer edit, evaluators still verify
    const { version } = await resultOf(t.app, chair, 2025, 'ORG');
    expect(
      (await send(t.app, evaluator, 'POST', '/api/v1/periods/2025/areas/ORG/verify', { version }))
        .statusCode,
    ).toBe(200);
    const mp = await resultOf(t.app, chair, 2025, 'MP');
    expect(
      (await send(t.app, chair, 'PUT', MP, { version: mp.version, narrative: 'x' })).statusCode,
    ).toBe(409);

    // the areas not verified are closed as a stated decision (tests/api/closing.test.ts)
    const { pending } = (
      await t.app.inject({ url: '/api/v1/periods/2025/closing', headers: { cookie: admin } })
    ).json();
    expect(pending.map((p: { area: string }) => p.area)).not.toContain('ORG');
    const closed = await send(t.app, admin, 'POST', '/api/v1/periods/2025/state', {
      to: 'closed',
      version: await yearVersion(t.app, 2025),
      exceptions: pending.map((p: { area: string }) => ({
        area: p.area,
        reason: 'Tidak diajukan sampai batas waktu forum',
      })),
    });
    expect(closed.json().state).toBe('closed');
    expect(new Set(closed.json().areas.map((a: { status: string }) => a.status))).toEqual(
      new Set(['final']),
    );
    const after = await resultOf(t.app, chair, 2025, 'MP');
    expect(
      (await send(t.app, chair, 'PUT', MP, { version: after.version, narrative: 'x' })).statusCode,
    ).toBe(423);
    expect(
      (
        await send(t.app, admin, 'POST', '/api/v1/periods/2025/state', {
          to: 'open',
          version: await yearVersion(t.app, 2025),
        })
      ).statusCode,
    ).toBe(409);
  });

  it('opens a new year with a draft per area, once', async () => {
    const res = await send(t.app, admin, 'POST', '/api/v1/periods', {
      year: 2026,
      frameworkId: 'pmprb-2020',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ year: 2026, state: 'open', frameworkId: 'pmprb-2020' });
    expect(res.json().areas).toHaveLength(8);
    expect(
      (
        await send(t.app, admin, 'POST', '/api/v1/periods', {
          year: 2026,
          frameworkId: 'pmprb-2020',
        })
      ).statusCode,
    ).toBe(409);
    const unknown = await send(t.app, admin, 'POST', '/api/v1/periods', {
      year: 2027,
      frameworkId: 'pmprb-1999',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toMatch(/^Kerangka evaluasi tidak dikenal/);
    expect(unknown.json().error.details.field).toBe('frameworkId');
  });

  it('carries last year’s targets over as the same percent of each area’s maximum', async () => {
    const res = await send(t.app, admin, 'POST', '/api/v1/periods', {
      year: 2026,
      frameworkId: 'pmprb-2014',
      carryTargets: true,
    });
    expect(res.statusCode, res.body).toBe(201);
    const summary = (
      await t.app.inject({ url: '/api/v1/dashboard/summary?from=2025&to=2026' })
    ).json().years;
    const [y2025, y2026] = summary;
    for (const area of y2026.areas) {
      const before = y2025.areas.find((a: { code: string }) => a.code === area.code);
      expect(area.target, area.code).toBeCloseTo((before.target / before.max) * area.max, 2);
    }
    // SDM: 15 points in both methods; MP: 6 in 2020 → 5 in 2014
    expect(y2026.areas.find((a: { code: string }) => a.code === 'MP').max).toBe(5);
  });
});

describe('achievements, recommendations and follow-ups', () => {
  let template: string;
  let t: TestApp;
  let chair: string;
  beforeAll(async () => {
    template = await demoTemplate();
  });
  beforeEach(async () => {
    t = await makeTestApp({ from: template });
    chair = await login(t.app, 'chair-mp');
  });
  afterEach(() => t.close());

  it('adds, edits and deletes an achievement, each bumping the version', async () => {
    let r = await resultOf(t.app, chair, 2025, 'MP');
    const count = r.achievements.length;
    let res = await send(t.app, chair, 'POST', `${MP}/achievements`, {
      version: r.version,
      title: 'Dasbor monev triwulanan',
      kind: 'innovation',
      date: '2025-06-30',
      metric: { label: 'Unit terhubung', value: 34, unit: 'unit' },
    });
    expect(res.statusCode).toBe(201);
    r = res.json();
    const added = r.achievements.find(
      (a: { title: string }) => a.title === 'Dasbor monev triwulanan',
    );
    expect(added).toMatchObject({
      kind: 'innovation',
      metric: { label: 'Unit terhubung', value: 34, unit: 'unit' },
    });
    res = await send(t.app, chair, 'PUT', `${MP}/achievements/${added.id}`, {
      version: r.version,
      title: 'Dasbor monev bulanan',
      kind: 'innovation',
    });
    expect(res.json().achievements.map((a: { title: string }) => a.title)).toContain(
      'Dasbor monev bulanan',
    );
    res = await send(
      t.app,
      chair,
      'DELETE',
      `${MP}/achievements/${added.id}?version=${res.json().version}`,
    );
    expect(res.json().achievements).toHaveLength(count);
  });

  it('refuses an achievement of another area or year with 404', async () => {
    const yan = await resultOf(t.app, chair, 2025, 'YAN');
    const mp = await resultOf(t.app, chair, 2025, 'MP');
    const other =
      yan.achievements[0]?.id ?? (await resultOf(t.app, chair, 2024, 'MP')).achievements[0].id;
    const res = await send(t.app, chair, 'PUT', `${MP}/achievements/${other}`, {
      version: mp.version,
      title: 'bukan milik MP',
      kind: 'output',
    });
    expect(res.statusCode).toBe(404);
  });

  it('issues a recommendation and rejects one without an owner unit (400 naming the field)', async () => {
    const r = await resultOf(t.app, chair, 2025, 'MP');
    const bad = await send(t.app, chair, 'POST', `${MP}/recommendations`, {
      version: r.version,
      text: 'Perkuat monev',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/^Unit penanggung jawab tidak valid/);
    expect(bad.json().error.details.issues[0].field).toBe('/ownerUnit');
    const res = await send(t.app, chair, 'POST', `${MP}/recommendations`, {
      version: r.version,
      text: 'Perkuat monev berbasis data',
      ownerUnit: 'Biro Perencanaan',
      dueDate: '2026-06-30',
      priority: 'high',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().recommendations.issued[0]).toMatchObject({
      text: 'Perkuat monev berbasis data',
      status: 'open',
      priority: 'high',
    });
  });

  it("records a follow-up on an earlier year's recommendation, with its version", async () => {
    const ppuChair = await login(t.app, 'chair-ppu');
    const ppu = await resultOf(t.app, ppuChair, 2025, 'PPU');
    const rec = ppu.recommendations.carriedOver[0];
    expect(rec.year).toBeLessThan(2025);
    const url = `/api/v1/recommendations/${rec.id}/follow-ups`;
    const res = await send(t.app, ppuChair, 'POST', url, {
      version: rec.version,
      status: 'proposed_done',
      note: 'Harmonisasi selesai; SK terbit.',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      id: rec.id,
      status: 'proposed_done',
      version: rec.version + 1,
    });
    expect(res.json().followUps.at(-1)).toMatchObject({
      year: 2025,
      status: 'proposed_done',
      note: 'Harmonisasi selesai; SK terbit.',
    });
    const stale = await send(t.app, ppuChair, 'POST', url, {
      version: rec.version,
      status: 'in_progress',
      note: 'basi',
    });
    expect(stale.statusCode).toBe(409);
  });

  it('separates duties: the chair proposes a recommendation done, only the evaluator closes or reopens it', async () => {
    const ppuChair = await login(t.app, 'chair-ppu');
    const evaluator = await login(t.app, 'evaluator');
    const rec = (await resultOf(t.app, ppuChair, 2025, 'PPU')).recommendations.carriedOver[0];
    const url = `/api/v1/recommendations/${rec.id}/follow-ups`;
    let version = rec.version;
    for (const status of ['done', 'dropped']) {
      const self = await send(t.app, ppuChair, 'POST', url, { version, status, note: 'sudah' });
      expect(self.statusCode).toBe(403);
      expect(self.json().error.message).toContain('evaluator yang mengonfirmasi');
    }
    const proposed = await send(t.app, ppuChair, 'POST', url, {
      version,
      status: 'proposed_done',
      note: 'SK terbit; mohon dikonfirmasi.',
    });
    version = proposed.json().version;
    // Still counted as open until confirmed.
    const overview = (
      await t.app.inject({
        url: '/api/v1/dashboard/overview?year=2025',
        headers: { cookie: evaluator },
      })
    ).json();
    expect(
      overview.recommendations.byArea.find((a: { area: string }) => a.area === 'PPU').inProgress,
    ).toBeGreaterThan(0);
    expect(
      (
        await send(t.app, evaluator, 'POST', url, {
          version,
          status: 'proposed_done',
          note: 'x y z',
        })
      ).statusCode,
    ).toBe(400);
    // The evaluator sends it back with a reason…
    const reopened = await send(t.app, evaluator, 'POST', url, {
      version,
      status: 'in_progress',
      note: 'SK belum memuat lampiran; lengkapi dulu.',
    });
    expect(reopened.statusCode).toBe(201);
    expect(reopened.json().status).toBe('in_progress');
    version = reopened.json().version;
    // …the chair proposes again, the evaluator confirms: closed.
    version = (
      await send(t.app, ppuChair, 'POST', url, {
        version,
        status: 'proposed_done',
        note: 'Lampiran dilengkapi.',
      })
    ).json().version;
    const confirmed = await send(t.app, evaluator, 'POST', url, {
      version,
      status: 'done',
      note: 'Dikonfirmasi: bukti lengkap.',
    });
    expect(confirmed.statusCode).toBe(201);
    expect(confirmed.json().status).toBe('done');
    const again = await send(t.app, ppuChair, 'POST', url, {
      version: confirmed.json().version,
      status: 'in_progress',
      note: 'buka lagi',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('RECOMMENDATION_CLOSED');
  });
});
