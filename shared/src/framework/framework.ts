import { AREA_CODES, type AreaCode, type LocalizedText } from '../areas';
import type { OutcomeKind } from '../schemas/api';
import { type AnswerOption, type AnswerType, optionCodes, SCALES } from '../scoring/answers';
import { checkPredicateRule, PREDICATE_RULE_2014, type PredicateRule } from '../scoring/predicate';

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
  /**
   * Yes/no and lettered questions: one option per answer, best first (Ya, Tidak / A, B, …),
   * each with what it means for this question. `fraction` may be left out: it is the
   * scale's conversion. Choice answers (BPK opinion) take their options from the answer type.
   */
  options?: OptionInput[];
  /**
   * Set on a figure that an outside assessment reports (SAKIP by KemenPANRB, the opinion by
   * BPK, SPI by KPK …): it is entered as the source reports it, with the source document,
   * and checked by the evaluator against it — not self-assessed.
   */
  sourcedBy?: string;
  /**
   * The ministry outcome figure this sourced figure is (SAKIP score, BPK opinion, SPI …):
   * entered once here, it is also the year's outcome figure on the dashboard.
   */
  outcome?: OutcomeKind;
  /**
   * On a top-level component: an adjustment added on top of the index (the 2023 coefficient,
   * −10 to +2). Its weight is its largest value; it is not part of `maxScore` and may be
   * negative.
   */
  adjustment?: boolean;
  /**
   * Code of the indicator whose score multiplies this one's: Capaian IKU counts times the
   * SAKIP ratio (PermenPANRB 9/2023).
   */
  multipliedBy?: string;
  /**
   * Target baik: the good-practice threshold of a figure (since 2023), met when the entered
   * value is at least this. Compared with the value as the source reports it, not its points.
   */
  target?: number;
  /** Why a target the source gives is left out (an apparent slip in it): shown, not counted. */
  targetUnresolved?: string;
  /**
   * What each level of a score a working group gives itself means (a theme's strategy 0–100):
   * levels from the lowest, each up to and including `upTo`, the last at the range's maximum.
   * Documentation for the chair and the evaluator, like a lettered question's criteria; it
   * does not change how the value scores.
   */
  rubric?: RubricLevel[];
  /**
   * A score computed from the action plans instead of typed (PermenPANRB 9/2023): `grades`
   * is the average of the seven graded sub-criteria (A.1), `implementation` the realised
   * outputs against the quarters due (A.2). Neither side types it on the worksheet.
   */
  fromPlan?: FromPlan;
}

export const FROM_PLAN = ['grades', 'implementation'] as const;
export type FromPlan = (typeof FROM_PLAN)[number];

export interface RubricLevel {
  upTo: number;
  meaning: LocalizedText;
}

export interface OptionInput {
  code: string;
  criterion: LocalizedText;
  fraction?: number;
}

