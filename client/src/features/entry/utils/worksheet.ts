import type { AnswerValue } from '@rapor/shared/answers';
import type { AreaResult, EvidenceLink, ScoredNodeDto } from '@rapor/shared/schemas';
import { leafFraction } from '@rapor/shared/scoring';
import { indicatorsOf } from '../../../lib/score-tree';

/** What a chair can change on one indicator. */
export interface IndicatorEdit {
  selfValue?: AnswerValue | null;
  selfComment?: string | null;
  evidence?: EvidenceLink[];
}

/** The chair's own indicators: sourced figures are the secretariat's. */
export const chairIndicators = (tree: readonly ScoredNodeDto[]) =>
  indicatorsOf(tree).filter((n) => !n.indicator?.figure);

/**
 * The edits as they count on screen: an answer the server refused (400) is not an answer
 * yet — the item counts as it is stored until the chair types a value it accepts. The rest
 * of the edit (a note, evidence) still counts.
 */
export function acceptedEdits(
  edits: ReadonlyMap<string, IndicatorEdit>,
  refused: ReadonlyMap<string, string>,
): Map<string, IndicatorEdit> {
  const accepted = new Map<string, IndicatorEdit>();
  for (const [code, edit] of edits) {
    if (!refused.has(code)) {
      accepted.set(code, edit);
      continue;
    }
    const { selfValue: _refused, ...rest } = edit;
    if (Object.keys(rest).length > 0) accepted.set(code, rest);
  }
  return accepted;
}

export interface LiveScore {
  points: number;
  max: number;
  percent: number;
  answered: number;
  total: number;
  withEvidence: number;
}

/**
 * The area's score as the chair's answers stand now, local edits included, by the shared
 * leaf rule (leafFraction, with the multiplier the server scored the item with): what the
 * server will compute once the edits are saved.
 */
export function liveScore(
  tree: readonly ScoredNodeDto[],
  edits: ReadonlyMap<string, IndicatorEdit>,
): LiveScore {
  let points = 0;
  let max = 0;
  let answered = 0;
  let total = 0;
  let withEvidence = 0;
  for (const node of indicatorsOf(tree)) {
    const ind = node.indicator;
    if (!ind) continue;
    max += node.weight;
    const edit = edits.get(node.code);
    // A sourced figure counts as the secretariat entered it.
    const value = ind.figure
      ? ind.value
      : edit && 'selfValue' in edit
        ? (edit.selfValue ?? null)
        : ind.selfValue;
    if (value !== null && value !== undefined)
      points += node.weight * leafFraction(ind.answer, value, ind.multiplier ?? 1).fraction;
    if (ind.figure) continue;
    total += 1;
    if (value !== null && value !== undefined) answered += 1;
    const evidence = edit?.evidence ?? ind.evidence;
    if (evidence.length > 0) withEvidence += 1;
  }
  return {
    points,
    max,
    percent: max > 0 ? (100 * points) / max : 0,
    answered,
    total,
    withEvidence,
  };
}

export interface MissingItem {
  code: string;
  name: ScoredNodeDto['name'];
  what: 'answer' | 'evidence';
}

/** What keeps a worksheet from being complete: unanswered indicators, answers without evidence. */
export function missingItems(
  tree: readonly ScoredNodeDto[],
  edits: ReadonlyMap<string, IndicatorEdit>,
): MissingItem[] {
  const out: MissingItem[] = [];
  for (const node of chairIndicators(tree)) {
    const ind = node.indicator;
    if (!ind) continue;
    const edit = edits.get(node.code);
    const value = edit && 'selfValue' in edit ? (edit.selfValue ?? null) : ind.selfValue;
    const evidence = edit?.evidence ?? ind.evidence;
    if (value === null) out.push({ code: node.code, name: node.name, what: 'answer' });
    else if (evidence.length === 0)
      out.push({ code: node.code, name: node.name, what: 'evidence' });
  }
  return out;
}

/** The first unanswered indicator after `current` (wrapping), for the keyboard shortcut. */
export function nextUnanswered(
  tree: readonly ScoredNodeDto[],
  edits: ReadonlyMap<string, IndicatorEdit>,
  current: string | null,
): string | null {
  const open = missingItems(tree, edits)
    .filter((m) => m.what === 'answer')
    .map((m) => m.code);
  if (open.length === 0) return null;
  const order = chairIndicators(tree).map((n) => n.code);
  const from = current ? order.indexOf(current) : -1;
  return open.find((c) => order.indexOf(c) > from) ?? open[0] ?? null;
}

export interface Conflict {
  code: string;
  field: keyof IndicatorEdit | 'narrative';
  mine: unknown;
  theirs: unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * After a 409: the edits not yet saved, field by field, where the server now holds something
 * else. Fields where the server already holds the same are no conflict (nothing to decide).
 */
export function conflictsWith(
  server: AreaResult,
  edits: ReadonlyMap<string, IndicatorEdit>,
  narrative: string | undefined,
): Conflict[] {
  const byCode = new Map(indicatorsOf(server.tree).map((n) => [n.code, n.indicator]));
  const out: Conflict[] = [];
  for (const [code, edit] of edits) {
    const theirs = byCode.get(code);
    if (!theirs) continue;
    for (const field of ['selfValue', 'selfComment', 'evidence'] as const) {
      if (!(field in edit)) continue;
      if (!same(edit[field], theirs[field]))
        out.push({ code, field, mine: edit[field], theirs: theirs[field] });
    }
  }
  if (narrative !== undefined && narrative !== server.narrative) {
    out.push({ code: '', field: 'narrative', mine: narrative, theirs: server.narrative });
  }
  return out;
}
