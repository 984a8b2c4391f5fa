import type { Tx } from '@rapor/db/open';
import * as t from '@rapor/db/schema';
import type { AreaCode } from '@rapor/shared/areas';
import { areaRoots, indicators } from '@rapor/shared/framework';
import type { Action } from '@rapor/shared/permissions';
import type { AreaResult } from '@rapor/shared/schemas';
import { nextStatus, type WorkflowAction } from '@rapor/shared/workflow';
import type {
  AchievementInput,
  IndicatorUpdate,
  RecommendationInput,
  ResultUpdate,
  TransitionBody,
} from '@rapor/shared/write-schemas';
import { and, eq, isNotNull } from 'drizzle-orm';
import { ConflictError, NotFoundError, ValidationError } from '../../errors';
import { assertValidAnswer } from './answer-check';
import { answerState } from './answer-state';
import { getAreaResult } from './area-result-service';
import { type ResultWriteState, type WriteContext, writeAreaResult } from './write-guard';
import { type AnswerRow, frameworkOf } from './year-data';

type Target = { year: number; area: AreaCode; version: number };

/** The indicators the evaluator returned one by one (empty when the whole result was returned). */
function returnedCodes(tx: ResultWriteState['tx'], target: Target): Set<string> {
  return new Set(
    tx
      .select({ code: t.indicatorAnswers.indicatorCode })
      .from(t.indicatorAnswers)
      .where(
        and(
          eq(t.indicatorAnswers.year, target.year),
          eq(t.indicatorAnswers.areaCode, target.area),
          isNotNull(t.indicatorAnswers.returnedReason),
        ),
      )
      .all()
      .map((r) => r.code),
  );
}

/**
 * When the evaluator returned single indicators, only those unlock for the chair: any other
 * change (another indicator, the narrative, achievements, recommendations) is refused.
 */
export function assertUnlocked(state: ResultWriteState, target: Target, code: string | null): void {
  if (state.result.status !== 'returned') return;
  const open = returnedCodes(state.tx, target);
  if (open.size === 0 || (code !== null && open.has(code))) return;
  throw new ConflictError(
    'LOCKED_BY_REVIEW',
    `Evaluator hanya mengembalikan indikator ${[...open].join(', ')}; isian lain terkunci sampai reviu berikutnya.`,
    { returned: [...open] },
  );
}

/**
 * A write to the area's result, answered with the result as that write left it: read in the
 * same transaction, so no other write can come between (the version returned is the one
 * written).
 */
function writeAndRead(
  ctx: WriteContext,
  target: Target,
  actions: readonly Action[],
  apply: Parameters<typeof writeAreaResult>[3],
  patchOf?: Parameters<typeof writeAreaResult>[4],
): AreaResult {
  let result: AreaResult | undefined;
  writeAreaResult(ctx, target, actions, apply, patchOf, (tx) => {
    result = getAreaResult(tx, target.year, target.area, ctx.today);
  });
  if (!result) throw new Error('the write did not read its result back');
  return result;
}

/** Narrative (the chair's) and target (the secretariat's). */
export function updateResult(ctx: WriteContext, target: Target, body: ResultUpdate): AreaResult {
  const actions: Action[] = [];
  if (body.narrative !== undefined) actions.push('result.edit');
  if (body.target !== undefined) actions.push('result.setTarget');
  return writeAndRead(
    ctx,
    target,
    actions,
    (state) => {
      const { tx } = state;
      if (body.narrative !== undefined) assertUnlocked(state, target, null);
      if (body.target === undefined) return [];
      const where = and(eq(t.targets.year, target.year), eq(t.targets.areaCode, target.area));
      const before = tx.select().from(t.targets).where(where).get() ?? null;
      tx.delete(t.targets).where(where).run();
      if (body.target !== null) {
        tx.insert(t.targets)
          .values({ year: target.year, areaCode: target.area, points: body.target })
          .run();
      }
      return [
        {
          action: 'update',
          entity: 'target',
          entityId: `${target.year}/${target.area}`,
          before: before?.points ?? null,
          after: body.target,
        },
      ];
    },
    body.narrative !== undefined ? { narrative: body.narrative } : {},
  );
}

const CHAIR_FIELDS = ['selfValue', 'evidence', 'selfComment'] as const;
const EVALUATOR_FIELDS = ['evaluatorValue', 'evaluatorComment'] as const;

