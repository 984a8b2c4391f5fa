import type { AnswerValue } from './scoring/answers';

export interface AnswerState {
  selfValue: AnswerValue | null;
  evidence: readonly { label: string; url: string }[];
  selfComment: string | null;
}

export type ReviewField = keyof AnswerState;

export interface ReviewChange {
  code: string;
  field: ReviewField;
  before: unknown;
  after: unknown;
}

const FIELDS: ReviewField[] = ['selfValue', 'evidence', 'selfComment'];
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const EMPTY: AnswerState = { selfValue: null, evidence: [], selfComment: null };

/**
 * What the chair changed since the evaluator last returned the result, field by field: what
 * the evaluator reads first on a resubmission. Indicators are compared in `codes` order.
 */
export function changesSince(
  snapshot: Readonly<Record<string, AnswerState>>,
  current: Readonly<Record<string, AnswerState>>,
  codes: readonly string[],
): ReviewChange[] {
  const out: ReviewChange[] = [];
  for (const code of codes) {
    const before = snapshot[code] ?? EMPTY;
    const after = current[code] ?? EMPTY;
    for (const field of FIELDS) {
      if (!same(before[field], after[field])) {
        out.push({ code, field, before: before[field] ?? null, after: after[field] ?? null });
      }
    }
  }
  return out;
}
