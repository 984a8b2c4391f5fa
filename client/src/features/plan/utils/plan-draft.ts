import {
  type ActionPlanUpdate,
  ActionPlanUpdate as ActionPlanUpdateSchema,
  type PlanAction,
  type PlanActivity,
  type QuarterReportBody,
  QuarterReportBody as QuarterReportSchema,
} from '@rapor/shared/action-plan-schemas';
import { parseDecimal } from '../../../lib/decimal';

// The plan as the chair types it (every field text), and back to what the API takes, checked
// by the shared schema first so each field's problem shows beside it before anything is sent.

type Four = [string, string, string, string];

export interface ActionDraft {
  id: string;
  text: string;
  outputIndicator: string;
  outputUnit: string;
  targets: Four;
  budget: Four;
  executingUnit: string;
  coordinatingUnit: string;
}

export interface ActivityDraft {
  id: string;
  /** a group's own plan names a main activity; a theme's plan the problem it tackles */
  mainActivity: string;
  problem: string;
  indicator: string;
  baselineYear: string;
  baselineTarget: string;
  baselineRealisation: string;
  target: string;
  actions: ActionDraft[];
}

/** Problems by the field's path in the body ("activities.0.actions.1.text"). */
export type Problems = ReadonlyMap<string, string>;

/** An id for a new row: kept by the server, it ties a quarter's reports to their action. */
export function newId(): string {
  return (
    globalThis.crypto?.randomUUID?.() ??
    `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`
  );
}

/**
 * An amount as people here type it: "50.000.000" (points between thousands), "2,5" (a decimal
 * comma) or plain digits. Null when it is none of them.
 */
export function parseAmount(text: string): number | null {
  const t = text.replace(/\s/g, '');
  if (t === '') return 0;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  const parsed = parseDecimal(t);
  return parsed.ok && parsed.value !== null ? parsed.value : null;
}

/** An amount for a field: thousands grouped for rupiah, a decimal comma. */
export const amountText = (n: number) =>
  n.toLocaleString('id-ID', { maximumFractionDigits: 2, useGrouping: true });

const four = (values: readonly number[]): Four => values.map(amountText) as unknown as Four;

export function newAction(): ActionDraft {
  return {
    id: newId(),
    text: '',
    outputIndicator: '',
    outputUnit: '',
    targets: ['0', '0', '0', '0'],
    budget: ['0', '0', '0', '0'],
    executingUnit: '',
    coordinatingUnit: '',
  };
}

export function newActivity(year: number): ActivityDraft {
  return {
    id: newId(),
    mainActivity: '',
    problem: '',
    indicator: '',
    baselineYear: String(year - 1),
    baselineTarget: '',
    baselineRealisation: '',
    target: '',
    actions: [newAction()],
  };
}

export function toDraft(activities: readonly PlanActivity[]): ActivityDraft[] {
  return activities.map((a) => ({
    id: a.id,
    mainActivity: a.mainActivity ?? '',
    problem: a.problem ?? '',
    indicator: a.indicator,
    baselineYear: String(a.baselineYear),
    baselineTarget: a.baselineTarget,
    baselineRealisation: a.baselineRealisation,
    target: a.target,
    actions: a.actions.map((x) => ({
      id: x.id,
      text: x.text,
      outputIndicator: x.outputIndicator,
      outputUnit: x.outputUnit,
      targets: four(x.targets),
      budget: four(x.budget),
      executingUnit: x.executingUnit,
      coordinatingUnit: x.coordinatingUnit,
    })),
  }));
}

const NOT_A_NUMBER = 'isi angka (mis. 50.000.000 atau 2,5)';

/**
 * The drafts as the API's body, or every field's problem by its path. A theme's rows send
 * their problem, a group's their main activity.
 */
