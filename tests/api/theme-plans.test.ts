import type {
  ActionPlan,
  ActionPlansOverview,
  PlanGrading,
} from '@rapor/shared/action-plan-schemas';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PLAN, SAMPLE_THEME_PLAN } from '../helpers/action-plans';
import { demoTemplate, login, makeTestApp, type TestApp } from '../helpers/test-app';

// RB Tematik's plans: each theme of the year's framework has one, kept by the working group
// the framework names to lead it (poverty reduction, KMS: YAN). Its rows name the problem they
// tackle; it is reported by quarter like a group's own plan, and it does not move A.1 or A.2.

const URL_KMS = '/api/v1/periods/2025/themes/KMS/action-plan';

describe('the RB Tematik themes’ action plans', () => {
  let t: TestApp;
  let yan: string;
  let mp: string;
  let admin: string;
  beforeAll(async () => {
    t = await makeTestApp({ from: await demoTemplate() });
    [yan, mp, admin] = await Promise.all([
      login(t.app, 'chair-yan'),
      login(t.app, 'chair-mp'),
      login(t.app, 'admin'),
    ]);
  });
  afterAll(() => t.close());

  const get = (url: string, cookie = yan) => t.app.inject({ url, headers: { cookie } });
  const save = (body: object, cookie = yan, url = URL_KMS) =>
    t.app.inject({ method: 'PUT', url, headers: { cookie }, payload: body });
  const overview = async (): Promise<ActionPlansOverview> =>
    (await get('/api/v1/periods/2025/action-plans', admin)).json();
  const implementationA2 = async () =>
    ((await get('/api/v1/periods/2025/plan-grading', admin)).json() as PlanGrading).implementation;

  it('reads an empty plan for each theme with the group that leads it', async () => {
    const res = await get(URL_KMS, mp);
    expect(res.statusCode, res.body).toBe(200);
    const plan: ActionPlan = res.json();
    expect(plan).toMatchObject({
      year: 2025,
      area: 'YAN',
      theme: { code: 'KMS', area: 'YAN', name: { id: 'Pengentasan kemiskinan' } },
      version: 0,
      activities: [],
      progress: { standing: 'empty' },
    });
    const themes = (await overview()).themes;
    expect(themes.map((x) => [x.theme.code, x.theme.area, x.actions])).toEqual([
      ['KMS', 'YAN', 0],
      ['INV', 'PPU', 0],
      ['DIG', 'TTL', 0],
      ['PDN', 'PWS', 0],
      ['INF', 'AKT', 0],
    ]);
  });

  it('answers 404 for a theme the year’s framework does not have, 400 for a malformed code', async () => {
    expect((await get('/api/v1/periods/2025/themes/XYZ/action-plan')).statusCode).toBe(404);
    // 2021 was evaluated before RB Tematik: no themes at all
    const before = await get('/api/v1/periods/2021/themes/KMS/action-plan');
    expect(before.statusCode).toBe(404);
    expect(before.json().error.message).toContain('Tema KMS tidak ada');
    expect((await get('/api/v1/periods/2021/action-plans', admin)).json().themes).toEqual([]);
    const bad = await get('/api/v1/periods/2025/themes/kms/action-plan');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_ERROR');
  });

  it('is saved only by the leading group’s chair: another chair 403, no session 401', async () => {
    expect((await save({ version: 0, activities: SAMPLE_THEME_PLAN }, mp)).statusCode).toBe(403);
    expect(
      (await t.app.inject({ method: 'PUT', url: URL_KMS, payload: { version: 0, activities: [] } }))
        .statusCode,
    ).toBe(401);
  });

  it('takes rows that name a problem, never a main activity, and a group’s own plan the reverse', async () => {
    const asTheme = await save({ version: 0, activities: SAMPLE_PLAN });
    expect(asTheme.statusCode).toBe(400);
    expect(asTheme.json().error.details.problems).toEqual([
      'activities.0.problem',
      'activities.1.problem',
    ]);
    const asGroup = await save(
      { version: 0, activities: SAMPLE_THEME_PLAN },
      yan,
      '/api/v1/periods/2025/areas/YAN/action-plan',
    );
    expect(asGroup.statusCode).toBe(400);
    expect(asGroup.json().error.details.problems).toEqual(['activities.0.mainActivity']);
  });

  it('saves the plan whole, audited under the theme, without moving A.2 or the ministry’s figure', async () => {
    const a2Before = await implementationA2();
    const ministryBefore = (await overview()).ministry;
    const res = await save({ version: 0, activities: SAMPLE_THEME_PLAN });
    expect(res.statusCode, res.body).toBe(200);
    const plan: ActionPlan = res.json();
    expect(plan.version).toBe(1);
    expect(plan.activities[0]?.problem).toBe(SAMPLE_THEME_PLAN[0]?.problem);
    // the tests' today is 2026-11-24: every quarter of 2025 is due, none reported
    expect(plan.progress).toMatchObject({ standing: 'late', lateQuarters: [1, 2, 3, 4] });
    const audit = (await get('/api/v1/audit?entity=action_plan', admin)).json();
    expect(audit.entries[0]).toMatchObject({ action: 'create', entityId: '2025/T.KMS' });
    expect(await implementationA2()).toBe(a2Before);
    const after = await overview();
    expect(after.ministry).toEqual(ministryBefore);
    expect(after.themes[0]).toMatchObject({ actions: 2, version: 1 });
    // the secretariat's workbook of every plan carries it on the theme's sheet
    const file = await t.app.inject({
      url: '/api/v1/periods/2025/action-plans.xlsx',
      headers: { cookie: admin },
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('T.KMS');
    expect(sheet?.getRow(5).getCell(1).value).toBe(SAMPLE_THEME_PLAN[0]?.problem);
    expect(sheet?.getRow(5).getCell(7).value).toBe(SAMPLE_THEME_PLAN[0]?.actions[0]?.text);
    // the group's own plan is another document
    const own: ActionPlan = (await get('/api/v1/periods/2025/areas/YAN/action-plan')).json();
    expect(own.theme).toBeNull();
    expect(own.activities.some((a) => a.problem)).toBe(false);
  });

  it('is reported by quarter like any plan, against its version', async () => {
    const plan: ActionPlan = (await get(URL_KMS)).json();
    const report = (version: number) =>
      t.app.inject({
        method: 'POST',
        url: `${URL_KMS}/quarters/1`,
        headers: { cookie: yan },
        payload: { version, reports: [{ actionId: 't1', output: 90, budget: 38_000_000 }] },
      });
    const res = await report(plan.version);
    expect(res.statusCode, res.body).toBe(200);
    const reported: ActionPlan = res.json();
    expect(reported.activities[0]?.actions[0]?.realised[0]).toMatchObject({ output: 90 });
    expect(reported.progress.quarters[0]).toMatchObject({ state: 'reported', reported: 1, of: 1 });
    expect((await report(plan.version)).statusCode).toBe(409);
  });

  it('goes out as its own workbook and comes back: the same plan, then an edited report applied', async () => {
    const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const before: ActionPlan = (await get(URL_KMS)).json();
    const file = await get(`${URL_KMS}.xlsx`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toContain('rencana-aksi-tema-KMS-2025.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['T.KMS']);
    const upload = async (query: string, cookie = yan) =>
      t.app.inject({
        method: 'POST',
        url: `${URL_KMS}/import${query}`,
        headers: { cookie, 'content-type': XLSX },
        payload: Buffer.from(await book.xlsx.writeBuffer()),
      });
    const same = await upload('?dryRun=true');
    expect(same.statusCode, same.body).toBe(200);
    expect(same.json()).toMatchObject({ applied: false, changes: [], version: before.version });
    // TW II of the first action realised 140, typed offline
    const sheet = book.getWorksheet('T.KMS') as ExcelJS.Worksheet;
    sheet.getRow(5).getCell(23).value = 140;
    expect((await upload('?dryRun=true', mp)).statusCode).toBe(403);
    const preview = await upload('?dryRun=true');
    expect(preview.json().changes).toEqual([
      { row: 5, action: SAMPLE_THEME_PLAN[0]?.actions[0]?.text, what: 'reported', quarter: 2 },
    ]);
    const applied = await upload(`?version=${before.version}`);
    expect(applied.statusCode, applied.body).toBe(200);
    expect(applied.json()).toMatchObject({ applied: true, version: before.version + 1 });
    const after: ActionPlan = (await get(URL_KMS)).json();
    expect(after.activities[0]?.problem).toBe(SAMPLE_THEME_PLAN[0]?.problem);
    expect(after.activities[0]?.actions[0]?.realised[1]).toMatchObject({ output: 140 });
    // a problem cell left empty is named, nothing taken
    sheet.getRow(5).getCell(1).value = '';
    const refused = await upload(`?version=${after.version}`);
    expect(refused.statusCode).toBe(400);
    expect(JSON.stringify(refused.json().error.details)).toContain('masalah yang ditangani');
  });
});