/** One indicator's answer: the chair's value, evidence and comment, or the evaluator's. */
export function updateIndicator(
  ctx: WriteContext,
  target: Target,
  code: string,
  body: IndicatorUpdate,
): AreaResult {
  const actions: Action[] = [];
  if (CHAIR_FIELDS.some((f) => body[f] !== undefined)) actions.push('result.edit');
  if (EVALUATOR_FIELDS.some((f) => body[f] !== undefined)) actions.push('result.evaluate');

  return writeAndRead(ctx, target, actions, (state: ResultWriteState) => {
    const { tx, period } = state;
    if (actions.includes('result.edit')) assertUnlocked(state, target, code);
    const framework = frameworkOf(tx, period.frameworkId);
    const indicator = indicators(areaRoots(framework, target.area)).find((n) => n.code === code);
    if (!indicator?.answer)
      throw new NotFoundError(`Indikator ${code} bukan bagian area ${target.area}.`);
    if (indicator.sourcedBy) {
      throw new ConflictError(
        'SOURCED_FIGURE',
        `${code} adalah angka dari ${indicator.sourcedBy}: sekretariat mengisinya bersama dokumen sumbernya (PUT /api/v1/periods/${target.year}/hasil/${code}), evaluator memverifikasinya.`,
      );
    }
    const typed = (['selfValue', 'evaluatorValue'] as const).filter((f) => body[f] !== undefined);
    if (indicator.fromPlan && typed.length > 0) {
      throw new ConflictError(
        'FROM_PLAN',
        indicator.fromPlan === 'grades'
          ? `${code} dihitung dari penilaian tujuh subkriteria rencana aksi: isi penilaiannya (PUT /api/v1/periods/${target.year}/plan-grading), bukan nilainya.`
          : `${code} dihitung dari laporan triwulan rencana aksi; evaluator dapat menggantinya dengan alasan (PUT /api/v1/periods/${target.year}/plan-grading/override).`,
      );
    }
    for (const field of ['selfValue', 'evaluatorValue'] as const) {
      assertValidAnswer(indicator.answer, field, body[field]);
    }
    const changes: AnswerFields = Object.fromEntries(
      [...CHAIR_FIELDS, ...EVALUATOR_FIELDS]
        .filter((f) => body[f] !== undefined)
        .map((f) => [f, body[f]]),
    );
    return [writeAnswer(tx, target, code, changes, ctx.now)];
  });
}

type AnswerFields = Partial<
  Pick<AnswerRow, (typeof CHAIR_FIELDS)[number] | (typeof EVALUATOR_FIELDS)[number]>
>;

/**
 * Writes fields of one indicator's answer inside the caller's transaction and returns the
 * audit change; the caller has checked the permission and the value.
 */
export function writeAnswer(
  tx: Tx,
  target: { year: number; area: AreaCode },
  code: string,
  changes: AnswerFields,
  now: Date,
) {
  const where = and(
    eq(t.indicatorAnswers.year, target.year),
    eq(t.indicatorAnswers.indicatorCode, code),
  );
  const before = tx.select().from(t.indicatorAnswers).where(where).get();
  const stamp = now.toISOString();
  if (before) {
    tx.update(t.indicatorAnswers)
      .set({ ...changes, updatedAt: stamp })
      .where(where)
      .run();
  } else {
    tx.insert(t.indicatorAnswers)
      .values({
        year: target.year,
        indicatorCode: code,
        areaCode: target.area,
        ...changes,
        updatedAt: stamp,
      })
      .run();
  }
  const previous = before
    ? Object.fromEntries(Object.keys(changes).map((k) => [k, before[k as keyof typeof before]]))
    : null;
  return {
    action: before ? 'update' : 'create',
    entity: 'indicator_answer',
    entityId: `${target.year}/${code}`,
    before: previous,
    after: changes,
  };
}

function achievementValues(body: AchievementInput) {
  return {
    title: body.title,
    kind: body.kind,
    date: body.date ?? null,
    description: body.description ?? null,
    evidence: body.evidence ?? [],
    metricLabel: body.metric?.label ?? null,
    metricValue: body.metric?.value ?? null,
    metricUnit: body.metric?.unit ?? null,
  };
}

function findAchievement(state: ResultWriteState, target: Target, id: number) {
  const row = state.tx.select().from(t.achievements).where(eq(t.achievements.id, id)).get();
  if (!row || row.year !== target.year || row.areaCode !== target.area) {
    throw new NotFoundError(
      `Capaian ${id} tidak ada pada area ${target.area} tahun ${target.year}.`,
    );
  }
  return row;
}