export function fromDraft(
  drafts: readonly ActivityDraft[],
  version: number,
  kind: 'group' | 'theme' = 'group',
): { ok: true; body: ActionPlanUpdate } | { ok: false; problems: Problems } {
  const problems = new Map<string, string>();
  const amounts = (values: Four, path: string) =>
    values.map((v, q) => {
      const n = parseAmount(v);
      if (n === null) problems.set(`${path}.${q}`, NOT_A_NUMBER);
      return n ?? 0;
    });
  const body = {
    version,
    activities: drafts.map((a, i) => ({
      id: a.id,
      ...(kind === 'theme' ? { problem: a.problem } : { mainActivity: a.mainActivity }),
      indicator: a.indicator,
      baselineYear: Number(a.baselineYear),
      baselineTarget: a.baselineTarget,
      baselineRealisation: a.baselineRealisation,
      target: a.target,
      actions: a.actions.map((x, j) => ({
        id: x.id,
        text: x.text,
        outputIndicator: x.outputIndicator,
        outputUnit: x.outputUnit,
        targets: amounts(x.targets, `activities.${i}.actions.${j}.targets`),
        budget: amounts(x.budget, `activities.${i}.actions.${j}.budget`),
        executingUnit: x.executingUnit,
        coordinatingUnit: x.coordinatingUnit,
      })),
    })),
  };
  const checked = ActionPlanUpdateSchema.safeParse(body);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const path = issue.path.join('.');
      if (!problems.has(path)) problems.set(path, issueText(issue));
    }
  }
  if (problems.size > 0 || !checked.success) return { ok: false, problems };
  return { ok: true, body: checked.data };
}

/** A schema issue in the chair's words. */
function issueText(issue: { code: string; message: string; path: PropertyKey[] }): string {
  const field = String(issue.path.at(-1));
  if (field === 'mainActivity') return 'pilih kegiatan utama';
  if (field === 'problem') return 'tulis masalah yang ditangani (setidaknya 3 huruf)';
  if (field === 'baselineYear') return 'isi tahun (mis. 2025)';
  if (issue.code === 'too_small' && field === 'actions') return 'setidaknya satu aksi';
  if (issue.code === 'too_small') return 'terlalu pendek atau kosong';
  if (issue.code === 'too_big') return 'terlalu panjang';
  return issue.message;
}

export interface ReportDraft {
  output: string;
  budget: string;
  evidenceUrl: string;
  note: string;
}

export const emptyReport: ReportDraft = { output: '', budget: '', evidenceUrl: '', note: '' };

/** A report already made, as its fields. */
export function reportDraftOf(action: PlanAction, quarter: number): ReportDraft {
  const r = action.realised[quarter - 1];
  if (!r) return emptyReport;
  return {
    output: amountText(r.output),
    budget: amountText(r.budget),
    evidenceUrl: r.evidence[0]?.url ?? '',
    note: r.note ?? '',
  };
}

/**
 * The quarter's reports to send: every action with a realised output typed (budget 0 when
 * left empty), or each field's problem by "actionId.field".
 */
export function reportBody(
  actions: readonly PlanAction[],
  drafts: ReadonlyMap<string, ReportDraft>,
  version: number,
): { ok: true; body: QuarterReportBody } | { ok: false; problems: Problems } {
  const problems = new Map<string, string>();
  const reports = actions.flatMap((a) => {
    const d = drafts.get(a.id);
    if (!d || d.output.trim() === '') return [];
    const output = parseAmount(d.output);
    const budget = parseAmount(d.budget);
    if (output === null) problems.set(`${a.id}.output`, NOT_A_NUMBER);
    if (budget === null) problems.set(`${a.id}.budget`, NOT_A_NUMBER);
    const url = d.evidenceUrl.trim();
    return [
      {
        actionId: a.id,
        output: output ?? 0,
        budget: budget ?? 0,
        evidence: url ? [{ label: `Bukti: ${a.text}`.slice(0, 200), url }] : [],
        note: d.note.trim() || null,
      },
    ];
  });
  if (reports.length === 0) problems.set('reports', 'isi realisasi output setidaknya satu aksi');
  const checked = QuarterReportSchema.safeParse({ version, reports });
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const [, index, field] = issue.path;
      const id = typeof index === 'number' ? reports[index]?.actionId : undefined;
      const key =
        id && field ? `${id}.${field === 'evidence' ? 'evidenceUrl' : String(field)}` : 'reports';
      if (!problems.has(key))
        problems.set(
          key,
          field === 'evidence' ? 'alamat bukti tidak valid (https://…)' : issue.message,
        );
    }
  }
  if (problems.size > 0 || !checked.success) return { ok: false, problems };
  return { ok: true, body: checked.data };
}
