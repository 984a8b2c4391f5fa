import type { AreaCode, LocalizedText } from '../areas';
import { type Framework, type FrameworkNode, findNode, indicators } from '../framework/framework';
import { type AnswerType, type AnswerValue, fractionOf } from './answers';

export interface IndicatorScore {
  answer: AnswerType;
  value: AnswerValue | null;
  fraction: number;
  /** Why a stored value could not be scored (it scores 0 then). */
  error?: string;
  /** The score of the indicator this one is multiplied by (Capaian IKU × the SAKIP ratio). */
  multiplier?: number;
}

export interface ScoredNode {
  code: string;
  name: LocalizedText;
  area?: AreaCode;
  /** True on the node that carries the area tag itself. */
  areaRoot?: boolean;
  weight: number;
  /** Exact points; round only for display. */
  points: number;
  /** Indicators answered / all indicators below this node. */
  answered: number;
  indicatorCount: number;
  indicator?: IndicatorScore;
  /** Why the item does not apply to the institution this year; it then weighs nothing. */
  notApplicable?: string;
  /** The weight as the framework gives it, where rescaling changed `weight`. */
  baseWeight?: number;
  children?: ScoredNode[];
}

export interface ScoredFramework {
  frameworkId: string;
  total: number;
  components: ScoredNode[];
}

export type ValueLookup = (indicator: FrameworkNode) => AnswerValue | null | undefined;

/** Items marked not applicable for the year: indicator code → the reason. */
export type NotApplicable = ReadonlyMap<string, string>;
const NONE: NotApplicable = new Map();

/** How a rescaled component's items weigh: not-applicable ones nothing, the rest × factor. */
interface Rescale {
  factor: number;
  notApplicable: NotApplicable;
}

/** What scoring one node needs beyond its values; all optional for the plain frameworks. */
export interface ScoreContext {
  rescale?: Rescale;
  /** indicator code → the fraction it multiplies others by */
  multipliers?: ReadonlyMap<string, number>;
}

/**
 * The share of its weight an answered indicator earns: its answer converted by the
 * framework's table, times the score of the indicator it is multiplied by (Capaian IKU × the
 * SAKIP ratio, PermenPANRB 9/2023), or nothing when the value cannot be converted. The one
 * leaf rule: the server's scoring and the worksheet's live score both use it.
 */
export function leafFraction(
  answer: AnswerType,
  value: AnswerValue,
  multiplier = 1,
): { fraction: number; error?: string } {
  const result = fractionOf(answer, value);
  return result.ok
    ? { fraction: result.fraction * multiplier }
    : { fraction: 0, error: result.message };
}

/** leaf points = weight × fraction of its answer; a node's points = the sum of its children. */
export function scoreNode(
  node: FrameworkNode,
  lookup: ValueLookup,
  ctx: ScoreContext = {},
): ScoredNode {
  const { rescale } = ctx;
  // Built field by field, without spreads: this runs for every node of every year on each
  // dashboard request (see pnpm bench).
  const scored: ScoredNode = {
    code: node.code,
    name: node.name,
    weight: node.weight,
    points: 0,
    answered: 0,
    indicatorCount: 0,
  };
  if (node.area) scored.area = node.area;
  if (node.areaRoot) scored.areaRoot = true;
  if (rescale) {
    const reason = rescale.notApplicable.get(node.code);
    if (reason !== undefined && node.answer) {
      scored.baseWeight = node.weight;
      scored.weight = 0;
      scored.notApplicable = reason;
      return scored;
    }
    if (rescale.factor !== 1) {
      scored.baseWeight = node.weight;
      scored.weight = node.weight * rescale.factor;
    }
  }
  if (node.answer) {
    const value = lookup(node) ?? null;
    scored.indicatorCount = 1;
    if (value === null) {
      scored.indicator = { answer: node.answer, value, fraction: 0 };
      return scored;
    }
    const multiplier = node.multipliedBy ? (ctx.multipliers?.get(node.multipliedBy) ?? 0) : 1;
    const result = leafFraction(node.answer, value, multiplier);
    const fraction = result.fraction;
    scored.points = scored.weight * fraction;
    scored.answered = 1;
    scored.indicator = result.error
      ? { answer: node.answer, value, fraction, error: result.error }
      : { answer: node.answer, value, fraction };
    if (node.multipliedBy) scored.indicator.multiplier = multiplier;
    return scored;
  }
  const children: ScoredNode[] = [];
  let weight = 0;
  for (const child of node.children ?? []) {
    const c = scoreNode(child, lookup, ctx);
    scored.points += c.points;
    scored.answered += c.answered;
    scored.indicatorCount += c.indicatorCount;
    weight += c.weight;
    children.push(c);
  }
  // A group weighs what its applicable items weigh after rescaling.
  if (rescale) scored.weight = weight;
  scored.children = children;
  return scored;
}

