import { AREA_CODES, type AreaCode, type LocalizedText } from '../areas';
import type { AnswerType } from '../scoring/answers';

/**
 * A framework is the evaluation worksheet of one regulation as versioned data: a tree of
 * components, sub-components and leaf indicators, each with a weight in points. Children's
 * weights add up to their parent's. An area is a tag on nodes (not necessarily one branch):
 * a tagged node and everything below it count for that area, so an area can appear under
 * several components (PermenPANRB 26/2020 puts each area under Pemenuhan, Hasil Antara and
 * Reform). The tagged nodes together make up `areaComponent` (Pengungkit).
 */
export interface FrameworkNodeInput {
  code: string;
  name: LocalizedText;
  /** Points. May be left out on an indicator: it then takes an equal share of what its
   * explicitly weighted siblings leave of the parent (the LKE default). */
  weight?: number;
  area?: AreaCode;
  /** Why this number: regulation article, or the assumption behind it. */
  note?: string;
  /** True where the weight is our assumption, not a published figure. */
  assumed?: boolean;
  children?: FrameworkNodeInput[];
  answer?: AnswerType;
}

export interface FrameworkInput {
  id: string;
  name: LocalizedText;
  regulation: string;
  /** Code of the component the area-tagged nodes add up to. */
  areaComponent: string;
  /** The areas this framework evaluates (Zona Integritas has six). */
  areas: readonly AreaCode[];
  maxScore: number;
  /** What in this file is assumed rather than sourced, in plain words. */
  assumptions: readonly string[];
  components: FrameworkNodeInput[];
}

export interface FrameworkNode {
  code: string;
  name: LocalizedText;
  weight: number;
  /** The area this node counts for: its own tag or an ancestor's. */
  area?: AreaCode;
  /** True on the node that carries the tag itself. */
  areaRoot?: boolean;
  note?: string;
  assumed?: boolean;
  children?: FrameworkNode[];
  answer?: AnswerType;
}

export interface Framework extends Omit<FrameworkInput, 'components'> {
  components: FrameworkNode[];
}

export type FrameworkCheck = { ok: true; framework: Framework } | { ok: false; errors: string[] };

// Weights are decimals like 1.5 and equal shares like 1/3; sums are compared with a tolerance.
const EPSILON = 1e-6;

export function isIndicator(node: FrameworkNode): boolean {
  return node.answer !== undefined;
}

