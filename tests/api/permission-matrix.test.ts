import type { AreaCode } from '@rapor/shared/areas';
import { type Action, PERMISSIONS, type Role, type Rule, roleMay } from '@rapor/shared/permissions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PLAN, SAMPLE_THEME_PLAN, withoutPlans } from '../helpers/action-plans';
import { completeArea, resultOf, yearVersion } from '../helpers/demo-ids';
import { smallFramework } from '../helpers/frameworks';
import { demoTemplate, login, makeTestApp, type TestApp } from '../helpers/test-app';

// The expected status of every mutating route for every caller is derived from the
// permission table in shared/permissions.ts: 401 without a session, 403 when the role (or,
// for a chair, the area) is not allowed, the route's success status otherwise. Each case
// runs on a state where the action is legal, so the role is the only thing that differs.

const CALLERS: { username: string | null; role: Role | null; areas: AreaCode[] }[] = [
  { username: null, role: null, areas: [] },
  { username: 'admin', role: 'admin', areas: [] },
  { username: 'chair-mp', role: 'chair', areas: ['MP'] },
  { username: 'chair-ppu', role: 'chair', areas: ['PPU'] },
  { username: 'chair-yan', role: 'chair', areas: ['YAN'] },
  { username: 'evaluator', role: 'evaluator', areas: [] },
  { username: 'leader', role: 'leader', areas: [] },
  { username: 'pemantau', role: 'viewer', areas: [] },
];

interface Ids {
  mpVersion: number;
  ttlVersion: number;
  yanVersion: number;
  /** the 2025 action plan's grading (A.1, A.2) as the demo seeds it */
  gradingVersion: number;
  mpAchievement: number;
  mpRecommendation: number;
  ppuRecommendation: number;
  ppuRecommendationVersion: number;
  viewerId: number;
  mpDirection: number;
  /** versions of two 2025 figures: one to enter, one entered with its source to verify */
  sakipVersion: number;
  spiVersion: number;
  /** MP's 2025 action plan, saved with its first road-map row (actions a1, a2) */
  planVersion: number;
  /** the 2025 plan of the theme KMS (led by YAN), saved once */
  themePlanVersion: number;
  /** the year 2025's version, which a state change names */
  year2025Version: number;
  /** sessions made in the template; every copy of it carries them */
  cookies: Record<string, string>;
}

interface Case {
  name: string;
  action: Action;
  area?: AreaCode;
  success: number;
  request: (ids: Ids) => {
    method: 'POST' | 'PUT' | 'DELETE';
    url: string;
    payload?: object;
    headers?: Record<string, string>;
  };
}

/** An appeal's multipart body (fields, then the file), as the worksheet's form sends it. */
const APPEAL_BOUNDARY = '----rapor-matriks';
const APPEAL_FORM = Buffer.from(
  [
    `--${APPEAL_BOUNDARY}\r\nContent-Disposition: form-data; name="code"\r\n\r\nA.1\r\n`,
    `--${APPEAL_BOUNDARY}\r\nContent-Disposition: form-data; name="reason"\r\n\r\nNilai rencana aksi belum memperhitungkan laporan triwulan IV.\r\n`,
    `--${APPEAL_BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="bukti.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 bukti %%EOF\r\n`,
    `--${APPEAL_BOUNDARY}--\r\n`,
  ].join(''),
);