export interface FrameworkInput {
  id: string;
  name: LocalizedText;
  regulation: string;
  /**
   * The evaluation method in short ("PermenPANRB 26/2020"): charts mark a method change where
   * it changes between years, and compare areas part by part only within one method.
   */
  method: string;
  /**
   * Code of the component the area-tagged nodes add up to (Pengungkit until 2022). Left out
   * when areas are only tags (PermenPANRB 9/2023): an area may then tag items anywhere, and
   * items without a tag are ministry-wide.
   */
  areaComponent?: string;
  /**
   * Components whose items may be marked not applicable to the institution for a year; they
   * are then rescaled over the applicable items' weights so that together they keep their
   * total (RB General = points ÷ applicable weights × 100, PermenPANRB 9/2023).
   */
  rescaledComponents?: readonly string[];
  /** The areas this framework evaluates (Zona Integritas has six). */
  areas: readonly AreaCode[];
  maxScore: number;
  /** What in this file is assumed rather than sourced, in plain words. */
  assumptions: readonly string[];
  /**
   * The predicate bands used with this method are assumed, not sourced: every predicate shown
   * for its years is marked so.
   */
  predicateScaleAssumed?: boolean;
  /**
   * The predicate rule of this version, with its source and confidence. Left out: the scale of
   * PermenPANRB 14/2014 and 26/2020 (marked assumed where `predicateScaleAssumed`).
   */
  predicateRule?: PredicateRule;
  /** Where the targets baik come from, and for which institution group. */
  targetSource?: string;
  /** Who wrote the rubrics and after what: ours, after the guideline's subject, unless loaded. */
  rubricSource?: string;
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
  options?: AnswerOption[];
  sourcedBy?: string;
  outcome?: OutcomeKind;
  adjustment?: boolean;
  multipliedBy?: string;
  target?: number;
  targetUnresolved?: string;
  rubric?: RubricLevel[];
  fromPlan?: FromPlan;
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
  const outcomes = new Set<string>();
  const indicatorsFromPlan = new Set<FromPlan>();

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
      if (input.areaComponent && !underAreaComponent) {
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
    if (node.adjustment) errors.push(`${node.code}: penyesuaian hanya untuk komponen teratas`);

    if (node.answer) {
      if (children.length > 0) errors.push(`${node.code}: indikator tidak boleh punya anak`);
      if (input.areaComponent && underAreaComponent && !area) {
        errors.push(`${node.code}: indikator di bawah ${input.areaComponent} tanpa area`);
      }
      resolved.answer = node.answer;
      const options = resolveOptions(node, errors);
      if (options) resolved.options = options;
      if (node.sourcedBy) resolved.sourcedBy = node.sourcedBy;
      if (node.multipliedBy) resolved.multipliedBy = node.multipliedBy;
      checkTarget(node, errors);
      if (node.target !== undefined) resolved.target = node.target;
      if (node.targetUnresolved) resolved.targetUnresolved = node.targetUnresolved;
      checkRubric(node, errors);
      if (node.rubric) resolved.rubric = node.rubric;
      if (node.fromPlan) {
        const a = node.answer;
        if (a.type !== 'number' || a.min !== 0 || a.max !== 100 || node.sourcedBy || !area) {
          errors.push(`${node.code}: nilai dari rencana aksi hanya untuk nilai 0–100 suatu area`);
        }
        if (indicatorsFromPlan.has(node.fromPlan)) {
          errors.push(
            `${node.code}: nilai rencana aksi ${node.fromPlan} dipakai lebih dari sekali`,
          );
        }
        indicatorsFromPlan.add(node.fromPlan);
        resolved.fromPlan = node.fromPlan;
      }
      if (!area && !input.areaComponent && !node.sourcedBy) {
        errors.push(`${node.code}: butir tanpa area harus angka bersumber (diisi sekretariat)`);
      }
      if (node.outcome) {
        if (!node.sourcedBy)
          errors.push(`${node.code}: angka kementerian hanya untuk angka bersumber`);
        if (outcomes.has(node.outcome))
          errors.push(`${node.code}: angka ${node.outcome} dipakai lebih dari sekali`);
        outcomes.add(node.outcome);
        resolved.outcome = node.outcome;
      }
      return resolved;
    }
    if (node.options) errors.push(`${node.code}: pilihan jawaban hanya untuk indikator`);
    if (node.sourcedBy) errors.push(`${node.code}: sumber angka hanya untuk indikator`);
    if (node.outcome) errors.push(`${node.code}: angka kementerian hanya untuk indikator`);
    if (node.multipliedBy) errors.push(`${node.code}: pengali hanya untuk indikator`);
    if (node.target !== undefined || node.targetUnresolved) {
      errors.push(`${node.code}: target baik hanya untuk indikator`);
    }
    if (node.rubric) errors.push(`${node.code}: rubrik hanya untuk indikator`);
    if (children.length === 0) {
      errors.push(`${node.code}: bukan indikator dan tidak punya anak`);
      return resolved;
    }
    const weights = childWeights(node.code, weight, children, errors);
    const under = underAreaComponent || node.code === input.areaComponent;
    resolved.children = children.map((c, i) => resolve(c, weights[i] ?? 0, area, under));
    return resolved;
  };

