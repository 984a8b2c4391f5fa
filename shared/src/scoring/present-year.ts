import type { AreaCode } from '../areas';
import { type Framework, predicateRuleOf } from '../framework/framework';
import type { SummaryYear } from '../schemas/api';
import type { PeriodState, ResultStatus } from '../workflow';
import { fromCents, toCents } from './rounding';
import { type ScoredFramework, walkScored } from './score-tree';
import { type Completeness, shownPredicate, standingOf } from './standing';
import { areaTotals, summarize } from './summary';

/** What a year's figures are told from: its scores and what is known about the year. */
export interface ScoredYear {
  year: number;
  periodState: PeriodState;
  /** whether the year's index is a published figure or demo data; null: entered in the app */
  indexSource: SummaryYear['indexSource'];
  framework: Framework;
  scored: ScoredFramework;
  targets: ReadonlyMap<AreaCode, number>;
  results: ReadonlyMap<AreaCode, { status: ResultStatus; closedUnverified: string | null }>;
}

/**
 * The presentation model of one year: every figure a surface shows (overview, area page,
 * worksheet, deck, PowerPoint, workbook, print) with its display value and its standing,
 * the predicate to show and the labels that qualify it. Surfaces read this; none scores,
 * rounds or decides a standing on its own. The change from last year is `compareYears`
 * over two of these.
 */
export function presentYear(input: ScoredYear): SummaryYear {
  const { framework, scored } = input;
  const counts = areaTotals(scored);
  const summary = summarize(framework, scored, counts);
  const completeness = {
    answered: scored.components.reduce((s, c) => s + c.answered, 0),
    total: scored.components.reduce((s, c) => s + c.indicatorCount, 0),
  };
  const standing = standingOf(input.periodState, completeness);
  const closedUnverified = [...input.results.values()].filter((r) => r.closedUnverified);
  const rule = predicateRuleOf(framework);
  return {
    year: input.year,
    framework: framework.id,
    method: framework.method,
    periodState: input.periodState,
    index: summary.index,
    maxScore: framework.maxScore,
    predicate: summary.predicate,
    standing,
    shownPredicate: shownPredicate(summary.predicate, standing),
    indexSource: input.indexSource,
    predicateAssumed: rule.confidence !== 'official',
    predicateSource: rule.source,
    predicateBands: rule.bands,
    components: summary.components,
    general: rbGeneral(framework, scored, summary.components),
    targetBaik: summary.targets && { ...summary.targets, lowers: rule.belowTarget ?? null },
    areasMakeUp: framework.areaComponent ?? null,
    completeness,
    areasClosedUnverified: closedUnverified.length,
    areas: summary.areas.map((a) => {
      const count: Completeness = counts.get(a.code) ?? { answered: 0, total: 0 };
      const result = input.results.get(a.code);
      return {
        ...a,
        target: input.targets.get(a.code) ?? null,
        status: result?.status ?? 'draft',
        closedUnverified: result?.closedUnverified ?? null,
        answered: count.answered,
        total: count.total,
        standing: standingOf(input.periodState, count),
      };
    }),
  };
}

/**
 * RB General (the 2023 method): its rescaled components plus the coefficient as displayed,
 * and the weight that still applies after items left out as not applicable.
 */
function rbGeneral(
  framework: Framework,
  scored: ScoredFramework,
  components: SummaryYear['components'],
): SummaryYear['general'] {
  const general = new Set(framework.rescaledComponents ?? []);
  if (general.size === 0) return null;
  const parts = components.filter((c) => general.has(c.code) || c.adjustment);
  const max = parts.filter((c) => !c.adjustment).reduce((s, c) => s + c.max, 0);
  const leftOut = [...walkScored(scored.components)].filter((n) => n.notApplicable !== undefined);
  return {
    points: fromCents(parts.reduce((s, c) => s + toCents(c.points), 0)),
    max,
    components: parts.map((c) => c.code),
    notApplicable: leftOut.length,
    applicableWeight: max - leftOut.reduce((s, n) => s + (n.baseWeight ?? 0), 0),
  };
}