/**
 * Scores the framework. Items marked not applicable (only in `rescaledComponents`) weigh
 * nothing, and the other items of those components are scaled so that together they keep
 * their total weight: RB General = points ÷ applicable weights × 100 (PermenPANRB 9/2023).
 */
export function scoreFramework(
  framework: Framework,
  lookup: ValueLookup,
  notApplicable: NotApplicable = NONE,
): ScoredFramework {
  const rescaled = new Set(framework.rescaledComponents ?? []);
  const rescale = rescaled.size > 0 ? rescaleOf(framework, rescaled, notApplicable) : undefined;
  const multipliers = multipliersOf(framework, lookup, notApplicable);
  const plain: ScoreContext = multipliers ? { multipliers } : {};
  const components = framework.components.map((c) =>
    scoreNode(c, lookup, rescale && rescaled.has(c.code) ? { ...plain, rescale } : plain),
  );
  return {
    frameworkId: framework.id,
    total: components.reduce((s, c) => s + c.points, 0),
    components,
  };
}

export function* walkScored(nodes: readonly ScoredNode[]): Generator<ScoredNode> {
  for (const node of nodes) {
    yield node;
    if (node.children) yield* walkScored(node.children);
  }
}

function rescaleOf(
  framework: Framework,
  rescaled: ReadonlySet<string>,
  notApplicable: NotApplicable,
): Rescale {
  let total = 0;
  let applicable = 0;
  for (const component of framework.components) {
    if (!rescaled.has(component.code)) continue;
    total += component.weight;
    for (const leaf of indicators([component])) {
      if (!notApplicable.has(leaf.code)) applicable += leaf.weight;
    }
  }
  return { factor: applicable > 0 ? total / applicable : 0, notApplicable };
}

// The indicators others are multiplied by, found once per framework: scoring runs for every
// year on each dashboard request, and most frameworks have none.
const multiplierCodes = new WeakMap<Framework, string[]>();
function multiplierIndicators(framework: Framework): string[] {
  let codes = multiplierCodes.get(framework);
  if (!codes) {
    codes = [
      ...new Set(
        indicators(framework.components).flatMap((n) => (n.multipliedBy ? [n.multipliedBy] : [])),
      ),
    ];
    multiplierCodes.set(framework, codes);
  }
  return codes;
}

/** The fraction of every indicator another one is multiplied by; none in most frameworks. */
function multipliersOf(
  framework: Framework,
  lookup: ValueLookup,
  notApplicable: NotApplicable,
): Map<string, number> | undefined {
  const codes = multiplierIndicators(framework);
  if (codes.length === 0) return undefined;
  const multipliers = new Map<string, number>();
  for (const code of codes) {
    const by = findNode(framework, code);
    // A multiplier that does not apply to the institution leaves the item as it is; one
    // not yet entered (or unreadable) gives it nothing until it is.
    if (!by?.answer || notApplicable.has(by.code)) {
      multipliers.set(code, 1);
      continue;
    }
    const value = lookup(by) ?? null;
    const result = value !== null ? fractionOf(by.answer, value) : undefined;
    multipliers.set(code, result?.ok ? result.fraction : 0);
  }
  return multipliers;
}
