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
  const base = {
    code: node.code,
    name: node.name,
    weight: node.weight,
    ...(node.area && { area: node.area }),
    ...(node.areaRoot && { areaRoot: true }),
  };
  if (node.answer) {
    const value = lookup(node) ?? null;
    if (value === null) {
      return {
        ...base,
        points: 0,
        answered: 0,
        indicatorCount: 1,
        indicator: { answer: node.answer, value, fraction: 0 },
      };
    }
    const result = fractionOf(node.answer, value);
    const fraction = result.ok ? result.fraction : 0;
    return {
      ...base,
      points: node.weight * fraction,
      answered: 1,
      indicatorCount: 1,
      indicator: {
        answer: node.answer,
        value,
        fraction,
        ...(!result.ok && { error: result.message }),
      },
    };
  }
  const children = (node.children ?? []).map((c) => scoreNode(c, lookup));
  return {
    ...base,
    points: children.reduce((s, c) => s + c.points, 0),
    answered: children.reduce((s, c) => s + c.answered, 0),
    indicatorCount: children.reduce((s, c) => s + c.indicatorCount, 0),
    children,
  };
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
