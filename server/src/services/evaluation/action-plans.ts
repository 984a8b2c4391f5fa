import { type Tx, writeTransaction } from '@rapor/db/open';
import * as t from '@rapor/db/schema';
import {
  deadlineProblems,
  type PlanTheme,
  planProgress,
  QUARTER_LABEL,
  type Quarter,
  quarterStart,
} from '@rapor/shared/action-plan';
import type {
  ActionPlan,
  ActionPlansOverview,
  ActionPlanUpdate,
  PlanActivity,
  PlanDeadlinesUpdate,
  QuarterReportBody,
} from '@rapor/shared/action-plan-schemas';
import type { AreaCode } from '@rapor/shared/areas';
import { planOwnerKey } from '@rapor/shared/plan-owners';
import { and, eq } from 'drizzle-orm';
import { ConflictError, ValidationError } from '../../errors';
import { appendAudit, auditScope } from '../admin/audit';
import { userNames } from './area-result-service';
import { syncPlanItems } from './plan-grading';
import { actionsOf, activitiesOf, areaPlans, deadlinesOf, themeOf, themePlans } from './plan-store';
import { authorize, raiseVersion, staleVersion, type WriteContext } from './write-guard';
import { findPeriod, type Reader } from './year-data';

/** A group's own plan, or (with `theme`) the plan of an RB Tematik theme the group leads. */
export type PlanTarget = { year: number; area: AreaCode; theme?: PlanTheme };
type Target = PlanTarget;

/** A plan's write moves what the plans score (A.1's facts, A.2): synced in its transaction. */
function recordDerived(ctx: WriteContext, tx: Tx, year: number) {
  for (const change of syncPlanItems(tx, year, ctx.today, ctx.now)) {
    appendAudit(tx, ctx.now, { ...change, userId: ctx.actor.id, scope: auditScope(year, 'MP') });
  }
}

const whereOf = ({ year, area, theme }: Target) =>
  and(
    eq(t.actionPlans.year, year),
    eq(t.actionPlans.areaCode, area),
    eq(t.actionPlans.theme, theme?.code ?? ''),
  );

/** Where the audit and messages name a plan: "2025/MP", or "2025/T.KMS" for a theme's. */
const planKey = (target: Target) => `${target.year}/${planOwnerKey(target)}`;

/** The plan of the theme `code` of the year's framework, led by the group the framework names. */
export function themeTarget(db: Reader, year: number, code: string): Target {
  const theme = themeOf(db, year, code);
  return { year, area: theme.area, theme };
}

function rowOf(db: Reader, target: Target) {
  return db.select().from(t.actionPlans).where(whereOf(target)).get();
}

/**
 * The secretariat sets the four report deadlines of a year that is not closed (each on or
 * after its quarter ends, in order), against the ones it read; audited.
 */
export function setPlanDeadlines(
  ctx: WriteContext,
  year: number,
  body: PlanDeadlinesUpdate,
): ActionPlansOverview {
  authorize(ctx.actor, 'period.manage', {});
  const problems = deadlineProblems(year, body.deadlines);
  if (problems.length > 0) {
    throw new ValidationError(`Tenggat tidak dapat dipakai: ${problems.join('; ')}.`, {
      field: 'deadlines',
      problems,
    });
  }
  writeTransaction(ctx.db, (tx) => {
    const period = findPeriod(tx, year);
    const current = deadlinesOf(period);
    if (current.some((d, i) => d !== body.read[i])) {
      throw new ConflictError(
        'STALE_VERSION',
        `Tenggat ${year} sudah diubah orang lain (kini ${current.join(', ')}). Muat ulang, lalu ulangi.`,
        { current },
      );
    }
    if (period.state === 'closed') {
      throw new ConflictError(
        'INVALID_STATE',
        `Periode ${year} sudah ditutup: tenggatnya tidak berubah lagi.`,
      );
    }
    tx.update(t.periods)
      .set({ planDeadlines: JSON.stringify(body.deadlines) })
      .where(eq(t.periods.year, year))
      .run();
    appendAudit(tx, ctx.now, {
      userId: ctx.actor.id,
      action: 'deadlines',
      entity: 'period',
      entityId: String(year),
      before: { planDeadlines: deadlinesOf(period) },
      after: { planDeadlines: body.deadlines },
    });
    recordDerived(ctx, tx, year);
  });
  return listActionPlans(ctx.db, year, ctx.today);
}

