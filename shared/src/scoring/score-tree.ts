import type { AreaCode, LocalizedText } from '../areas';
import type { Framework, FrameworkNode } from '../framework/framework';
import { type AnswerType, type AnswerValue, fractionOf } from './answers';

export interface IndicatorScore {
  answer: AnswerType;
  value: AnswerValue | null;
  fraction: number;
  /** Why a stored value could not be scored (it scores 0 then). */
  error?: string;
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
  children?: ScoredNode[];
}

export interface ScoredFramework {
  frameworkId: string;
  total: number;
  components: ScoredNode[];
}

export type ValueLookup = (indicator: FrameworkNode) => AnswerValue | null | undefined;

/** leaf points = weight × fraction of its answer; a node's points = the sum of its children. */
export function scoreNode(node: FrameworkNode, lookup: ValueLookup): ScoredNode {
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
  if (node.answer) {
    const value = lookup(node) ?? null;
    scored.indicatorCount = 1;
    if (value === null) {
      scored.indicator = { answer: node.answer, value, fraction: 0 };
      return scored;
    }
    const result = fractionOf(node.answer, value);
    const fraction = result.ok ? result.fraction : 0;
    scored.points = node.weight * fraction;
    scored.answered = 1;
    scored.indicator = result.ok
      ? { answer: node.answer, value, fraction }
      : { answer: node.answer, value, fraction, error: result.message };
    return scored;
  }
  const children: ScoredNode[] = [];
  for (const child of node.children ?? []) {
    const c = scoreNode(child, lookup);
    scored.points += c.points;
    scored.answered += c.answered;
    scored.indicatorCount += c.indicatorCount;
    children.push(c);
  }
  scored.children = children;
  return scored;
}

export function scoreFramework(framework: Framework, lookup: ValueLookup): ScoredFramework {
  const components = framework.components.map((c) => scoreNode(c, lookup));
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
