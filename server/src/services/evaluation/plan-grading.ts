import { type Db, type Tx, writeTransaction } from '@rapor/db/open';
import * as t from '@rapor/db/schema';
import { planProgress } from '@rapor/shared/action-plan';
import type {
  PlanGradesUpdate,
  PlanGrading,
  PlanOverrideUpdate,
} from '@rapor/shared/action-plan-schemas';
import { AREA_CODES, type AreaCode } from '@rapor/shared/areas';
import { type Framework, type FrameworkNode, indicators } from '@rapor/shared/framework';
import type { Action } from '@rapor/shared/permissions';
import { emptyGrades, gradeScore, type PlanGrades, planFacts } from '@rapor/shared/plan-grading';
import { and, eq } from 'drizzle-orm';
import { ConflictError, NotFoundError } from '../../errors';
import { appendAudit, auditScope } from '../admin/audit';
import { actionsOf, activitiesOf, deadlinesOf, yearPlanRows } from './plan-store';
import { assertUnlocked, writeAnswer } from './result-writes';
import { authorizeOnResult, raiseVersion, staleVersion, type WriteContext } from './write-guard';
import { findPeriod, frameworkOf, type PeriodRow, type Reader } from './year-data';

// The items the action plans score (PermenPANRB 9/2023): A.1 from the seven graded
// sub-criteria, A.2 from the quarters' realisation. Their values are written into the answers
// like any item's, by syncPlanItems, whenever what they are computed from changes — so every
// page, file and slide reads them as it reads any other item.

interface Override {
  value: number;
  reason: string;
  by: string | null;
  at: string;
}

/** The stored grading of a year (plan_gradings.document). */
interface GradingDocument {
  self: PlanGrades;
  evaluator: PlanGrades;
  overrides: { grades: Override | null; implementation: Override | null };
}

const emptyDocument = (): GradingDocument => ({
  self: emptyGrades(),
  evaluator: emptyGrades(),
  overrides: { grades: null, implementation: null },
});

/** The framework's items computed from the plans, if its method scores the plan. */
export function planItemsOf(framework: Framework): {
  grades?: FrameworkNode;
  implementation?: FrameworkNode;
} {
  const leaves = indicators(framework.components);
  return {
    grades: leaves.find((n) => n.fromPlan === 'grades'),
    implementation: leaves.find((n) => n.fromPlan === 'implementation'),
  };
}

function gradingRow(db: Reader, year: number) {
  return db.select().from(t.planGradings).where(eq(t.planGradings.year, year)).get();
}

const documentOf = (row: { document: string } | undefined): GradingDocument =>
  row ? (JSON.parse(row.document) as GradingDocument) : emptyDocument();

/** Every working group's plan of the year as one ministry plan. */
function ministryActivities(db: Reader, year: number) {
  const rows = yearPlanRows(db, year);
  return AREA_CODES.flatMap((area) => activitiesOf(rows.get(area)));
}

/** A.2: the implementation of all groups' actions together on `today` (null while none is due). */
function ministryImplementation(db: Reader, period: PeriodRow, today: string): number | null {
  const actions = actionsOf(ministryActivities(db, period.year));
  return planProgress(actions, deadlinesOf(period), period.year, today).implementation;
}

/** What each side's values of the plan's items are now, from the grading and the reports. */
function derivedValues(db: Reader, period: PeriodRow, today: string) {
  const doc = documentOf(gradingRow(db, period.year));
  return {
    doc,
    grades: {
      selfValue: gradeScore(doc.self),
      evaluatorValue: doc.overrides.grades?.value ?? gradeScore(doc.evaluator),
    },
    implementation: {
      selfValue: ministryImplementation(db, period, today),
      evaluatorValue: doc.overrides.implementation?.value ?? null,
    },
  };
}

/**
 * Writes the plan's items' values into the year's answers where they differ from what the
 * grading and the reports give on `today`, inside the caller's transaction; returns the audit
 * changes. A closed year keeps what it was closed with.
 */