const MP = '/api/v1/periods/2025/areas/MP';
const THEME = '/api/v1/periods/2025/themes/KMS';
const PLAN = SAMPLE_PLAN.slice(0, 1);
const CASES: Case[] = [
  {
    name: 'PUT result narrative',
    action: 'result.edit',
    area: 'MP',
    success: 200,
    request: (i) => ({
      method: 'PUT',
      url: MP,
      payload: { version: i.mpVersion, narrative: 'Narasi uji' },
    }),
  },
  {
    name: 'PUT result target',
    action: 'result.setTarget',
    area: 'MP',
    success: 200,
    request: (i) => ({ method: 'PUT', url: MP, payload: { version: i.mpVersion, target: 5.1 } }),
  },
  {
    name: 'PUT indicator self value',
    action: 'result.edit',
    area: 'YAN',
    success: 200,
    request: (i) => ({
      method: 'PUT',
      url: '/api/v1/periods/2025/areas/YAN/indicators/T.KMS.S',
      payload: { version: i.yanVersion, selfValue: 65 },
    }),
  },
  {
    name: 'PUT plan self-grading',
    action: 'result.edit',
    area: 'MP',
    success: 200,
    request: (i) => ({
      method: 'PUT',
      url: '/api/v1/periods/2025/plan-grading',
      payload: {
        version: i.gradingVersion,
        side: 'self',
        grades: Object.fromEntries(
          ['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7'].map((k) => [
            k,
            { grade: k === 'K3' ? 'Ya' : 'B', note: null },
          ]),
        ),
      },
    }),
  },
  {
    name: 'PUT indicator evaluator value',
    action: 'result.evaluate',
    area: 'TTL',
    success: 200,
    request: (i) => ({
      method: 'PUT',
      url: '/api/v1/periods/2025/areas/TTL/indicators/T.DIG.S',
      payload: { version: i.ttlVersion, evaluatorValue: 55 },
    }),
  },
  {
    name: 'POST achievement',
    action: 'result.edit',
    area: 'MP',
    success: 201,
    request: (i) => ({
      method: 'POST',
      url: `${MP}/achievements`,
      payload: { version: i.mpVersion, title: 'Capaian uji', kind: 'output' },
    }),
  },
  {
    name: 'PUT achievement',
    action: 'result.edit',
    area: 'MP',
    success: 200,
    request: (i) => ({
      method: 'PUT',
      url: `${MP}/achievements/${i.mpAchievement}`,
      payload: { version: i.mpVersion, title: 'Capaian diubah', kind: 'output' },
    }),
  },
  {
    name: 'DELETE achievement',
    action: 'result.edit',
    area: 'MP',
    success: 200,
    request: (i) => ({
      method: 'DELETE',
      url: `${MP}/achievements/${i.mpAchievement}?version=${i.mpVersion}`,
    }),
  },
  {
    name: 'POST recommendation',
    action: 'result.edit',
    area: 'MP',
    success: 201,
    request: (i) => ({
      method: 'POST',
      url: `${MP}/recommendations`,
      payload: {
        version: i.mpVersion,
        text: 'Rekomendasi uji baru',
        ownerUnit: 'Biro Perencanaan',
      },
    }),
  },
  {
    name: 'PUT recommendation',
    action: 'result.edit',
    area: 'MP',
    success: 200,
    request: (i) => ({
      method: 'PUT',
      url: `${MP}/recommendations/${i.mpRecommendation}`,
      payload: { version: i.mpVersion, text: 'Rekomendasi diubah', ownerUnit: 'Biro Perencanaan' },
    }),
  },
  {
    name: 'DELETE recommendation',
    action: 'result.edit',
    area: 'MP',
    success: 200,
    request: (i) => ({
      method: 'DELETE',
      url: `${MP}/recommendations/${i.mpRecommendation}?version=${i.mpVersion}`,
    }),
  },
  {
    name: 'POST submit',
    action: 'result.submit',
    area: 'MP',
    success: 200,
    request: (i) => ({ method: 'POST', url: `${MP}/submit`, payload: { version: i.mpVersion } }),
  },
  {
    name: 'POST return',
    action: 'result.return',
    area: 'TTL',
    success: 200,
    request: (i) => ({
      method: 'POST',
      url: '/api/v1/periods/2025/areas/TTL/return',
      payload: { version: i.ttlVersion, comment: 'Lengkapi data dukung' },
    }),
  },
  {
    name: 'POST verify',
    action: 'result.verify',
    area: 'TTL',
    success: 200,
    request: (i) => ({
      method: 'POST',
      url: '/api/v1/periods/2025/areas/TTL/verify',
      payload: { version: i.ttlVersion },
    }),
  },
  {
    name: 'POST follow-up',
    action: 'followUp.create',
    area: 'PPU',
    success: 201,
    request: (i) => ({
      method: 'POST',
      url: `/api/v1/recommendations/${i.ppuRecommendation}/follow-ups`,
      payload: { version: i.ppuRecommendationVersion, status: 'in_progress', note: 'Progres uji' },
    }),
  },
  {
    name: 'POST follow-up that closes the recommendation',
    action: 'recommendation.close',
    area: 'PPU',
    success: 201,
    request: (i) => ({
      method: 'POST',
      url: `/api/v1/recommendations/${i.ppuRecommendation}/follow-ups`,
      payload: { version: i.ppuRecommendationVersion, status: 'done', note: 'Selesai diuji' },
    }),
  },
  {
    name: 'POST period',
    action: 'period.manage',
    success: 201,
    request: () => ({
      method: 'POST',
      url: '/api/v1/periods',
      payload: { year: 2026, frameworkId: 'pmprb-2020' },
    }),
  },
  {
    name: 'POST period state',
    action: 'period.manage',
    success: 200,
    request: (i) => ({
      method: 'POST',
      url: '/api/v1/periods/2025/state',
      payload: { to: 'review', version: i.year2025Version },
    }),
  },
  {
    name: 'PUT sourced figure value',
    action: 'figure.enter',
    success: 200,
    request: (i) => ({
      method: 'PUT',
      url: '/api/v1/periods/2025/hasil/B.H.5',
      payload: {
        version: i.sakipVersion,
        value: 78.2,
        source: { title: 'LHE SAKIP 2025', issuer: 'KemenPANRB', date: '2026-01-20' },
      },
    }),
  },
  {
    name: 'PUT sourced figure verified',
    action: 'figure.verify',
    success: 200,
    request: (i) => ({
      method: 'PUT',
      url: '/api/v1/periods/2025/hasil/C.S.2',
      payload: { version: i.spiVersion, verified: true },
    }),
  },
  {
    name: 'PUT item not applicable',
    action: 'item.exclude',
    success: 200,
    request: () => ({
      method: 'PUT',
      url: '/api/v1/periods/2025/not-applicable/B.H.10',
      payload: { reason: 'Tidak dinilai tahun ini' },
    }),
  },
  {
    name: 'POST framework',
    action: 'framework.import',
    success: 201,
    request: () => ({
      method: 'POST',
      url: '/api/v1/frameworks',
      payload: smallFramework('uji-matriks'),
    }),
  },
  {
    name: 'POST user',
    action: 'user.manage',
    success: 201,
    request: () => ({
      method: 'POST',
      url: '/api/v1/users',
      payload: {
        username: 'baru',
        displayName: 'Pengguna Baru',
        role: 'viewer',
        password: 'kata-sandi-segar-1',
      },
    }),
  },
  {
    name: 'PUT user password',
    action: 'user.manage',
    success: 204,
    request: (i) => ({
      method: 'PUT',
      url: `/api/v1/users/${i.viewerId}/password`,
      payload: { password: 'kata-sandi-segar-2' },
    }),
  },
  {
    name: 'PUT action plan',
    action: 'plan.edit',
    area: 'MP',
    success: 200,
    request: (i) => ({
      method: 'PUT',
      url: `${MP}/action-plan`,
      payload: { version: i.planVersion, activities: PLAN },
    }),
  },
  {
    name: 'POST action plan quarter report',
    action: 'plan.report',
    area: 'MP',
    success: 200,
    request: (i) => ({
      method: 'POST',
      url: `${MP}/action-plan/quarters/1`,
      payload: { version: i.planVersion, reports: [{ actionId: 'a1', output: 1, budget: 0 }] },
    }),
  },
  {
    name: 'PUT theme action plan (the leading group)',
    action: 'plan.edit',
    area: 'YAN',
    success: 200,
    request: (i) => ({
      method: 'PUT',
      url: `${THEME}/action-plan`,
      payload: { version: i.themePlanVersion, activities: SAMPLE_THEME_PLAN },
    }),
  },
  {
    name: 'POST theme action plan quarter report',
    action: 'plan.report',
    area: 'YAN',
    success: 200,
    request: (i) => ({
      method: 'POST',
      url: `${THEME}/action-plan/quarters/1`,
      payload: {
        version: i.themePlanVersion,
        reports: [{ actionId: 't1', output: 90, budget: 38_000_000 }],
      },
    }),
  },
  {
    name: 'PUT forum agenda',
    action: 'forum.arrange',
    success: 200,
    request: () => ({
      method: 'PUT',
      url: '/api/v1/periods/2024/agenda',
      payload: { version: 0, order: ['title', 'closing'], hidden: ['overview'] },
    }),
  },
  {
    name: 'PUT report letter',
    action: 'report.edit',
    success: 200,
    request: () => ({
      method: 'PUT',
      url: '/api/v1/periods/2024/report',
      payload: {
        version: 0,
        letter: {
          number: '700/1/IJ/2025',
          date: null,
          nature: 'Biasa',
          attachments: '',
          subject: '',
          addressee: 'Menteri',
          signatory: { name: '', title: '', nip: '' },
          copies: [],
          assignment: { number: '', date: null, period: '' },
          team: { controller: '', lead: '', members: [] },
        },
      },
    }),
  },
  {
    name: 'PUT national result',
    action: 'national.record',
    success: 200,
    request: () => ({
      method: 'PUT',
      url: '/api/v1/periods/2024/national-result',
      payload: {
        version: 0,
        index: 86.4,
        predicate: 'A-',
        letterNumber: '',
        letterDate: null,
        note: '',
        items: [],
        appeals: [],
      },
    }),
  },
  // Appeals happen while a year is in review; the template's 2025 is open and has none, so an
  // allowed caller passes the permission gate and is stopped by the year (409) or finds no
  // appeal (404). tests/api/appeals.test.ts covers the same routes succeeding.
  {
    name: 'PUT appeal window',
    action: 'appeal.window',
    success: 409,
    request: () => ({
      method: 'PUT',
      url: '/api/v1/periods/2025/appeal-window',
      payload: { open: true },
    }),
  },
  {
    name: 'POST appeal',
    action: 'appeal.file',
    area: 'MP',
    success: 409,
    request: () => ({
      method: 'POST',
      url: `${MP}/appeals`,
      payload: APPEAL_FORM,
      headers: { 'content-type': `multipart/form-data; boundary=${APPEAL_BOUNDARY}` },
    }),
  },
  {
    name: 'POST appeal answer',
    action: 'appeal.answer',
    success: 404,
    request: () => ({
      method: 'POST',
      url: '/api/v1/appeals/1/answer',
      payload: { version: 1, decision: 'rejected', response: 'Tidak cukup bukti.' },
    }),
  },
  {
    name: 'PUT appeal score change',
    action: 'appeal.rescore',
    success: 404,
    request: () => ({
      method: 'PUT',
      url: '/api/v1/appeals/1/score',
      payload: { version: 1, value: 80 },
    }),
  },
  {
    name: 'POST snapshot',
    action: 'snapshot.create',
    success: 201,
    request: () => ({ method: 'POST', url: '/api/v1/periods/2024/snapshots', payload: {} }),
  },
  {
    name: 'POST direction',
    action: 'direction.create',
    success: 201,
    request: () => ({
      method: 'POST',
      url: '/api/v1/periods/2024/directions',
      payload: {
        clientId: '7b0c1a52-4a1d-4c55-9f0e-3f3b2f6e8a10',
        area: 'SDM',
        text: 'Percepat redistribusi pegawai',
        owner: 'Biro SDM',
      },
    }),
  },
  {
    name: 'POST direction follow-up',
    action: 'direction.followUp',
    area: 'MP',
    success: 201,
    request: (i) => ({
      method: 'POST',
      url: `/api/v1/directions/${i.mpDirection}/follow-ups`,
      payload: { version: 1, status: 'in_progress', note: 'Sedang disusun' },
    }),
  },
  {
    name: 'POST direction follow-up that closes it',
    action: 'direction.close',
    area: 'MP',
    success: 201,
    request: (i) => ({
      method: 'POST',
      url: `/api/v1/directions/${i.mpDirection}/follow-ups`,
      payload: { version: 1, status: 'done', note: 'Sudah dilaksanakan' },
    }),
  },
  {
    name: 'PUT direction (a correction)',
    action: 'direction.correct',
    success: 200,
    request: (i) => ({
      method: 'PUT',
      url: `/api/v1/directions/${i.mpDirection}`,
      payload: {
        version: 1,
        text: 'Pastikan rencana aksi dipantau setiap triwulan',
        owner: 'Biro Perencanaan',
        reason: 'Salah ketik saat forum',
      },
    }),
  },
  {
    name: 'POST direction withdrawal',
    action: 'direction.correct',
    success: 204,
    request: (i) => ({
      method: 'POST',
      url: `/api/v1/directions/${i.mpDirection}/withdraw`,
      payload: { version: 1, reason: 'Tercatat karena salah paham' },
    }),
  },
];