/** A stored plan in brief, as the year's list gives it. */
const brief = (p: {
  row: { version: number; updatedAt: string } | undefined;
  activities: readonly unknown[];
  actions: readonly unknown[];
  progress: ActionPlansOverview['ministry'];
}) => ({
  version: p.row?.version ?? 0,
  updatedAt: p.row?.updatedAt ?? null,
  activities: p.activities.length,
  actions: p.actions.length,
  progress: p.progress,
});

/** Every working group's plan in brief, in the areas' order, and all actions as one plan. */
export function listActionPlans(db: Reader, year: number, today: string): ActionPlansOverview {
  const { period, deadlines, areas } = areaPlans(db, year, today);
  return {
    year,
    periodState: period.state,
    deadlines,
    areas: areas.map((a) => ({ area: a.area, ...brief(a) })),
    ministry: planProgress(
      areas.flatMap((a) => a.actions),
      deadlines,
      year,
      today,
    ),
    themes: themePlans(db, year, today).map((p) => ({ theme: p.theme, ...brief(p) })),
  };
}

/** A working group's plan for the year with its progress on `today` (empty, version 0, if none). */
export function getActionPlan(db: Reader, target: Target, today: string): ActionPlan {
  const period = findPeriod(db, target.year);
  const row = rowOf(db, target);
  const activities = activitiesOf(row);
  const deadlines = deadlinesOf(period);
  const progress = planProgress(actionsOf(activities), deadlines, target.year, today);
  return {
    year: target.year,
    area: target.area,
    theme: target.theme ?? null,
    periodState: period.state,
    version: row?.version ?? 0,
    updatedAt: row?.updatedAt ?? null,
    updatedBy: row?.updatedBy ? (userNames(db).get(row.updatedBy) ?? null) : null,
    deadlines,
    activities,
    progress,
  };
}

/**
 * The one write of a plan: permission on the period state and the chair's own area, the
 * version, the new activities, the version raised and the audit entry, in one transaction.
 */
export function writePlan(
  ctx: WriteContext,
  target: Target,
  version: number,
  action: 'plan.edit' | 'plan.report',
  change: (activities: PlanActivity[], tx: Tx) => { activities: PlanActivity[]; audit: object },
): void {
  writeTransaction(ctx.db, (tx) => {
    const period = findPeriod(tx, target.year);
    authorize(ctx.actor, action, { area: target.area, periodState: period.state });
    const row = rowOf(tx, target);
    const current = row?.version ?? 0;
    if (version !== current) throw staleVersion(current);
    const next = change(activitiesOf(row), tx);
    const stamp = ctx.now.toISOString();
    const set = {
      activities: JSON.stringify(next.activities),
      updatedAt: stamp,
      updatedBy: ctx.actor.id,
    };
    let raised = 1;
    if (row) raised = raiseVersion(tx, t.actionPlans, whereOf(target), current, set);
    else
      tx.insert(t.actionPlans)
        .values({
          year: target.year,
          areaCode: target.area,
          theme: target.theme?.code ?? '',
          ...set,
        })
        .run();
    appendAudit(tx, ctx.now, {
      userId: ctx.actor.id,
      action: action === 'plan.edit' ? (row ? 'update' : 'create') : 'report',
      entity: 'action_plan',
      entityId: planKey(target),
      scope: auditScope(target.year, target.area),
      after: { ...next.audit, version: raised },
    });
    // a theme's plan is RB Tematik's: it does not move A.1 or A.2
    if (!target.theme) recordDerived(ctx, tx, target.year);
  });
}

