import type { AreaCode, LocalizedText } from '../areas';
import { apportionCents, fromCents, round2, toCents } from './rounding';
import type { ScoredNode } from './score-tree';
import { isComparable, type Standing } from './standing';
import { percentOf } from './summary';

/** One year's area figures as the dashboard summary gives them (rounded, apportioned). */
export interface AreaYear {
  code: AreaCode;
  points: number;
  max: number;
  percent: number;
  target: number | null;
  /** see standing.ts; missing means final (a closed year) */
  standing?: Standing;
}

const comparable = (figure: { standing?: Standing } | undefined) =>
  figure !== undefined && isComparable(figure.standing ?? 'final');

export interface YearFigures {
  year: number;
  framework: string;
  /** the evaluation method (regulation) of the framework: see Framework.method */
  method: string;
  index: number;
  /** the index's nominal maximum (100; 110 from 2023): left out, 100 */
  maxScore?: number;
  areas: readonly AreaYear[];
  /** see standing.ts; missing means final (a closed year) */
  standing?: Standing;
}

export interface AreaChange {
  code: AreaCode;
  percent: number;
  previousPercent: number | null;
  /** change in percentage points of the maximum; null without a previous year, or while
   * the area's answers this year are incomplete (an unanswered indicator is not a zero) */
  delta: number | null;
  /** the target as percent of the maximum */
  targetPercent: number | null;
  complete: boolean;
}

export interface YearComparison {
  year: number;
  previousYear: number | null;
  /** the method (regulation) differs between the two years: compare percent of max only */
  methodChanged: boolean;
  /**
   * Another version of the same method (its weights changed, as 2024's did within the 2023
   * method): still compared in points, with a note, not a method-change marker.
   */
  versionChanged: boolean;
  /**
   * Points within one method; across a method change, percentage points of each year's
   * maximum (an index of 110 is not comparable point for point with one of 100).
   */
  indexDelta: number | null;
  indexDeltaBasis: 'points' | 'percent';
  areas: AreaChange[];
  /** areas that rose most / fell most, in percentage points, largest first (at most 3 each) */
  gains: AreaChange[];
  losses: AreaChange[];
}

/**
 * Year over year, per area, always in percent of maximum: the only measure that stays
 * comparable when the framework (and so each area's maximum) changes between years.
 */
export function compareYears(
  current: YearFigures,
  previous: YearFigures | undefined,
  top = 3,
): YearComparison {
  const areas = current.areas.map((a) => {
    const before = previous?.areas.find((p) => p.code === a.code);
    const complete = comparable(a);
    return {
      code: a.code,
      percent: a.percent,
      previousPercent: before?.percent ?? null,
      delta: before && complete && comparable(before) ? round2(a.percent - before.percent) : null,
      targetPercent: a.target !== null && a.max > 0 ? percentOf(a.target, a.max) : null,
      complete,
    };
  });
  const withDelta = areas.filter((a): a is AreaChange & { delta: number } => a.delta !== null);
  const methodChanged = previous !== undefined && previous.method !== current.method;
  const indexPercent = (y: YearFigures) => percentOf(y.index, y.maxScore ?? 100);
  return {
    year: current.year,
    previousYear: previous?.year ?? null,
    methodChanged,
    versionChanged:
      previous !== undefined && !methodChanged && previous.framework !== current.framework,
    indexDelta:
      previous && comparable(current) && comparable(previous)
        ? methodChanged
          ? round2(indexPercent(current) - indexPercent(previous))
          : round2(current.index - previous.index)
        : null,
    indexDeltaBasis: methodChanged ? 'percent' : 'points',
    areas,
    gains: withDelta
      .filter((a) => a.delta > 0)
      .sort((a, b) => b.delta - a.delta)
      .slice(0, top),
    losses: withDelta
      .filter((a) => a.delta < 0)
      .sort((a, b) => a.delta - b.delta)
      .slice(0, top),
  };
}

export interface WaterfallStep {
  code: string;
  name: LocalizedText;
  weight: number;
  fromPoints: number;
  toPoints: number;
  /** weight × change in fraction = toPoints − fromPoints, rounded so the steps add up */
  contribution: number;
}

export interface WaterfallEnd {
  year: number;
  framework: string;
  points: number;
  max: number;
  percent: number;
  standing: Standing;
}

export interface AreaWaterfall {
  area: AreaCode;
  from: WaterfallEnd | null;
  to: WaterfallEnd;
  methodChanged: boolean;
  /**
   * Empty when there is no previous year, the method changed (compare percent instead) or
   * either year is incomplete (an unanswered item is not a fall to explain).
   */
  steps: WaterfallStep[];
}

/** The bars of an area: the children of the nodes tagged with it (sub-components, or the
 * indicators where the tagged node holds indicators directly, as in pmprb-2020). */
export function areaParts(roots: readonly ScoredNode[]): ScoredNode[] {
  return roots.flatMap((r) => r.children ?? [r]);
}

interface WaterfallYear {
  year: number;
  framework: string;
  method: string;
  figures: AreaYear;
  roots: readonly ScoredNode[];
}

/**
 * Why did it change? From last year's points to this year's, one step per part of the area:
 * contribution = weight × (fraction this year − fraction last year). Contributions are
 * apportioned to cents so that they add up exactly to the displayed change.
 */
export function areaWaterfall(
  area: AreaCode,
  to: WaterfallYear,
  from?: WaterfallYear,
): AreaWaterfall {
  const endOf = (y: WaterfallYear): WaterfallEnd => ({
    year: y.year,
    framework: y.framework,
    points: y.figures.points,
    max: y.figures.max,
    percent: y.figures.percent,
    standing: y.figures.standing ?? 'final',
  });
  const end = endOf(to);
  if (!from) return { area, from: null, to: end, methodChanged: false, steps: [] };
  const start = endOf(from);
  const methodChanged = from.method !== to.method;
  if (methodChanged || !comparable(start) || !comparable(end))
    return { area, from: start, to: end, methodChanged, steps: [] };

  const before = new Map(areaParts(from.roots).map((n) => [n.code, n.points]));
  const parts = areaParts(to.roots);
  const exact = parts.map((n) => n.points - (before.get(n.code) ?? 0));
  const cents = apportionCents(exact, toCents(end.points) - toCents(start.points));
  return {
    area,
    from: start,
    to: end,
    methodChanged: false,
    steps: parts.map((n, i) => ({
      code: n.code,
      name: n.name,
      weight: n.weight,
      fromPoints: round2(before.get(n.code) ?? 0),
      toPoints: round2(n.points),
      contribution: fromCents(cents[i] ?? 0),
    })),
  };
}