  // An adjustment (the 2023 coefficient) sits on top of the maximum: the other components
  // share it out.
  const scored = input.components.filter((c) => !c.adjustment);
  const scoredWeights = childWeights('kerangka', input.maxScore, scored, errors);
  const components = input.components.map((c) => {
    if (c.adjustment) return resolveAdjustment(c);
    const weight = scoredWeights[scored.indexOf(c)] ?? 0;
    return resolve({ ...c }, weight, undefined, c.code === input.areaComponent);
  });
  const framework: Framework = { ...input, components };

  function resolveAdjustment(c: FrameworkNodeInput): FrameworkNode {
    if (c.weight === undefined) errors.push(`${c.code}: penyesuaian wajib berbobot`);
    const node = resolve({ ...c, adjustment: false }, c.weight ?? 0, undefined, false);
    for (const leaf of indicators([node])) {
      if (leaf.area) errors.push(`${leaf.code}: penyesuaian tidak bertanda area`);
      if (leaf.answer?.type !== 'number' || !leaf.answer.ofMax) {
        errors.push(`${leaf.code}: penyesuaian diisi angka yang dinilai terhadap maksimumnya`);
      }
    }
    const { adjustment: _, ...rest } = node;
    return { ...rest, adjustment: true };
  }

  const tagged = input.areas.map((a) => areaMaxPoints(framework, a));
  input.areas.forEach((a, i) => {
    if (tagged[i] === 0) errors.push(`area ${a} tidak ditandai pada simpul mana pun`);
  });
  if (input.areaComponent) {
    const areaComponent = components.find((c) => c.code === input.areaComponent);
    const sum = tagged.reduce((s, x) => s + x, 0);
    if (!areaComponent) {
      errors.push(`komponen area ${input.areaComponent} tidak ada di tingkat teratas`);
    } else if (Math.abs(sum - areaComponent.weight) > EPSILON) {
      errors.push(
        `${input.areaComponent}: area berjumlah ${round6(sum)} poin, bukan ${areaComponent.weight}`,
      );
    }
  }
  for (const node of indicators(components)) {
    if (!node.multipliedBy) continue;
    const by = findNode(framework, node.multipliedBy);
    if (!by?.answer || by.multipliedBy || by.code === node.code) {
      errors.push(
        `${node.code}: pengali ${node.multipliedBy} bukan indikator lain yang berdiri sendiri`,
      );
    }
  }
  for (const code of input.rescaledComponents ?? []) {
    const component = components.find((c) => c.code === code);
    if (!component || component.adjustment) {
      errors.push(`${code}: komponen yang diskalakan ulang harus komponen teratas yang dinilai`);
    }
  }
  if (input.predicateRule) {
    for (const e of checkPredicateRule(input.predicateRule)) errors.push(`aturan predikat: ${e}`);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, framework };
}

/** A target baik is a number inside the item's own range; only number answers have one. */
function checkTarget(node: FrameworkNodeInput, errors: string[]): void {
  if (node.target === undefined) return;
  if (node.targetUnresolved) {
    errors.push(`${node.code}: target baik diisi atau ditandai belum jelas, bukan keduanya`);
  }
  const answer = node.answer;
  if (answer?.type !== 'number') {
    errors.push(`${node.code}: target baik hanya untuk jawaban angka`);
  } else if (!(node.target >= answer.min && node.target <= answer.max)) {
    errors.push(
      `${node.code}: target baik ${node.target} di luar rentang ${answer.min}–${answer.max}`,
    );
  }
}

/**
 * A score a working group gives itself on a number range (not a figure another agency
 * reports, not a measured percentage) means nothing without its levels: it needs a rubric
 * whose levels rise to the range's maximum, each with its meaning in both languages.
 */
