import type { ActionPlan } from '@rapor/shared/action-plan-schemas';
import { planColumns } from '@rapor/shared/plan-file';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PLAN, withoutPlans } from '../helpers/action-plans';
import { demoTemplate, login, makeTestApp, type TestApp } from '../helpers/test-app';

// A working group's action plan: the chair plans it (road-map rows, actions with quarterly
// targets and budget) and reports each quarter; everyone signed in reads its progress.

const URL_MP = '/api/v1/periods/2025/areas/MP/action-plan';
const PLAN = SAMPLE_PLAN;
const EVIDENCE = [{ label: 'Laporan TW I', url: 'https://contoh.go.id/tw1.pdf' }];

describe('action plans', () => {
  let t: TestApp;
  let chair: string;
  beforeAll(async () => {
    t = await makeTestApp({ from: await demoTemplate() });
    // the demo has every group's 2025 plan: here MP draws one up, and SDM has none yet
    withoutPlans(t, 2025, ['MP', 'SDM']);
    chair = await login(t.app, 'chair-mp');
  });
  afterAll(() => t.close());

  const read = async (cookie = chair): Promise<ActionPlan> => {
    const res = await t.app.inject({ url: URL_MP, headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const save = (body: object, cookie = chair, url = URL_MP) =>
    t.app.inject({ method: 'PUT', url, headers: { cookie }, payload: body });
  const report = (quarter: number, body: object, cookie = chair, url = URL_MP) =>
    t.app.inject({
      method: 'POST',
      url: `${url}/quarters/${quarter}`,
      headers: { cookie },
      payload: body,
    });

  it('reads an empty plan, version 0, with the default quarter deadlines', async () => {
    const plan = await read();
    expect(plan).toMatchObject({
      year: 2025,
      area: 'MP',
      version: 0,
      activities: [],
      deadlines: ['2025-04-10', '2025-07-10', '2025-10-10', '2026-01-10'],
      progress: { standing: 'empty', implementation: null },
    });
  });

  it('lets the chair save the plan whole, audited', async () => {
    const res = await save({ version: 0, activities: PLAN });
    expect(res.statusCode, res.body).toBe(200);
    const plan: ActionPlan = res.json();
    expect(plan.version).toBe(1);
    expect(plan.activities.map((a) => a.actions.map((x) => x.id))).toEqual([['a1', 'a2'], ['a3']]);
    expect(plan.activities[0]?.actions[0]?.realised).toEqual([null, null, null, null]);
    expect(plan.updatedBy).not.toBeNull();
    // the year is over (the tests' today is 2026-11-24): every quarter is due, none reported
    expect(plan.progress).toMatchObject({
      due: [1, 2, 3, 4],
      lateQuarters: [1, 2, 3, 4],
      standing: 'late',
      implementation: 0,
      budgetTotal: 220_000_000,
    });
    const admin = await login(t.app, 'admin');
    const audit = (
      await t.app.inject({
        url: '/api/v1/audit?entity=action_plan',
        headers: { cookie: admin },
      })
    ).json();
    expect(audit.entries[0]).toMatchObject({ action: 'create', entityId: '2025/MP' });
  });

  it('records a quarter report per action, then keeps it when the plan is saved again', async () => {
    const before = await read();
    const res = await report(1, {
      version: before.version,
      reports: [
        {
          actionId: 'a1',
          output: 8,
          budget: 45_000_000,
          evidence: EVIDENCE,
          note: 'dua unit menyusul',
        },
        { actionId: 'a3', output: 1, budget: 20_000_000 },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const plan: ActionPlan = res.json();
    const a1 = plan.activities[0]?.actions[0];
    expect(a1?.realised[0]).toMatchObject({
      output: 8,
      budget: 45_000_000,
      evidence: EVIDENCE,
      note: 'dua unit menyusul',
    });
    expect(a1?.realised[0]?.reportedBy).toBeTruthy();
    expect(plan.progress.actions.find((a) => a.id === 'a1')).toMatchObject({
      targetDue: 30,
      realisedDue: 8,
    });

    const resaved = await save({ version: plan.version, activities: PLAN });
    expect(resaved.statusCode, resaved.body).toBe(200);
    expect(resaved.json().activities[0].actions[0].realised[0]).toMatchObject({ output: 8 });
  });

  it("lists every group's plan in brief, and the ministry's actions as one plan", async () => {
    const leader = await login(t.app, 'leader');
    const res = await t.app.inject({
      url: '/api/v1/periods/2025/action-plans',
      headers: { cookie: leader },
    });
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json();
    expect(list.areas.map((a: { area: string }) => a.area)).toEqual([
      'MP',
      'PPU',
      'ORG',
      'TTL',
      'SDM',
      'AKT',
      'PWS',
      'YAN',
    ]);
    const mp = await read();
    const byArea = (code: string) => list.areas.find((a: { area: string }) => a.area === code);
    expect(byArea('MP')).toMatchObject({ activities: 2, actions: 3, version: mp.version });
    // the demo: SDM has not drawn its 2025 plan up, PWS reported up to TW II, ORG all four
    expect(byArea('SDM')).toMatchObject({ actions: 0, version: 0 });
    expect(byArea('SDM').progress.standing).toBe('empty');
    expect(byArea('PWS').progress).toMatchObject({ standing: 'late', lateQuarters: [3, 4] });
    expect(byArea('ORG').progress).toMatchObject({ standing: 'on-track', lateQuarters: [] });
    // the ministry's progress is every group's actions as one plan
    const all = list.areas.reduce((n: number, a: { actions: number }) => n + a.actions, 0);
    expect(list.ministry.actions).toHaveLength(all);
    expect(list.ministry.actions.map((a: { id: string }) => a.id)).toEqual(
      expect.arrayContaining(['a1', 'a2', 'a3']),
    );
    expect((await t.app.inject({ url: '/api/v1/periods/2025/action-plans' })).statusCode).toBe(401);
  });

  it('writes the plans as a workbook: a sheet per group, a row per action, realisation beside it', async () => {
    const leader = await login(t.app, 'leader');
    const res = await t.app.inject({
      url: '/api/v1/periods/2025/action-plans.xlsx',
      headers: { cookie: leader },
    });
    expect(res.statusCode, res.body).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'MP',
      'PPU',
      'ORG',
      'TTL',
      'SDM',
      'AKT',
      'PWS',
      'YAN',
      // then RB Tematik's themes, each kept by the group leading it
      'T.KMS',
      'T.INV',
      'T.DIG',
      'T.PDN',
      'T.INF',
    ]);
    expect(book.getWorksheet('T.KMS')?.getRow(1).getCell(1).value).toBe(
      'Rencana aksi tema Pengentasan kemiskinan (YAN) 2025',
    );
    const mp = book.getWorksheet('MP') as ExcelJS.Worksheet;
    const columns = planColumns('id');
    expect((mp.getRow(4).values as unknown[]).slice(1)).toEqual(columns);
    const first = (mp.getRow(5).values as unknown[]).slice(1);
    expect(first[0]).toBe('KU-04 Akuntabilitas kinerja terpadu (SAKIP)');
    expect(first[6]).toBe('Menyusun cascading kinerja sampai eselon IV');
    expect(first[columns.indexOf('Target output total')]).toBe(30);
    expect(first[columns.indexOf('Realisasi output TW I')]).toBe(8);
    expect(first[columns.indexOf('Realisasi output TW II')]).toBeUndefined();
    expect(mp.rowCount).toBe(4 + 3);
    const one = await t.app.inject({
      url: '/api/v1/periods/2025/areas/MP/action-plan.xlsx?lang=en',
      headers: { cookie: leader },
    });
    expect(one.statusCode).toBe(200);
    expect(one.headers['content-disposition']).toContain('rencana-aksi-MP-2025.xlsx');
    const en = new ExcelJS.Workbook();
    await en.xlsx.load(one.rawPayload as unknown as ArrayBuffer);
    expect(en.worksheets.map((w) => w.name)).toEqual(['MP']);
    expect(
      ((en.getWorksheet('MP') as ExcelJS.Worksheet).getRow(4).values as unknown[]).slice(1),
    ).toEqual(planColumns('en'));
    expect((await t.app.inject({ url: '/api/v1/periods/2025/action-plans.xlsx' })).statusCode).toBe(
      401,
    );
  });

  it('refuses a stale version, an unknown action and a plan that does not fit', async () => {
    const plan = await read();
    const stale = await save({ version: plan.version - 1, activities: PLAN });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STALE_VERSION');

    const unknown = await report(2, {
      version: plan.version,
      reports: [{ actionId: 'x9', output: 1, budget: 0 }],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toMatch(/x9 tidak ada/);

    const bad = [
      { ...PLAN[0], mainActivity: 'KU-99' },
      { ...PLAN[0], actions: [] },
      { ...PLAN[0], actions: [{ ...PLAN[0]?.actions[0], targets: [1, -1, 0, 0] }] },
    ];
    for (const activity of bad) {
      const res = await save({ version: plan.version, activities: [activity] });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_ERROR');
    }
    const twice = await save({ version: plan.version, activities: [PLAN[0], PLAN[0]] });
    expect(twice.statusCode).toBe(400);
    expect((await read()).version).toBe(plan.version);
  });

  it('drops the reports of an action removed from the plan, and says so in the audit', async () => {
    const plan = await read();
    const without = [
      { ...PLAN[0] },
      { ...PLAN[1], actions: [{ ...PLAN[1]?.actions[0], id: 'a4' }] },
    ];
    const res = await save({ version: plan.version, activities: without });
    expect(res.statusCode, res.body).toBe(200);
    const admin = await login(t.app, 'admin');
    const audit = (
      await t.app.inject({ url: '/api/v1/audit?entity=action_plan', headers: { cookie: admin } })
    ).json();
    expect(audit.entries[0].after).toMatchObject({
      droppedReported: ['Memetakan jabatan kritikal dan kandidat suksesor'],
    });
  });

  it('lets the secretariat set the report deadlines of a year not closed, against those it read', async () => {
    const admin = await login(t.app, 'admin');
    const put = (body: object, cookie = admin, year = 2025) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/v1/periods/${year}/plan-deadlines`,
        headers: { cookie },
        payload: body,
      });
    const shown = ['2025-04-10', '2025-07-10', '2025-10-10', '2026-01-10'];
    const deadlines = ['2025-04-15', '2025-07-15', '2025-10-15', '2026-01-15'];
    const bad = await put({
      read: shown,
      deadlines: ['2025-03-01', '2025-07-15', '2025-07-15', '2026-01-15'],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.problems).toHaveLength(3);
    expect((await put({ read: shown, deadlines }, chair)).statusCode).toBe(403);

    const res = await put({ read: shown, deadlines });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().deadlines).toEqual(deadlines);
    expect((await read()).deadlines).toEqual(deadlines);
    // a second form still showing the old dates overwrites nothing
    const stale = await put({ read: shown, deadlines: shown });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STALE_VERSION');
    const audit = (
      await t.app.inject({ url: '/api/v1/audit?entity=period', headers: { cookie: admin } })
    ).json();
    expect(audit.entries[0]).toMatchObject({
      action: 'deadlines',
      after: { planDeadlines: deadlines },
    });
    const closed = await put(
      {
        read: ['2023-04-10', '2023-07-10', '2023-10-10', '2024-01-10'],
        deadlines: ['2023-04-11', '2023-07-10', '2023-10-10', '2024-01-10'],
      },
      admin,
      2023,
    );
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe('INVALID_STATE');
  });

  it("lets only the area's chair write, never in a closed year nor before a quarter starts", async () => {
    const plan = await read();
    const body = { version: plan.version, activities: PLAN };
    const anonymous = await t.app.inject({ method: 'PUT', url: URL_MP, payload: body });
    expect(anonymous.statusCode).toBe(401);
    for (const user of ['chair-ppu', 'admin', 'evaluator', 'leader']) {
      const cookie = await login(t.app, user);
      expect((await save(body, cookie)).statusCode, user).toBe(403);
      const r = await report(
        1,
        { version: plan.version, reports: [{ actionId: 'a1', output: 1, budget: 0 }] },
        cookie,
      );
      expect(r.statusCode, user).toBe(403);
      // …but everyone signed in reads it
      expect((await read(cookie)).version).toBe(plan.version);
    }
    const closed = await save(
      { version: 0, activities: PLAN },
      chair,
      '/api/v1/periods/2023/areas/MP/action-plan',
    );
    expect(closed.statusCode).toBe(423);

    const admin = await login(t.app, 'admin');
    const opened = await t.app.inject({
      method: 'POST',
      url: '/api/v1/periods',
      headers: { cookie: admin },
      payload: { year: 2027, frameworkId: 'pmprb-2024' },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const next = '/api/v1/periods/2027/areas/MP/action-plan';
    expect((await save({ version: 0, activities: PLAN }, chair, next)).statusCode).toBe(200);
    const early = await report(
      1,
      { version: 1, reports: [{ actionId: 'a1', output: 1, budget: 0 }] },
      chair,
      next,
    );
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toMatch(/TW I 2027 belum dimulai/);
  });
});
