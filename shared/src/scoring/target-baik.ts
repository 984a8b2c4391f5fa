import type { AreaCode, LocalizedText } from '../areas';
import { type Framework, indicators } from '../framework/framework';
import { round2 } from './rounding';
import { type ScoredFramework, type ScoredNode, walkScored } from './score-tree';

/** One item with a target baik, as a result page lists it. */
export interface TargetItem {
  code: string;
  name: LocalizedText;
  area: AreaCode | null;
  target: number;
  /** the value entered, as the source reports it; null while there is none */
  value: number | null;
  met: boolean;
  /** value ÷ target × 100, rounded to 2 decimals; null without a value */
  achievement: number | null;
}

/** The share of items meeting their target baik, with the strongest and weakest. */
export interface TargetCheck {
  items: TargetItem[];
  met: number;
  /** items counted: with a target and applicable this year */
  total: number;
  /** items with no value yet: counted as not met */
  unvalued: number;
  /** items with a target left out as not applicable this year */
  notApplicable: number;
  /** the items whose target the source gives but we left out, with why */
  unresolved: { code: string; reason: string }[];
  /** highest achievement against target, and lowest; null while no item has a value */
  strongest: TargetItem | null;
  weakest: TargetItem | null;
}

/**
 * Every item's value against its target baik, as the national app compares them: the raw
 * value, `value ≥ target`; an item with no value is not met; an item not applicable this year
 * is left out of the count. Null when the framework has no targets (before 2023).
 */
export function checkTargets(framework: Framework, scored: ScoredFramework): TargetCheck | null {
  const withTarget = indicators(framework.components).filter(
    (n) => n.target !== undefined || n.targetUnresolved,
  );
  if (withTarget.length === 0) return null;
  const byCode = new Map<string, ScoredNode>();
  for (const node of walkScored(scored.components)) byCode.set(node.code, node);

  const items: TargetItem[] = [];
  let notApplicable = 0;
  for (const node of withTarget) {
    const target = node.target;
    if (target === undefined) continue;
    const s = byCode.get(node.code);
    if (s?.notApplicable !== undefined) {
      notApplicable += 1;
      continue;
    }
    const raw = s?.indicator?.value;
    const value = typeof raw === 'number' && !s?.indicator?.error ? raw : null;
    const met = value !== null && value >= target;
    items.push({
      code: node.code,
      name: node.name,
      area: node.area ?? null,
      target,
      value,
      met,
      achievement: value === null || target === 0 ? null : achievementOf(value, target, met),
    });
  }
  const valued = items.filter((i) => i.achievement !== null);
  const byAchievement = [...valued].sort((a, b) => (b.achievement ?? 0) - (a.achievement ?? 0));
  return {
    items,
    met: items.filter((i) => i.met).length,
    total: items.length,
    unvalued: items.length - valued.length,
    notApplicable,
    unresolved: withTarget.flatMap((n) =>
      n.targetUnresolved ? [{ code: n.code, reason: n.targetUnresolved }] : [],
    ),
    strongest: byAchievement[0] ?? null,
    weakest: byAchievement.at(-1) ?? null,
  };
}

/**
 * value ÷ target × 100 to 2 decimals; an item that misses its target never reads 100 % (4 of
 * 4,01 is 99,75 %, 76,609 of 76,61 is 99,99 %, not a rounded 100 that looks met).
 */
function achievementOf(value: number, target: number, met: boolean): number {
  const percent = round2((100 * value) / target);
  return !met && percent >= 100 ? 99.99 : percent;
}

/** Whether any counted item misses its target: the condition a rule's `belowTarget` reads. */
export function anyTargetMissed(check: TargetCheck | null): boolean {
  return check !== null && check.met < check.total;
}

/** Each counted item's standing against its target, by code, for item lists. */
export function targetsByCode(check: TargetCheck | null): Map<string, TargetItem> {
  return new Map((check?.items ?? []).map((i) => [i.code, i]));
}

/** The part of an item's check a list shows beside its value. */
export function itemTarget(item: TargetItem | undefined) {
  return item && { target: item.target, met: item.met, achievement: item.achievement };
}