export function syncPlanItems(tx: Tx, year: number, today: string, now: Date) {
  const period = findPeriod(tx, year);
  if (period.state === 'closed') return [];
  const items = planItemsOf(frameworkOf(tx, period.frameworkId));
  const values = derivedValues(tx, period, today);
  const changes: ReturnType<typeof writeAnswer>[] = [];
  for (const kind of ['grades', 'implementation'] as const) {
    const node = items[kind];
    if (!node?.area) continue;
    const row = tx
      .select()
      .from(t.indicatorAnswers)
      .where(
        and(eq(t.indicatorAnswers.year, year), eq(t.indicatorAnswers.indicatorCode, node.code)),
      )
      .get();
    const wanted = values[kind];
    const differing = Object.fromEntries(
      (['selfValue', 'evaluatorValue'] as const)
        .filter((field) => (row?.[field] ?? null) !== wanted[field])
        .map((field) => [field, wanted[field]]),
    );
    if (Object.keys(differing).length === 0) continue;
    changes.push(writeAnswer(tx, { year, area: node.area }, node.code, differing, now));
  }
  return changes;
}

/**
 * Brings the plan's items of every year not closed up to `today` (a quarter's deadline passing
 * changes A.2 without any write): run at start and then hourly by every server process; a
 * process that finds the values already right writes nothing.
 */
export function syncOpenYears(db: Db, today: string, now: Date) {
  const years = db
    .select({ year: t.periods.year })
    .from(t.periods)
    .all()
    .map((p) => p.year);
  for (const year of years) {
    writeTransaction(db, (tx) => {
      for (const change of syncPlanItems(tx, year, today, now)) {
        appendAudit(tx, now, {
          ...change,
          action: 'derive',
          userId: null,
          scope: auditScope(year, 'MP'),
        });
      }
    });
  }
}

/** The year's grading of the ministry's action plan, with the values it gives on `today`. */
export function getPlanGrading(db: Reader, year: number, today: string): PlanGrading {
  const period = findPeriod(db, year);
  const items = planItemsOf(frameworkOf(db, period.frameworkId));
  const row = gradingRow(db, year);
  const area = items.grades?.area ?? items.implementation?.area ?? null;
  const result = area
    ? db
        .select({ status: t.areaResults.status })
        .from(t.areaResults)
        .where(and(eq(t.areaResults.year, year), eq(t.areaResults.areaCode, area)))
        .get()
    : undefined;
  const values = derivedValues(db, period, today);
  return {
    year,
    periodState: period.state,
    status: result?.status ?? 'draft',
    items: {
      grades: items.grades?.code ?? null,
      implementation: items.implementation?.code ?? null,
      area,
    },
    version: row?.version ?? 0,
    updatedAt: row?.updatedAt ?? null,
    self: values.doc.self,
    evaluator: values.doc.evaluator,
    overrides: values.doc.overrides,
    selfScore: values.grades.selfValue,
    evaluatorScore: gradeScore(values.doc.evaluator),
    implementation: values.implementation.selfValue,
    facts: planFacts(ministryActivities(db, year)),
  };
}

/**
 * The one write of a grading: the item's area result decides who may write (the chair while
 * it is draft or returned, the evaluator while it is submitted), then the version, the new
 * document, the items' values synced and the audit entries, in one transaction.
 */
function writeGrading(
  ctx: WriteContext,
  year: number,
  version: number,
  side: 'self' | 'evaluator',
  change: GradingChange,
): void {
  writeTransaction(ctx.db, (tx) =>
    changeGrading(
      tx,
      ctx,
      year,
      version,
      side === 'self' ? 'result.edit' : 'result.evaluate',
      change,
    ),
  );
}

type GradingChange = (doc: GradingDocument) => { doc: GradingDocument; audit: object };

