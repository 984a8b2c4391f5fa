import * as t from '@rapor/db/schema';
import { type AreaCode, areaByCode, areaName } from '@rapor/shared/areas';
import { areaRoots, type FrameworkNode, indicators, walk } from '@rapor/shared/framework';
import { countingValue } from '@rapor/shared/official-value';
import { changesSince } from '@rapor/shared/review';
import { round2 } from '@rapor/shared/rounding';
import {
  type AreaResult,
  CARRIED_OVER_PAGE,
  type FigureSource,
  type ScoredNodeDto,
} from '@rapor/shared/schemas';
import { type ScoredFramework, type ScoredNode, walkScored } from '@rapor/shared/scoring';
import { exactAreaPoints, scoredAreaRoots } from '@rapor/shared/summary';
import {
  checkTargets,
  itemTarget,
  type TargetItem,
  targetsByCode,
} from '@rapor/shared/target-baik';
import { isVerified, type ResultStatus } from '@rapor/shared/workflow';
import { and, asc, desc, eq } from 'drizzle-orm';
import { NotFoundError } from '../../errors';
import { yearSummary } from '../dashboard/summary-service';
import { answerState } from './answer-state';
import { recommendationsForResult } from './recommendations-service';
import {
  type AnswerRow,
  loadYearWithAnswers,
  type Reader,
  scoreYear,
  type YearData,
} from './year-data';

/** What every area's result of a year is scored from, computed once for the year. */
export function yearScoring(db: Reader, year: number) {
  const data = loadYearWithAnswers(db, year);
  const official = scoreYear(data, 'official');
  return {
    data,
    official,
    self: scoreYear(data, 'self'),
    evaluator: scoreYear(data, 'evaluator'),
    summary: yearSummary(db, data.period),
    ctx: treeContext(db, data, official),
  };
}

/** One area's item tree with both values and its score, as every screen shows them. */
export function areaScoreOf(
  scoring: ReturnType<typeof yearScoring>,
  area: AreaCode,
  result: { status: ResultStatus },
): { tree: ScoredNodeDto[]; score: AreaResult['score'] } {
  const { official, self, evaluator, summary, ctx } = scoring;
  const summaryArea = summary.areas.find((a) => a.code === area);
  const selfByCode = new Map([...walkScored(self.components)].map((n) => [n.code, n.points]));
  const tree = scoredAreaRoots(official, area).map((n) =>
    toDto(n, ctx, selfByCode, isVerified(result.status)),
  );
  return {
    tree,
    score: {
      points: summaryArea?.points ?? 0,
      max: summaryArea?.max ?? 0,
      percent: summaryArea?.percent ?? 0,
      selfPoints: round2(exactAreaPoints(self, area)),
      evaluatorPoints: round2(exactAreaPoints(evaluator, area)),
      evaluated: evaluatedItems(tree),
      standing: summaryArea?.standing ?? 'final',
      answered: summaryArea?.answered ?? 0,
      total: summaryArea?.total ?? 0,
    },
  };
}

/** The area's result for a year: score tree with both values, narrative, achievements, recommendations. */
export function getAreaResult(db: Reader, year: number, area: AreaCode, today: string): AreaResult {
  const scoring = yearScoring(db, year);
  const { data } = scoring;
  if (!data.framework.areas.includes(area)) {
    throw new NotFoundError(`Area ${area} tidak dievaluasi dalam kerangka ${data.framework.id}.`);
  }
  const result = data.results.get(area);
  if (!result) throw new NotFoundError(`Hasil area ${area} tahun ${year} belum ada.`);
  const { tree, score } = areaScoreOf(scoring, area, result);

  const achievements = db
    .select()
    .from(t.achievements)
    .where(and(eq(t.achievements.year, year), eq(t.achievements.areaCode, area)))
    .orderBy(asc(t.achievements.date), asc(t.achievements.id))
    .all()
    .map((a) => ({
      id: a.id,
      year: a.year,
      area: a.areaCode,
      title: a.title,
      kind: a.kind,
      date: a.date,
      description: a.description,
      evidence: a.evidence,
      metric:
        a.metricLabel !== null && a.metricValue !== null
          ? { label: a.metricLabel, value: a.metricValue, unit: a.metricUnit }
          : null,
    }));

  const base = areaByCode(area);
  const recs = recommendationsForResult(db, year, area, today);
  return {
    year,
    area: { code: base.code, order: base.order, name: areaName(area, data.framework.id) },
    frameworkId: data.framework.id,
    periodState: data.period.state,
    status: result.status,
    closedUnverified: result.closedUnverified,
    version: result.version,
    reviewComment: result.reviewComment,
    narrative: result.narrative,
    target: data.targets.get(area) ?? null,
    score,
    tree,
    achievements,
    recommendations: {
      issued: recs.issued,
      carriedOver: recs.carriedOver.slice(0, CARRIED_OVER_PAGE),
      carriedOverTotal: recs.carriedOver.length,
      asOf: data.period.closedAt?.slice(0, 10) ?? null,
    },
    updatedAt: result.updatedAt,
    review: lastReview(db, data, area),
  };
}