function checkRubric(node: FrameworkNodeInput, errors: string[]): void {
  const answer = node.answer;
  const rubric = node.rubric;
  if (!rubric) {
    if (answer?.type === 'number' && !node.sourcedBy) {
      errors.push(
        `${node.code}: nilai yang diisi kelompok kerja butuh rubrik (tingkat dan artinya)`,
      );
    }
    return;
  }
  if (answer?.type !== 'number') {
    errors.push(`${node.code}: rubrik hanya untuk jawaban angka`);
    return;
  }
  if (rubric.length < 2) errors.push(`${node.code}: rubrik butuh sedikitnya dua tingkat`);
  let previous = answer.min;
  rubric.forEach((level, i) => {
    if (!(level.upTo > previous)) {
      errors.push(`${node.code}: tingkat rubrik ${i + 1} harus di atas ${previous}`);
    }
    previous = level.upTo;
    if (!level.meaning?.id?.trim() || !level.meaning?.en?.trim()) {
      errors.push(`${node.code}: tingkat rubrik ${i + 1} tanpa arti (id dan en)`);
    }
  });
  if (rubric.at(-1)?.upTo !== answer.max) {
    errors.push(`${node.code}: tingkat rubrik terakhir harus sampai ${answer.max}`);
  }
}

/** The rubric level a value falls in (0-based), or null without a rubric or a value. */
export function rubricLevelOf(rubric: readonly RubricLevel[] | undefined, value: unknown) {
  if (!rubric || typeof value !== 'number') return null;
  const index = rubric.findIndex((level) => value <= level.upTo);
  return index >= 0 ? index : null;
}

/**
 * The predicate rule a framework's years are read by: its own, or the scale of PermenPANRB
 * 14/2014 and 26/2020 (assumed where the framework says the scale is not sourced).
 */
export function predicateRuleOf(
  framework: Pick<Framework, 'predicateRule' | 'predicateScaleAssumed'>,
): PredicateRule {
  if (framework.predicateRule) return framework.predicateRule;
  if (!framework.predicateScaleAssumed) return PREDICATE_RULE_2014;
  return {
    ...PREDICATE_RULE_2014,
    source: 'Asumsi: skala PermenPANRB 14/2014 dan 26/2020 dipakai sampai ada sumber',
    confidence: 'assumed',
  };
}

/**
 * The options of an indicator with their criteria. A chair cannot answer, and an evaluator
 * cannot check, a lettered question without knowing what each letter means for it.
 */
function resolveOptions(node: FrameworkNodeInput, errors: string[]): AnswerOption[] | undefined {
  const answer = node.answer as AnswerType;
  if (answer.type === 'number') {
    if (!(answer.min < answer.max)) {
      errors.push(`${node.code}: rentang angka ${answer.min}–${answer.max} tidak valid`);
    }
    if (answer.ofMax && !(answer.max > 0)) {
      errors.push(`${node.code}: nilai terhadap maksimum butuh maksimum lebih dari 0`);
    }
  }
  if (answer.type === 'choice') {
    if (node.options) errors.push(`${node.code}: pilihan jawaban diambil dari tabel jawaban`);
    return answer.options.map((o) => ({ code: o.value, fraction: o.fraction, criterion: o.label }));
  }
  const codes = optionCodes(answer);
  if (codes.length === 0) {
    if (node.options) errors.push(`${node.code}: jawaban angka tidak memakai pilihan`);
    return undefined;
  }
  const given = node.options ?? [];
  const givenCodes = given.map((o) => o.code);
  if (givenCodes.join('|') !== codes.join('|')) {
    errors.push(
      `${node.code}: pilihan jawaban harus ${codes.join(', ')} berurutan (tertulis: ${givenCodes.join(', ') || 'tidak ada'})`,
    );
    return undefined;
  }
  const table: Record<string, number> =
    answer.type === 'scale' ? SCALES[answer.scale] : { Ya: 1, Tidak: 0 };
  return given.map((o) => {
    const fraction = table[o.code] ?? 0;
    if (!o.criterion?.id?.trim() || !o.criterion?.en?.trim()) {
      errors.push(`${node.code}: pilihan ${o.code} tanpa kriteria (id dan en)`);
    }
    if (o.fraction !== undefined && Math.abs(o.fraction - fraction) > EPSILON) {
      errors.push(`${node.code}: pilihan ${o.code} bernilai ${fraction}, bukan ${o.fraction}`);
    }
    return { code: o.code, fraction, criterion: o.criterion };
  });
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