export function createAchievement(
  ctx: WriteContext,
  target: Target,
  body: AchievementInput,
): AreaResult {
  return writeAndRead(ctx, target, ['result.edit'], (state) => {
    const { tx } = state;
    assertUnlocked(state, target, null);
    const row = tx
      .insert(t.achievements)
      .values({
        year: target.year,
        areaCode: target.area,
        ...achievementValues(body),
        createdAt: ctx.now.toISOString(),
      })
      .returning()
      .get();
    return [{ action: 'create', entity: 'achievement', entityId: String(row.id), after: row }];
  });
}

export function updateAchievement(
  ctx: WriteContext,
  target: Target,
  id: number,
  body: AchievementInput,
): AreaResult {
  return writeAndRead(ctx, target, ['result.edit'], (state) => {
    assertUnlocked(state, target, null);
    const before = findAchievement(state, target, id);
    const after = state.tx
      .update(t.achievements)
      .set(achievementValues(body))
      .where(eq(t.achievements.id, id))
      .returning()
      .get();
    return [{ action: 'update', entity: 'achievement', entityId: String(id), before, after }];
  });
}

export function deleteAchievement(ctx: WriteContext, target: Target, id: number): AreaResult {
  return writeAndRead(ctx, target, ['result.edit'], (state) => {
    assertUnlocked(state, target, null);
    const before = findAchievement(state, target, id);
    state.tx.delete(t.achievements).where(eq(t.achievements.id, id)).run();
    return [{ action: 'delete', entity: 'achievement', entityId: String(id), before }];
  });
}

function findRecommendation(state: ResultWriteState, target: Target, id: number) {
  const row = state.tx.select().from(t.recommendations).where(eq(t.recommendations.id, id)).get();
  if (!row || row.year !== target.year || row.areaCode !== target.area) {
    throw new NotFoundError(
      `Rekomendasi ${id} tidak diterbitkan pada area ${target.area} tahun ${target.year}.`,
    );
  }
  return row;
}

export function createRecommendation(
  ctx: WriteContext,
  target: Target,
  body: RecommendationInput,
): AreaResult {
  return writeAndRead(ctx, target, ['result.edit'], (state) => {
    const { tx } = state;
    assertUnlocked(state, target, null);
    const row = tx
      .insert(t.recommendations)
      .values({
        year: target.year,
        areaCode: target.area,
        text: body.text,
        ownerUnit: body.ownerUnit,
        dueDate: body.dueDate ?? null,
        priority: body.priority,
        createdAt: ctx.now.toISOString(),
      })
      .returning()
      .get();
    return [{ action: 'create', entity: 'recommendation', entityId: String(row.id), after: row }];
  });
}

export function updateRecommendation(
  ctx: WriteContext,
  target: Target,
  id: number,
  body: RecommendationInput,
): AreaResult {
  return writeAndRead(ctx, target, ['result.edit'], (state) => {
    assertUnlocked(state, target, null);
    const before = findRecommendation(state, target, id);
    const after = state.tx
      .update(t.recommendations)
      .set({
        text: body.text,
        ownerUnit: body.ownerUnit,
        dueDate: body.dueDate ?? null,
        priority: body.priority,
        version: before.version + 1,
      })
      .where(eq(t.recommendations.id, id))
      .returning()
      .get();
    return [{ action: 'update', entity: 'recommendation', entityId: String(id), before, after }];
  });
}

export function deleteRecommendation(ctx: WriteContext, target: Target, id: number): AreaResult {
  return writeAndRead(ctx, target, ['result.edit'], (state) => {
    assertUnlocked(state, target, null);
    const before = findRecommendation(state, target, id);
    state.tx.delete(t.recommendations).where(eq(t.recommendations.id, id)).run();
    return [{ action: 'delete', entity: 'recommendation', entityId: String(id), before }];
  });
}

const WORKFLOW_PERMISSION: Record<WorkflowAction, Action> = {
  submit: 'result.submit',
  return: 'result.return',
  verify: 'result.verify',
};