/** The chair's own items the evaluator has given a value (sourced figures are verified, not valued). */
function evaluatedItems(nodes: readonly ScoredNodeDto[]): number {
  return nodes.reduce(
    (n, node) =>
      n +
      (node.indicator && !node.indicator.figure && node.indicator.evaluatorValue !== null ? 1 : 0) +
      evaluatedItems(node.children ?? []),
    0,
  );
}

/** The last return of this result and what the chair changed since, field by field. */
function lastReview(db: Reader, data: YearData<AnswerRow>, area: AreaCode): AreaResult['review'] {
  const round = db
    .select()
    .from(t.reviewRounds)
    .where(and(eq(t.reviewRounds.year, data.period.year), eq(t.reviewRounds.areaCode, area)))
    .orderBy(desc(t.reviewRounds.id))
    .limit(1)
    .get();
  if (!round) return null;
  const own = indicators(areaRoots(data.framework, area)).filter((n) => !n.sourcedBy);
  const current = Object.fromEntries(
    own.map((n) => [n.code, answerState(data.answers.get(n.code))]),
  );
  return {
    at: round.at,
    comment: round.comment,
    changes: changesSince(
      round.snapshot,
      current,
      own.map((n) => n.code),
    ),
  };
}

interface TreeContext {
  data: YearData<AnswerRow>;
  nodes: Map<string, FrameworkNode>;
  userNames: Map<number, string>;
  /** items against their target baik, by the values that count */
  targets: Map<string, TargetItem>;
}

function treeContext(
  db: Reader,
  data: YearData<AnswerRow>,
  official: ScoredFramework,
): TreeContext {
  return {
    data,
    nodes: new Map([...walk(data.framework.components)].map((n) => [n.code, n])),
    userNames: userNames(db),
    targets: targetsByCode(checkTargets(data.framework, official)),
  };
}

export function userNames(db: Reader): Map<number, string> {
  return new Map(
    db
      .select({ id: t.users.id, name: t.users.displayName })
      .from(t.users)
      .all()
      .map((u) => [u.id, u.name]),
  );
}

/** Where a sourced figure comes from, who entered it and who checked it. */
export function figureSource(
  node: FrameworkNode,
  row: AnswerRow | undefined,
  names: Map<number, string>,
): FigureSource {
  const name = (id: number | null | undefined) => (id ? (names.get(id) ?? null) : null);
  return {
    sourcedBy: node.sourcedBy ?? '',
    sourceTitle: row?.sourceTitle ?? null,
    sourceIssuer: row?.sourceIssuer ?? null,
    sourceDate: row?.sourceDate ?? null,
    provenance: row?.provenance ?? null,
    enteredBy: name(row?.enteredBy),
    enteredAt: row?.enteredAt ?? null,
    verifiedBy: name(row?.verifiedBy),
    verifiedAt: row?.verifiedAt ?? null,
  };
}

function toDto(
  node: ScoredNode,
  ctx: TreeContext,
  selfByCode: Map<string, number>,
  verified: boolean,
): ScoredNodeDto {
  const dto: ScoredNodeDto = {
    code: node.code,
    name: node.name,
    weight: node.weight,
    ...(node.area && { area: node.area }),
    points: round2(node.points),
    selfPoints: round2(selfByCode.get(node.code) ?? 0),
    answered: node.answered,
    indicatorCount: node.indicatorCount,
  };
  const definition = ctx.nodes.get(node.code);
  if (definition?.options) dto.options = definition.options;
  const target = itemTarget(ctx.targets.get(node.code));
  if (target) dto.targetBaik = target;
  if (definition?.targetUnresolved) dto.targetUnresolved = definition.targetUnresolved;
  if (definition?.rubric) dto.rubric = definition.rubric;
  if (definition?.fromPlan) dto.fromPlan = definition.fromPlan;
  if (definition?.note && definition.answer) dto.note = definition.note;
  if (node.indicator && definition) {
    const row = ctx.data.answers.get(node.code);
    const pair = { selfValue: row?.selfValue ?? null, evaluatorValue: row?.evaluatorValue ?? null };
    dto.indicator = {
      answer: node.indicator.answer,
      ...pair,
      value: countingValue(definition, pair, verified),
      fraction: node.indicator.fraction,
      ...(node.indicator.error && { error: node.indicator.error }),
      ...(node.indicator.multiplier !== undefined && { multiplier: node.indicator.multiplier }),
      evidence: row?.evidence ?? [],
      selfComment: row?.selfComment ?? null,
      evaluatorComment: row?.evaluatorComment ?? null,
      returnedReason: row?.returnedReason ?? null,
      ...(definition.sourcedBy && { figure: figureSource(definition, row, ctx.userNames) }),
    };
  }
  if (node.children) dto.children = node.children.map((c) => toDto(c, ctx, selfByCode, verified));
  return dto;
}