function expectedStatus(c: Case, caller: (typeof CALLERS)[number]): number {
  if (!caller.role) return 401;
  if (!roleMay(caller.role, c.action)) return 403;
  const rule: Rule = PERMISSIONS[c.action];
  if (rule.ownAreaOnly && caller.role === 'chair' && !caller.areas.includes(c.area as AreaCode))
    return 403;
  return c.success;
}

describe('permission matrix: every mutating route × every role', () => {
  let template: string;
  let ids: Ids;
  beforeAll(async () => {
    let prepared: Ids | undefined;
    template = await demoTemplate(async (t) => {
      // MP draws its 2025 plan up in the template (the demo has one): gone first
      withoutPlans(t, 2025, ['MP']);
      const admin = await login(t.app, 'admin');
      const viewer = await t.app.inject({
        method: 'POST',
        url: '/api/v1/users',
        headers: { cookie: admin },
        payload: {
          username: 'pemantau',
          displayName: 'Pemantau',
          role: 'viewer',
          password: 'kata-sandi-uji-1',
        },
      });
      const chair = await login(t.app, 'chair-mp');
      let version = await completeArea(t.app, chair, 2025, 'MP');
      const rec = await t.app.inject({
        method: 'POST',
        url: `${MP}/recommendations`,
        headers: { cookie: chair },
        payload: { version, text: 'Rekomendasi untuk diuji', ownerUnit: 'Biro Perencanaan' },
      });
      const mp = rec.json();
      version = mp.version;
      const ppu = await resultOf(t.app, chair, 2025, 'PPU');
      const carried = ppu.recommendations.carriedOver[0];
      const ttl = await resultOf(t.app, chair, 2025, 'TTL');
      const direction = await t.app.inject({
        method: 'POST',
        url: '/api/v1/periods/2024/directions',
        headers: { cookie: admin },
        payload: {
          clientId: '0f8e7a52-1b2c-4d3e-8f90-a1b2c3d4e5f6',
          area: 'MP',
          text: 'Pastikan rencana aksi dipantau tiap triwulan',
          owner: 'Biro Perencanaan',
        },
      });
      const plan = await t.app.inject({
        method: 'PUT',
        url: `${MP}/action-plan`,
        headers: { cookie: chair },
        payload: { version: 0, activities: PLAN },
      });
      expect(plan.statusCode, plan.body).toBe(200);
      const themePlan = await t.app.inject({
        method: 'PUT',
        url: `${THEME}/action-plan`,
        headers: { cookie: await login(t.app, 'chair-yan') },
        payload: { version: 0, activities: SAMPLE_THEME_PLAN },
      });
      expect(themePlan.statusCode, themePlan.body).toBe(200);
      const cookies: Record<string, string> = {};
      for (const caller of CALLERS) {
        if (caller.username) {
          cookies[caller.username] = await login(
            t.app,
            caller.username,
            caller.username === 'pemantau' ? 'kata-sandi-uji-1' : undefined,
          );
        }
      }
      const figures = (
        await t.app.inject({ url: '/api/v1/periods/2025/hasil', headers: { cookie: chair } })
      ).json().figures as { code: string; version: number }[];
      const versionOf = (code: string) => figures.find((f) => f.code === code)?.version ?? -1;
      prepared = {
        sakipVersion: versionOf('B.H.5'),
        spiVersion: versionOf('C.S.2'),
        planVersion: plan.json().version,
        themePlanVersion: themePlan.json().version,
        year2025Version: await yearVersion(t.app, 2025),
        cookies,
        mpVersion: version,
        ttlVersion: ttl.version,
        yanVersion: (await resultOf(t.app, chair, 2025, 'YAN')).version,
        gradingVersion: (
          await t.app.inject({
            url: '/api/v1/periods/2025/plan-grading',
            headers: { cookie: chair },
          })
        ).json().version,
        mpAchievement: mp.achievements[0].id,
        mpRecommendation: mp.recommendations.issued[0].id,
        ppuRecommendation: carried.id,
        ppuRecommendationVersion: carried.version,
        viewerId: viewer.json().id,
        mpDirection: direction.json().id,
      };
    });
    if (!prepared) throw new Error('template not prepared');
    ids = prepared;
  }, 60_000);

  it('covers every mutating action of the table', () => {
    const mutating = Object.keys(PERMISSIONS).filter((a) => !a.endsWith('.read'));
    expect(new Set(CASES.map((c) => c.action))).toEqual(new Set(mutating));
  });

  describe.each(CASES)('$name ($action)', (c) => {
    const apps: TestApp[] = [];
    afterAll(async () => {
      for (const t of apps) await t.close();
    });
    const cookieFor = (username: string | null) => (username ? ids.cookies[username] : undefined);
    const auditCount = async (t: TestApp) =>
      (
        await t.app.inject({
          url: '/api/v1/audit?limit=500',
          headers: { cookie: ids.cookies.admin ?? '' },
        })
      ).json().entries.length;

    it('refused callers get 401/403 and change nothing', async () => {
      const t = await makeTestApp({ from: template });
      apps.push(t);
      const before = await auditCount(t);
      for (const caller of CALLERS.filter((x) => expectedStatus(c, x) >= 400)) {
        const cookie = cookieFor(caller.username);
        const req = c.request(ids);
        const res = await t.app.inject({
          ...req,
          headers: { ...req.headers, ...(cookie && { cookie }) },
        });
        expect(res.statusCode, `${caller.username ?? 'anonymous'}: ${res.body}`).toBe(
          expectedStatus(c, caller),
        );
      }
      expect(await auditCount(t)).toBe(before);
    });

    it.each(CALLERS.filter((x) => expectedStatus(c, x) < 400))(
      'allowed: $username',
      async (caller) => {
        const t = await makeTestApp({ from: template });
        apps.push(t);
        const cookie = cookieFor(caller.username);
        const req = c.request(ids);
        const res = await t.app.inject({
          ...req,
          headers: { ...req.headers, ...(cookie && { cookie }) },
        });
        expect(res.statusCode, res.body).toBe(c.success);
      },
    );
  });
});