/** The rows that do not fit the plan's kind: a group's name a main activity, a theme's a problem. */
function rowsMisfit(activities: ActionPlanUpdate['activities'], theme: boolean): string[] {
  return activities.flatMap((a, i) =>
    (theme ? a.problem && !a.mainActivity : a.mainActivity && !a.problem)
      ? []
      : [`activities.${i}.${theme ? 'problem' : 'mainActivity'}`],
  );
}

/**
 * The chair saves the whole plan. Reports already made stay with their action (by id); an
 * action removed takes its reports with it, and the audit entry says how many.
 */
export function saveActionPlan(
  ctx: WriteContext,
  target: Target,
  body: ActionPlanUpdate,
): ActionPlan {
  const misfits = rowsMisfit(body.activities, target.theme !== undefined);
  if (misfits.length > 0)
    throw new ValidationError(
      target.theme
        ? 'Setiap baris rencana aksi tema menyebut masalah yang ditangani, bukan kegiatan utama.'
        : 'Setiap baris rencana aksi menyebut kegiatan utama, bukan masalah tema.',
      { field: 'activities', problems: misfits },
    );
  writePlan(ctx, target, body.version, 'plan.edit', (before) => {
    const reports = new Map(actionsOf(before).map((a) => [a.id, a.realised]));
    const activities: PlanActivity[] = body.activities.map((activity) => ({
      ...activity,
      actions: activity.actions.map((a) => ({
        ...a,
        realised: reports.get(a.id) ?? [null, null, null, null],
      })),
    }));
    const kept = new Set(actionsOf(activities).map((a) => a.id));
    const dropped = actionsOf(before).filter(
      (a) => !kept.has(a.id) && a.realised.some((r) => r !== null),
    );
    return {
      activities,
      audit: {
        activities: activities.length,
        actions: kept.size,
        ...(dropped.length > 0 && { droppedReported: dropped.map((a) => a.text) }),
      },
    };
  });
  return getActionPlan(ctx.db, target, ctx.today);
}

/**
 * The chair reports a quarter's realisation for some actions (output, budget, evidence, a
 * note). A quarter is reported from its first day on; reporting it again replaces the report.
 */
export function reportQuarter(
  ctx: WriteContext,
  target: Target,
  quarter: Quarter,
  body: QuarterReportBody,
): ActionPlan {
  if (ctx.today < quarterStart(target.year, quarter)) {
    throw new ConflictError(
      'INVALID_STATE',
      `${QUARTER_LABEL[quarter]} ${target.year} belum dimulai; laporkan mulai ${quarterStart(target.year, quarter)}.`,
    );
  }
  writePlan(ctx, target, body.version, 'plan.report', (before) => {
    const byId = new Map(body.reports.map((r) => [r.actionId, r]));
    const known = new Set(actionsOf(before).map((a) => a.id));
    const unknown = body.reports.filter((r) => !known.has(r.actionId));
    if (unknown.length > 0) {
      throw new ValidationError(
        `Aksi ${unknown.map((r) => r.actionId).join(', ')} tidak ada dalam rencana aksi ini; muat ulang rencananya.`,
        { field: 'reports' },
      );
    }
    const stamp = ctx.now.toISOString();
    const activities = before.map((activity) => ({
      ...activity,
      actions: activity.actions.map((a) => {
        const report = byId.get(a.id);
        if (!report) return a;
        const realised = [...a.realised] as PlanActivity['actions'][number]['realised'];
        realised[quarter - 1] = {
          output: report.output,
          budget: report.budget,
          evidence: report.evidence,
          note: report.note,
          reportedAt: stamp,
          reportedBy: ctx.actor.displayName,
        };
        return { ...a, realised };
      }),
    }));
    return { activities, audit: { quarter, actions: body.reports.length } };
  });
  return getActionPlan(ctx.db, target, ctx.today);
}
