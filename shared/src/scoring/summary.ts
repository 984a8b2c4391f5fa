import type { AreaCode, LocalizedText } from '../areas';
import { type Framework, predicateRuleOf } from '../framework/framework';
import { type Predicate, predicateOf } from './predicate';
import { apportionCents, fromCents, round2, toCents } from './rounding';
import { type ScoredFramework, type ScoredNode, walkScored } from './score-tree';
import { anyTargetMissed, checkTargets, type TargetCheck } from './target-baik';

export interface ComponentSummary {
  code: string;
  name: LocalizedText;
  points: number;
  max: number;
  adjustment?: boolean;
}

export interface AreaSummary {
  code: AreaCode;
  points: number;
  max: number;
  percent: number;
}

export interface ScoreSummary {
  index: number;
  predicate: Predicate;
  components: ComponentSummary[];
  areas: AreaSummary[];
  /** items against their target baik; null for a framework without targets */
  targets: TargetCheck | null;
}

/** The scored nodes that carry the area's tag themselves (one per component in pmprb-2020). */
export function scoredAreaRoots(scored: ScoredFramework, area: AreaCode): ScoredNode[] {
  return [...walkScored(scored.components)].filter((n) => n.areaRoot && n.area === area);
}

export interface AreaTotal {
  points: number;
  max: number;
  /** indicators answered, of `total` */
  answered: number;
  total: number;
}

/**
 * Every area's exact points, maximum and answered indicators in one walk: the sum of the
 * nodes tagged with it.
 */
export function areaTotals(scored: ScoredFramework): Map<AreaCode, AreaTotal> {
  const totals = new Map<AreaCode, AreaTotal>();
  for (const node of walkScored(scored.components)) {
    if (!node.areaRoot || !node.area) continue;
    const total = totals.get(node.area) ?? { points: 0, max: 0, answered: 0, total: 0 };
    total.points += node.points;
    total.max += node.weight;
    total.answered += node.answered;
    total.total += node.indicatorCount;
    totals.set(node.area, total);
  }
  return totals;
}

/** An area's exact points: the sum of the nodes tagged with it, wherever they sit. */
export function exactAreaPoints(scored: ScoredFramework, area: AreaCode): number {
  return areaTotals(scored).get(area)?.points ?? 0;
}

/**
 * The parts the index is read by: Pengungkit and Hasil until 2022; from 2023 RB General (its
 * components and the coefficient together, as displayed) and the components outside it
 * (RB Tematik). The overview's key figures and the deck's index slide show these.
 */
export function headlineParts(year: {
  components: readonly ComponentSummary[];
  general: { points: number; max: number; components: readonly string[] } | null;
}): ComponentSummary[] {
  const general = year.general;
  if (!general) return [...year.components];
  return [
    {
      code: 'GENERAL',
      name: { id: 'RB General', en: 'RB General' },
      points: general.points,
      max: general.max,
    },
    ...year.components.filter((c) => !general.components.includes(c.code)),
  ];
}

export function percentOf(points: number, max: number): number {
  return max > 0 ? round2((100 * points) / max) : 0;
}

/**
 * Index, predicate, components and areas rounded to 2 decimals so that the parts a reader
 * sees add up to the whole they see: components to the index, areas to the area component.
 * The predicate is that of the displayed index under the framework's rule, lowered where the
 * rule says so when an item misses its target baik.
 */
export function summarize(
  framework: Framework,
  scored: ScoredFramework,
  // a caller that also needs the totals walks the tree once and passes them
  totals: ReadonlyMap<AreaCode, AreaTotal> = areaTotals(scored),
): ScoreSummary {
  const indexCents = toCents(scored.total);
  const componentCents = apportionCents(
    scored.components.map((c) => c.points),
    indexCents,
  );
  const components = scored.components.map((c, i) => ({
    code: c.code,
    name: c.name,
    points: fromCents(componentCents[i] ?? 0),
    max: round2(c.weight),
    ...(framework.components[i]?.adjustment && { adjustment: true }),
  }));
  const areaComponentIndex = scored.components.findIndex((c) => c.code === framework.areaComponent);
  const areaPoints = framework.areas.map((a) => totals.get(a)?.points ?? 0);
  // Areas that make up a component add up to its displayed points; areas that are only tags
  // (the 2023 method) add up to nothing in particular and are each rounded on their own.
  const areaCents =
    areaComponentIndex >= 0
      ? apportionCents(areaPoints, componentCents[areaComponentIndex] ?? 0)
      : areaPoints.map(toCents);
  // Percent from exact points: the cent a display point may have been shifted by apportioning
  // must not move the percent the areas are compared by.
  const areas = framework.areas.map((code, i) => {
    const total = totals.get(code);
    const max = total?.max ?? 0;
    return {
      code,
      points: fromCents(areaCents[i] ?? 0),
      // rescaled over the applicable items (an item not applicable), a maximum has more decimals
      max: round2(max),
      percent: percentOf(total?.points ?? 0, max),
    };
  });
  const index = fromCents(indexCents);
  const targets = checkTargets(framework, scored);
  const predicate = predicateOf(index, predicateRuleOf(framework), anyTargetMissed(targets));
  return { index, predicate, components, areas, targets };
}
