import { syncOpenYears } from '@rapor/server/plan-sync';
import type { ActionPlansOverview, PlanGrading } from '@rapor/shared/action-plan-schemas';
import { gradeScore, type PlanGrades } from '@rapor/shared/plan-grading';
import type { DashboardSummary } from '@rapor/shared/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeArea, leavesOf, resultOf } from '../helpers/demo-ids';
import { demoTemplate, login, makeTestApp, type TestApp } from '../helpers/test-app';

// A.1 and A.2 under the 2023 method come from the action plans: A.1 from the seven graded
// sub-criteria (the MP chair's self-grading, then the evaluator's), A.2 from every group's
// quarterly reports; the evaluator may put a value in place of either, with a reason.

const URL = '/api/v1/periods/2025/plan-grading';

const grades = (letters: string[], note: string | null = null): PlanGrades =>
  Object.fromEntries(
    ['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7'].map((code, i) => [
      code,
      { grade: letters[i] ?? null, note },
    ]),
  ) as PlanGrades;

describe('grading the action plan into A.1 and A.2', () => {
  let t: TestApp;
  let chair: string;
  let evaluator: string;
  let admin: string;
  beforeAll(async () => {
    t = await makeTestApp({ from: await demoTemplate() });
    [chair, evaluator, admin] = await Promise.all([
      login(t.app, 'chair-mp'),
      login(t.app, 'evaluator'),
      login(t.app, 'admin'),
    ]);
  });
  afterAll(() => t.close());

  const read = async (url = URL): Promise<PlanGrading> => {
    const res = await t.app.inject({ url, headers: { cookie: chair } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const put = (cookie: string, body: object, url = URL) =>
    t.app.inject({ method: 'PUT', url, headers: { cookie }, payload: body });
  const items = async () => {
    const leaves = leavesOf(await resultOf(t.app, chair, 2025, 'MP'));
    const pick = (code: string) => {
      const leaf = leaves.find((l) => l.code === code) as unknown as {
        points: number;
        weight: number;
        fromPlan?: string;
        indicator: { selfValue: number | null; evaluatorValue: number | null };
      };
      return { ...leaf.indicator, points: leaf.points, weight: leaf.weight, from: leaf.fromPlan };
    };
    return { a1: pick('A.1'), a2: pick('A.2') };
  };
  const index2025 = async () => {
    const res = await t.app.inject({
      url: '/api/v1/dashboard/summary?from=2025&to=2025',
      headers: { cookie: admin },
    });
    return (res.json() as DashboardSummary).years[0]?.index ?? Number.NaN;
  };

  it('reads the demo grading: its values are the A.1 and A.2 answers, marked as from the plan', async () => {
    const g = await read();
    expect(g.items).toEqual({ grades: 'A.1', implementation: 'A.2', area: 'MP' });
    expect(g.status).toBe('draft');
    expect(g.selfScore).toBe(gradeScore(g.self));
    expect(g.evaluatorScore).toBeNull();
    const plans: ActionPlansOverview = (
      await t.app.inject({
        url: '/api/v1/periods/2025/action-plans',
        headers: { cookie: chair },
      })
    ).json();
    expect(g.implementation).toBe(plans.ministry.implementation);
    const { a1, a2 } = await items();
    expect(a1).toMatchObject({ selfValue: g.selfScore, from: 'grades' });
    expect(a2).toMatchObject({ selfValue: g.implementation, from: 'implementation' });
    expect(g.facts.map((f) => f.criterion)).toEqual(['K1', 'K6', 'K7']);
  });

  it('moves A.1 and the index by exactly the converted grades × weight when the chair grades', async () => {
    const before = await read();
    const { a1: itemBefore } = await items();
    const indexBefore = await index2025();
    const all = ['A', 'A', 'Tidak', 'B', 'C', 'D', 'E'];
    const res = await put(chair, {
      version: before.version,
      side: 'self',
      grades: grades(all, 'Dinilai dari dokumen rencana aksi.'),
    });
    expect(res.statusCode, res.body).toBe(200);
    const after: PlanGrading = res.json();
    // (1 + 1 + 0 + 0.75 + 0.5 + 0.25 + 0) / 7 × 100
    const score = (3.5 / 7) * 100;
    expect(after.selfScore).toBeCloseTo(score, 10);
    expect(after.version).toBe(before.version + 1);
    const { a1 } = await items();
    expect(a1.selfValue).toBeCloseTo(score, 10);
    const moved = ((score - (itemBefore.selfValue ?? 0)) / 100) * a1.weight;
    expect(a1.points - itemBefore.points).toBeCloseTo(moved, 2);
    // A.1 counts on its weight of 3 in RB General, which keeps its 100 (nothing excluded);
    // the summary's index is in cents, so the two readings each carry up to half a cent
    const indexMoved = (await index2025()) - indexBefore;
    expect(Math.abs(indexMoved - moved)).toBeLessThanOrEqual(0.01 + 1e-9);
  });

  it('refuses a grade a sub-criterion does not take, a stale version, and a typed A.1', async () => {
    const g = await read();
    const misfit = await put(chair, {
      version: g.version,
      side: 'self',
      grades: grades(['Ya', 'A', 'A', 'A', 'A', 'A', 'A']),
    });
    expect(misfit.statusCode).toBe(400);
    const stale = await put(chair, {
      version: g.version - 1,
      side: 'self',
      grades: grades(['A', 'A', 'Ya', 'A', 'A', 'A', 'A']),
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STALE_VERSION');
    const result = await resultOf(t.app, chair, 2025, 'MP');
    for (const code of ['A.1', 'A.2']) {
      const typed = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/periods/2025/areas/MP/indicators/${code}`,
        headers: { cookie: chair },
        payload: { version: result.version, selfValue: 90 },
      });
      expect(typed.statusCode).toBe(409);
      expect(typed.json().error.code).toBe('FROM_PLAN');
    }
    expect((await read()).version).toBe(g.version);
  });

  it('lets only the chair of MP self-grade and only the evaluator grade or override', async () => {
    const g = await read();
    const body = { version: g.version, side: 'self', grades: grades(['A']) };
    expect((await put(await login(t.app, 'chair-ppu'), body)).statusCode).toBe(403);
    expect((await put(await login(t.app, 'leader'), body)).statusCode).toBe(403);
    // the evaluator grades a submitted result, not a draft
    const early = await put(evaluator, { ...body, side: 'evaluator' });
    expect(early.statusCode).toBe(409);
    const override = {
      version: g.version,
      item: 'implementation',
      value: 50,
      reason: 'Bukti TW III belum sah.',
    };
    expect((await put(chair, override, `${URL}/override`)).statusCode).toBe(403);
    const anonymous = await t.app.inject({ method: 'PUT', url: URL, payload: body });
    expect(anonymous.statusCode).toBe(401);
    expect((await t.app.inject({ url: URL })).statusCode).toBe(401);
  });

  it('takes the evaluator’s grades and overrides once MP is submitted, audited', async () => {
    const version = await completeArea(t.app, chair, 2025, 'MP');
    const submit = await t.app.inject({
      method: 'POST',
      url: '/api/v1/periods/2025/areas/MP/submit',
      headers: { cookie: chair },
      payload: { version },
    });
    expect(submit.statusCode, submit.body).toBe(200);
    const g = await read();
    const lateChair = await put(chair, { version: g.version, side: 'self', grades: g.self });
    expect(lateChair.statusCode).toBe(409);

    const graded = await put(evaluator, {
      version: g.version,
      side: 'evaluator',
      grades: grades(['B', 'B', 'Ya', 'B', 'B', 'B', 'B'], 'Sesuai dokumen.'),
    });
    expect(graded.statusCode, graded.body).toBe(200);
    expect((graded.json() as PlanGrading).evaluatorScore).toBeCloseTo((5.5 / 7) * 100, 10);
    expect((await items()).a1.evaluatorValue).toBeCloseTo((5.5 / 7) * 100, 10);

    const noReason = await put(
      evaluator,
      { version: g.version + 1, item: 'implementation', value: 50, reason: 'x' },
      `${URL}/override`,
    );
    expect(noReason.statusCode).toBe(400);
    const overridden = await put(
      evaluator,
      {
        version: g.version + 1,
        item: 'implementation',
        value: 50,
        reason: 'Bukti TW III belum sah untuk dua aksi.',
      },
      `${URL}/override`,
    );
    expect(overridden.statusCode, overridden.body).toBe(200);
    expect((overridden.json() as PlanGrading).overrides.implementation).toMatchObject({
      value: 50,
      reason: 'Bukti TW III belum sah untuk dua aksi.',
    });
    const { a2 } = await items();
    expect(a2.evaluatorValue).toBe(50);

    const back = await put(
      evaluator,
      { version: g.version + 2, item: 'implementation', value: null },
      `${URL}/override`,
    );
    expect(back.statusCode, back.body).toBe(200);
    expect((await items()).a2.evaluatorValue).toBeNull();

    const audit = (
      await t.app.inject({ url: '/api/v1/audit?entity=plan_grading', headers: { cookie: admin } })
    ).json();
    expect(audit.entries.map((e: { action: string }) => e.action)).toContain('grade');
    expect(JSON.stringify(audit.entries)).toContain('Bukti TW III belum sah untuk dua aksi.');
  });

  it('recomputes A.2 when a group reports a quarter, and when a deadline passes', async () => {
    const plan = (
      await t.app.inject({
        url: '/api/v1/periods/2025/areas/PPU/action-plan',
        headers: { cookie: chair },
      })
    ).json();
    const ppu = await login(t.app, 'chair-ppu');
    const actions = plan.activities.flatMap((a: { actions: { id: string }[] }) => a.actions);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/periods/2025/areas/PPU/action-plan/quarters/4',
      headers: { cookie: ppu },
      payload: {
        version: plan.version,
        reports: actions.map((a: { id: string }) => ({ actionId: a.id, output: 100, budget: 1 })),
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const g = await read();
    const { a2 } = await items();
    expect(a2.selfValue).toBe(g.implementation);

    // before TW IV's deadline only TW I–III count: the hourly sync brings A.2 to that day
    syncOpenYears(t.db, '2025-12-01', new Date('2025-12-01T00:00:00Z'));
    const earlier = (await items()).a2.selfValue;
    expect(earlier).not.toBe(g.implementation);
    syncOpenYears(t.db, '2026-11-24', new Date('2026-11-24T00:00:00Z'));
    expect((await items()).a2.selfValue).toBe(g.implementation);
  });

  it('keeps a closed year as it was closed: its grading reads, and cannot be written', async () => {
    const g = await read('/api/v1/periods/2024/plan-grading');
    expect(g.periodState).toBe('closed');
    expect(g.evaluatorScore).not.toBeNull();
    const res = await put(
      evaluator,
      { version: g.version, side: 'evaluator', grades: g.evaluator },
      '/api/v1/periods/2024/plan-grading',
    );
    expect([409, 423]).toContain(res.statusCode);
  });

  it('says when the year’s method does not score a plan', async () => {
    const g = await read('/api/v1/periods/2021/plan-grading');
    expect(g.items).toEqual({ grades: null, implementation: null, area: null });
  });
});