/** Resolves default weights and checks the whole tree; every error names the node. */
export function checkFramework(input: FrameworkInput): FrameworkCheck {
  const errors: string[] = [];
  const seen = new Set<string>();

  for (const area of input.areas) {
    if (!AREA_CODES.includes(area)) errors.push(`area ${area} tidak dikenal`);
  }

  const resolve = (
    node: FrameworkNodeInput,
    weight: number,
    inheritedArea: AreaCode | undefined,
    underAreaComponent: boolean,
  ): FrameworkNode => {
    if (seen.has(node.code)) errors.push(`kode ${node.code} dipakai lebih dari sekali`);
    seen.add(node.code);
    if (!(weight > 0)) errors.push(`${node.code}: bobot harus lebih dari 0 (tertulis ${weight})`);

    if (node.area) {
      if (inheritedArea) {
        errors.push(`${node.code}: ditandai area ${node.area} di dalam area ${inheritedArea}`);
      }
      if (!input.areas.includes(node.area)) {
        errors.push(`${node.code}: area ${node.area} tidak termasuk area kerangka ini`);
      }
      if (!underAreaComponent) {
        errors.push(`${node.code}: area hanya boleh ditandai di bawah ${input.areaComponent}`);
      }
    }
    const area = inheritedArea ?? node.area;
    const children = node.children ?? [];
    const resolved: FrameworkNode = {
      code: node.code,
      name: node.name,
      weight,
      ...(area && { area }),
      ...(node.area && !inheritedArea && { areaRoot: true }),
      ...(node.note && { note: node.note }),
      ...(node.assumed && { assumed: true }),
    };

    if (node.answer) {
      if (children.length > 0) errors.push(`${node.code}: indikator tidak boleh punya anak`);
      if (underAreaComponent && !area) {
        errors.push(`${node.code}: indikator di bawah ${input.areaComponent} tanpa area`);
      }
      resolved.answer = node.answer;
      return resolved;
    }
    if (children.length === 0) {
      errors.push(`${node.code}: bukan indikator dan tidak punya anak`);
      return resolved;
    }
    const weights = childWeights(node.code, weight, children, errors);
    const under = underAreaComponent || node.code === input.areaComponent;
    resolved.children = children.map((c, i) => resolve(c, weights[i] ?? 0, area, under));
    return resolved;
  };

  const topWeights = childWeights('kerangka', input.maxScore, input.components, errors);
  const components = input.components.map((c, i) =>
    resolve(c, topWeights[i] ?? 0, undefined, c.code === input.areaComponent),
  );
  const framework: Framework = { ...input, components };

  const areaComponent = components.find((c) => c.code === input.areaComponent);
  if (!areaComponent) {
    errors.push(`komponen area ${input.areaComponent} tidak ada di tingkat teratas`);
  } else {
    const tagged = input.areas.map((a) => areaMaxPoints(framework, a));
    input.areas.forEach((a, i) => {
      if (tagged[i] === 0) errors.push(`area ${a} tidak ditandai pada simpul mana pun`);
    });
    const sum = tagged.reduce((s, x) => s + x, 0);
    if (Math.abs(sum - areaComponent.weight) > EPSILON) {
      errors.push(
        `${input.areaComponent}: area berjumlah ${round6(sum)} poin, bukan ${areaComponent.weight}`,
      );
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, framework };
}

function childWeights(
  parentCode: string,
  parentWeight: number,
  children: readonly FrameworkNodeInput[],
  errors: string[],
): number[] {
  const explicit = children.filter((c) => c.weight !== undefined);
  for (const c of children) {
    if (c.weight === undefined && !c.answer) {
      errors.push(`${c.code}: bobot wajib diisi kecuali pada indikator`);
    }
  }
  const explicitSum = explicit.reduce((s, c) => s + (c.weight ?? 0), 0);
  const open = children.length - explicit.length;
  if (open === 0) {
    if (Math.abs(explicitSum - parentWeight) > EPSILON) {
      errors.push(
        `${parentCode}: bobot anak berjumlah ${round6(explicitSum)} poin, bukan ${round6(parentWeight)}`,
      );
    }
    return children.map((c) => c.weight ?? 0);
  }
  const share = (parentWeight - explicitSum) / open;
  if (share <= EPSILON) {
    errors.push(
      `${parentCode}: bobot anak yang tertulis (${round6(explicitSum)}) tidak menyisakan bobot untuk ${open} indikator lain`,
    );
  }
  return children.map((c) => c.weight ?? share);
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** Like checkFramework, but throws with every error listed: for the shipped files. */
export function defineFramework(input: FrameworkInput): Framework {
  const result = checkFramework(input);
  if (!result.ok) {
    throw new Error(`kerangka ${input.id} tidak valid:\n- ${result.errors.join('\n- ')}`);
  }
  return result.framework;
}

export function* walk(nodes: readonly FrameworkNode[]): Generator<FrameworkNode> {
  for (const node of nodes) {
    yield node;
    if (node.children) yield* walk(node.children);
  }
}

export function indicators(nodes: readonly FrameworkNode[]): FrameworkNode[] {
  return [...walk(nodes)].filter(isIndicator);
}

/** The nodes that carry the area's tag themselves (one per component in 2020). */
export function areaRoots(framework: Framework, area: AreaCode): FrameworkNode[] {
  return [...walk(framework.components)].filter((n) => n.areaRoot && n.area === area);
}

export function areaMaxPoints(framework: Framework, area: AreaCode): number {
  return areaRoots(framework, area).reduce((s, n) => s + n.weight, 0);
}

export function findNode(framework: Framework, code: string): FrameworkNode | undefined {
  for (const node of walk(framework.components)) if (node.code === code) return node;
  return undefined;
}