/** submit (chair), return with a comment or verify (evaluator). */
export function transitionResult(
  ctx: WriteContext,
  target: Target,
  action: WorkflowAction,
  body: TransitionBody,
): AreaResult {
  const comment = body.comment?.trim();
  if (action === 'return' && !comment) {
    throw new ValidationError('Komentar wajib diisi: jelaskan apa yang perlu diperbaiki', {
      field: 'comment',
    });
  }
  return writeAndRead(
    ctx,
    target,
    [WORKFLOW_PERMISSION[action]],
    ({ tx, period }) => {
      if (action === 'submit') {
        requireComplete(tx, period.frameworkId, target);
        // Resubmitted: the returned indicators are answered; the round's snapshot stays.
        tx.update(t.indicatorAnswers)
          .set({ returnedReason: null })
          .where(
            and(
              eq(t.indicatorAnswers.year, target.year),
              eq(t.indicatorAnswers.areaCode, target.area),
            ),
          )
          .run();
        return [];
      }
      if (action === 'return') {
        return recordReturn(
          ctx,
          tx,
          period.frameworkId,
          target,
          comment ?? '',
          body.indicators ?? [],
        );
      }
      return [];
    },
    ({ result }) => {
      const status = nextStatus(result.status, action);
      if (!status) {
        throw new ConflictError(
          'INVALID_TRANSITION',
          `Hasil berstatus ${result.status} tidak dapat di-${action}.`,
        );
      }
      return { status, ...(action === 'return' && { reviewComment: comment ?? null }) };
    },
  );
}

/**
 * A return keeps what the chair had answered (the next review compares against it) and,
 * when the evaluator named single indicators, marks those with their reasons: only they
 * unlock for the chair.
 */
function recordReturn(
  ctx: WriteContext,
  tx: ResultWriteState['tx'],
  frameworkId: string,
  target: Target,
  comment: string,
  returned: readonly { code: string; reason: string }[],
) {
  const own = indicators(areaRoots(frameworkOf(tx, frameworkId), target.area)).filter(
    (l) => !l.sourcedBy,
  );
  const codes = new Set(own.map((l) => l.code));
  for (const r of returned) {
    if (!codes.has(r.code)) {
      throw new ValidationError(
        `Butir ${r.code} bukan butir yang diisi ketua pokja area ${target.area}.`,
        { field: 'indicators' },
      );
    }
  }
  const rows = tx
    .select()
    .from(t.indicatorAnswers)
    .where(
      and(eq(t.indicatorAnswers.year, target.year), eq(t.indicatorAnswers.areaCode, target.area)),
    )
    .all();
  const snapshot = Object.fromEntries(
    rows.filter((r) => codes.has(r.indicatorCode)).map((r) => [r.indicatorCode, answerState(r)]),
  );
  tx.insert(t.reviewRounds)
    .values({
      year: target.year,
      areaCode: target.area,
      at: ctx.now.toISOString(),
      userId: ctx.actor.id,
      comment,
      snapshot,
    })
    .run();
  const stamp = ctx.now.toISOString();
  for (const r of returned) {
    const where = and(
      eq(t.indicatorAnswers.year, target.year),
      eq(t.indicatorAnswers.indicatorCode, r.code),
    );
    if (rows.some((x) => x.indicatorCode === r.code)) {
      tx.update(t.indicatorAnswers).set({ returnedReason: r.reason }).where(where).run();
    } else {
      tx.insert(t.indicatorAnswers)
        .values({
          year: target.year,
          indicatorCode: r.code,
          areaCode: target.area,
          returnedReason: r.reason,
          updatedAt: stamp,
        })
        .run();
    }
  }
  return returned.map((r) => ({
    action: 'return',
    entity: 'indicator_answer',
    entityId: `${target.year}/${r.code}`,
    after: { reason: r.reason },
  }));
}

/** A chair can submit only when every indicator of the area has a self-assessment. */
function requireComplete(tx: ResultWriteState['tx'], frameworkId: string, target: Target): void {
  const leaves = indicators(areaRoots(frameworkOf(tx, frameworkId), target.area));
  const answered = new Set(
    tx
      .select({ code: t.indicatorAnswers.indicatorCode, value: t.indicatorAnswers.selfValue })
      .from(t.indicatorAnswers)
      .where(
        and(eq(t.indicatorAnswers.year, target.year), eq(t.indicatorAnswers.areaCode, target.area)),
      )
      .all()
      .filter((a) => a.value !== null)
      .map((a) => a.code),
  );
  // Sourced figures are the secretariat's to enter: they don't hold up the chair.
  // So is A.2, computed from the quarters' reports (none may be due yet).
  const missing = leaves
    .filter((l) => !l.sourcedBy && l.fromPlan !== 'implementation')
    .map((l) => l.code)
    .filter((c) => !answered.has(c));
  if (missing.length > 0) {
    throw new ConflictError(
      'INCOMPLETE',
      `Belum bisa diajukan: ${missing.length} indikator belum diisi (${missing.join(', ')}).`,
      { missing },
    );
  }
}