/**
 * A change of the year's grading inside the caller's transaction, allowed by `action` on the
 * plan's area (the chair's or evaluator's grading; an accepted appeal's score change in review);
 * `version` null: the current one (the caller checked its own aggregate's version).
 */
export function changeGrading(
  tx: Tx,
  ctx: WriteContext,
  year: number,
  version: number | null,
  action: Action,
  change: GradingChange,
): void {
  {
    const period = findPeriod(tx, year);
    const items = planItemsOf(frameworkOf(tx, period.frameworkId));
    const node = items.grades ?? items.implementation;
    if (!node?.area) {
      throw new NotFoundError(
        `Metode tahun ${year} tidak menilai rencana aksi: tidak ada butir yang dihitung darinya.`,
      );
    }
    const target = { year, area: node.area as AreaCode };
    const state = { tx, ...authorizeOnResult(tx, ctx.actor, target, [action]) };
    if (action === 'result.edit') {
      assertUnlocked(state, { ...target, version: state.result.version }, node.code);
    }
    const row = gradingRow(tx, year);
    const current = row?.version ?? 0;
    if (version !== null && version !== current) throw staleVersion(current);
    const next = change(documentOf(row));
    const set = {
      document: JSON.stringify(next.doc),
      updatedAt: ctx.now.toISOString(),
      updatedBy: ctx.actor.id,
    };
    let raised = 1;
    if (row) raised = raiseVersion(tx, t.planGradings, eq(t.planGradings.year, year), current, set);
    else
      tx.insert(t.planGradings)
        .values({ year, ...set })
        .run();
    const scope = auditScope(year, node.area);
    appendAudit(tx, ctx.now, {
      userId: ctx.actor.id,
      action: 'grade',
      entity: 'plan_grading',
      entityId: String(year),
      scope,
      after: { ...next.audit, version: raised },
    });
    for (const derived of syncPlanItems(tx, year, ctx.today, ctx.now)) {
      appendAudit(tx, ctx.now, { ...derived, userId: ctx.actor.id, scope });
    }
  }
}

const letters = (grades: PlanGrades) =>
  Object.fromEntries(Object.entries(grades).map(([code, g]) => [code, g.grade]));

/** The chair's self-grading or the evaluator's grading of the seven sub-criteria. */
export function savePlanGrades(ctx: WriteContext, year: number, body: PlanGradesUpdate) {
  writeGrading(ctx, year, body.version, body.side, (doc) => ({
    doc: { ...doc, [body.side]: body.grades },
    audit: { side: body.side, grades: letters(body.grades), score: gradeScore(body.grades) },
  }));
  return getPlanGrading(ctx.db, year, ctx.today);
}

/** The evaluator puts a value with a reason in place of A.1's or A.2's computed one, or takes it back. */
export function overridePlanItem(ctx: WriteContext, year: number, body: PlanOverrideUpdate) {
  writeGrading(
    ctx,
    year,
    body.version,
    'evaluator',
    planOverride(ctx, body.item, body.value, body.reason),
  );
  return getPlanGrading(ctx.db, year, ctx.today);
}

/** The grading change that puts `value` (with its reason) in place of a plan item's computed one. */
export function planOverride(
  ctx: WriteContext,
  item: PlanOverrideUpdate['item'],
  value: number | null,
  reason: string,
): GradingChange {
  return (doc) => {
    const before = doc.overrides[item];
    if (value === null && !before) {
      throw new ConflictError('INVALID_STATE', 'Nilai ini tidak sedang diganti evaluator.');
    }
    const override =
      value === null
        ? null
        : { value, reason, by: ctx.actor.displayName, at: ctx.now.toISOString() };
    return {
      doc: { ...doc, overrides: { ...doc.overrides, [item]: override } },
      audit: {
        item,
        override: override && { value: override.value, reason: override.reason },
        ...(before && { before: { value: before.value, reason: before.reason } }),
      },
    };
  };
}
