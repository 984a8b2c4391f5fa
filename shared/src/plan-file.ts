import {
  MAIN_ACTIVITIES,
  type MainActivityCode,
  QUARTER_LABEL,
  QUARTERS,
  type Quarter,
  quarterStart,
} from './action-plan';
import type { Cell, FileError } from './framework/framework-file';
import { type PlanActivity, PlanActivityInput } from './schemas/action-plans';

// A working group's action plan as spreadsheet rows, one row per action with its road-map row
// beside it, in the column order the national plans use; the workbook I/O is the server's.

type SheetLocale = 'id' | 'en';
const Q = ['I', 'II', 'III', 'IV'] as const;

/** The columns, in order: the road-map row, the action, its targets, budget and what was realised. */
export function planColumns(locale: SheetLocale): string[] {
  const id = locale === 'id';
  const quarters = (what: string) => [
    ...Q.map((q) => `${what} TW ${q}`),
    `${what} ${id ? 'total' : 'total'}`,
  ];
  return [
    id ? 'Kegiatan utama' : 'Main activity',
    id ? 'Indikator' : 'Indicator',
    id ? 'Tahun baseline' : 'Baseline year',
    id ? 'Target baseline' : 'Baseline target',
    id ? 'Realisasi baseline' : 'Baseline realisation',
    id ? 'Target tahun ini' : 'Target this year',
    id ? 'Rencana aksi' : 'Action',
    id ? 'Indikator output' : 'Output indicator',
    id ? 'Satuan output' : 'Output unit',
    ...quarters(id ? 'Target output' : 'Output target'),
    ...quarters(id ? 'Anggaran' : 'Budget'),
    id ? 'Unit pelaksana' : 'Executing unit',
    id ? 'Unit koordinator' : 'Coordinating unit',
    ...quarters(id ? 'Realisasi output' : 'Realised output'),
    ...quarters(id ? 'Realisasi anggaran' : 'Realised budget'),
    id ? 'Capaian anggaran (%)' : 'Budget achievement (%)',
  ];
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** The plan as rows under `planColumns`: a realised cell is empty while its quarter is not reported. */
export function planRows(activities: readonly PlanActivity[], locale: SheetLocale): Cell[][] {
  return activities.flatMap((activity) =>
    activity.actions.map((a) => {
      const realised = QUARTERS.map((q) => a.realised[q - 1]);
      const reported = realised.filter((r) => r !== null);
      const realisedBudget = sum(reported.map((r) => r?.budget ?? 0));
      const budget = sum(a.budget);
      return [
        // a theme's row names the problem it tackles in the main activity's column
        activity.mainActivity
          ? `${activity.mainActivity} ${MAIN_ACTIVITIES[activity.mainActivity as MainActivityCode][locale]}`
          : (activity.problem ?? ''),
        activity.indicator,
        activity.baselineYear,
        activity.baselineTarget,
        activity.baselineRealisation,
        activity.target,
        a.text,
        a.outputIndicator,
        a.outputUnit,
        ...a.targets,
        sum(a.targets),
        ...a.budget,
        budget,
        a.executingUnit,
        a.coordinatingUnit,
        ...realised.map((r) => r?.output ?? null),
        reported.length > 0 ? sum(reported.map((r) => r?.output ?? 0)) : null,
        ...realised.map((r) => r?.budget ?? null),
        reported.length > 0 ? realisedBudget : null,
        reported.length > 0 && budget > 0
          ? Math.round((realisedBudget / budget) * 10_000) / 100
          : null,
      ];
    }),
  );
}

/** A change a plan file makes, as the preview lists it. */
export interface PlanImportChange {
  /** the sheet row (as the spreadsheet numbers it); null for an action the file leaves out */
  row: number | null;
  action: string;
  what: 'added' | 'changed' | 'removed' | 'reported';
  /** for a report: the quarter it is of */
  quarter?: Quarter;
}

export type PlanFileResult =
  | { ok: true; activities: PlanActivity[]; changes: PlanImportChange[] }
  | { ok: false; errors: FileError[] };

/** What a report written from the file records besides its figures. */
export interface ReportStamp {
  at: string;
  by: string | null;
  /** a quarter is reported from its first day on */
  today: string;
  year: number;
}

type Action = PlanActivity['actions'][number];
/** A group's plan names a main activity in the first column, a theme's the problem it tackles. */
export type PlanKind = 'group' | 'theme';
const ACTIVITY_FIELDS = [
  'mainActivity',
  'problem',
  'indicator',
  'baselineYear',
  'baselineTarget',
  'baselineRealisation',
  'target',
] as const;
const ACTION_FIELDS = [
  'text',
  'outputIndicator',
  'outputUnit',
  'executingUnit',
  'coordinatingUnit',
] as const;

/**
 * Reads a plan's sheet as `planRows` writes it (headers in either language) against the plan
 * stored now: rows with the same road-map row in a row make one activity; an action keeps its
 * id (and its reports' evidence and notes) when its activity and text match a stored one. A
 * realised cell left empty keeps what was reported (a file never deletes a report); a file
 * without an action removes it. The total and achievement columns are the reader's and are not
 * read. Every bad cell is named by sheet, row and column; then nothing is taken.
 */
export function readPlanSheet(
  sheet: string,
  rows: readonly (readonly Cell[])[],
  stored: readonly PlanActivity[],
  stamp: ReportStamp,
  kind: PlanKind = 'group',
): PlanFileResult {
  const errors: FileError[] = [];
  const headerAt = rows.findIndex((r) =>
    (['id', 'en'] as const).some((l) => String(r[0] ?? '').trim() === planColumns(l)[0]),
  );
  if (headerAt < 0) {
    return {
      ok: false,
      errors: [{ sheet, message: `baris judul kolom ("${planColumns('id')[0]}") tidak ditemukan` }],
    };
  }
  const header = (rows[headerAt] ?? []).map((c) => String(c ?? '').trim());
  const locale = planColumns('en').every((name, i) => header[i] === name) ? 'en' : 'id';
  const names = planColumns(locale);
  const missing = names.filter((name, i) => header[i] !== name);
  if (missing.length > 0) {
    return {
      ok: false,
      errors: [
        { sheet, row: headerAt + 1, message: `kolom tidak sesuai templat: ${missing.join(', ')}` },
      ],
    };
  }
  const col = (i: number) => names[i] ?? String(i);
  const storedActivities = [...stored];
  const used = new Set<string>();
  const ids = new Set(stored.flatMap((a) => [a.id, ...a.actions.map((x) => x.id)]));
  const fresh = (base: string) => {
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    return id;
  };
  const activities: PlanActivity[] = [];
  const changes: PlanImportChange[] = [];

  rows.slice(headerAt + 1).forEach((cells, offset) => {
    const rowNo = headerAt + 2 + offset;
    if (cells.slice(1).every((c) => c === null || String(c).trim() === '')) return;
    const at = (i: number) => ({ sheet, row: rowNo, column: col(i) });
    const text = (i: number) => {
      const v = cells[i];
      return v === null || v === undefined ? '' : String(v).trim();
    };
    const amount = (i: number, required: boolean): number | null => {
      const v = cells[i];
      if (v === null || v === undefined || String(v).trim() === '') {
        if (required) errors.push({ ...at(i), message: 'wajib diisi (0 bila tidak ada)' });
        return required ? 0 : null;
      }
      const typed = String(v).trim();
      // "1.250.000,5" as people here write it; a plain "0.5" as a machine does
      const n =
        typeof v === 'number'
          ? v
          : Number(typed.includes(',') ? typed.replace(/\./g, '').replace(',', '.') : typed);
      if (!Number.isFinite(n) || n < 0) {
        errors.push({ ...at(i), message: `harus angka 0 atau lebih (tertulis "${v}")` });
        return 0;
      }
      return n;
    };
    const code = kind === 'group' ? /^KU-\d{2}/.exec(text(0))?.[0] : undefined;
    if (kind === 'group' && (!code || !(code in MAIN_ACTIVITIES))) {
      errors.push({
        ...at(0),
        message: 'kegiatan utama harus diawali kodenya, KU-01 sampai KU-21',
      });
    }
    if (kind === 'theme' && text(0).length < 3) {
      errors.push({ ...at(0), message: 'tulis masalah yang ditangani (setidaknya 3 huruf)' });
    }
    const year = Number(text(2));
    const activityInput: Omit<PlanActivity, 'id' | 'actions'> = {
      ...(kind === 'group'
        ? { mainActivity: (code ?? 'KU-01') as MainActivityCode }
        : { problem: text(0).length >= 3 ? text(0) : 'tidak diisi' }),
      indicator: text(1),
      baselineYear: Number.isInteger(year) ? year : Number.NaN,
      baselineTarget: text(3),
      baselineRealisation: text(4),
      target: text(5),
    };
    const quarters = (start: number, required: boolean) =>
      QUARTERS.map((q) => amount(start + q - 1, required));
    // columns: 0–5 road-map row, 6–8 action, 9–13 targets, 14–18 budget, 19–20 units,
    // 21–25 realised output, 26–30 realised budget, 31 achievement
    const actionInput = {
      text: text(6),
      outputIndicator: text(7),
      outputUnit: text(8),
      targets: quarters(9, true) as number[],
      budget: quarters(14, true) as number[],
      executingUnit: text(19),
      coordinatingUnit: text(20),
    };
    const checked = PlanActivityInput.safeParse({
      ...activityInput,
      id: 'x',
      actions: [{ ...actionInput, id: 'x' }],
    });
    if (!checked.success) {
      const columnOf: Record<string, number> = {
        mainActivity: 0,
        indicator: 1,
        baselineYear: 2,
        baselineTarget: 3,
        baselineRealisation: 4,
        target: 5,
        text: 6,
        outputIndicator: 7,
        outputUnit: 8,
        executingUnit: 19,
        coordinatingUnit: 20,
      };
      for (const issue of checked.error.issues) {
        const key = String(issue.path.at(-1) ?? '');
        const i = columnOf[key];
        if (i !== undefined && key !== 'mainActivity' && key !== 'problem') {
          errors.push({ ...at(i), message: i === 2 ? 'tahun 2000–2100' : issue.message });
        }
      }
      return;
    }

    // the activity: the previous one when the road-map row repeats, else a stored or new one
    const last = activities.at(-1);
    const same = (a: PlanActivity) => ACTIVITY_FIELDS.every((f) => a[f] === activityInput[f]);
    let activity = last && same(last) ? last : undefined;
    if (!activity) {
      const match =
        storedActivities.find(
          (a) =>
            !used.has(a.id) &&
            a.mainActivity === activityInput.mainActivity &&
            a.problem === activityInput.problem &&
            a.indicator === activityInput.indicator,
        ) ?? undefined;
      if (match) used.add(match.id);
      activity = {
        ...activityInput,
        id: match?.id ?? fresh(`${code ?? 'P'}-r${rowNo}`),
        actions: [],
      };
      activities.push(activity);
    }
    const before =
      stored
        .find((a) => a.id === activity?.id)
        ?.actions.find((x) => x.text === actionInput.text && !used.has(x.id)) ?? undefined;
    if (before) used.add(before.id);
    const realised = QUARTERS.map((q) => {
      const output = amount(21 + q - 1, false);
      const budget = amount(26 + q - 1, false);
      const kept = before?.realised[q - 1] ?? null;
      if (output === null && budget === null) return kept;
      if (stamp.today < quarterStart(stamp.year, q)) {
        errors.push({ ...at(21 + q - 1), message: `${QUARTER_LABEL[q]} belum dimulai` });
        return kept;
      }
      const next = { output: output ?? 0, budget: budget ?? 0 };
      if (kept && kept.output === next.output && kept.budget === next.budget) return kept;
      changes.push({ row: rowNo, action: actionInput.text, what: 'reported', quarter: q });
      return {
        ...next,
        evidence: kept?.evidence ?? [],
        note: kept?.note ?? null,
        reportedAt: stamp.at,
        reportedBy: stamp.by,
      };
    }) as Action['realised'];
    const action: Action = {
      ...actionInput,
      id: before?.id ?? fresh(`${activity.id}-a${rowNo}`),
      targets: actionInput.targets as unknown as Action['targets'],
      budget: actionInput.budget as unknown as Action['budget'],
      realised,
    };
    activity.actions.push(action);
    const storedActivity = stored.find((a) => a.id === activity?.id);
    const activityChanged = storedActivity !== undefined && !same(storedActivity);
    if (!before) changes.push({ row: rowNo, action: action.text, what: 'added' });
    else if (
      activityChanged ||
      ACTION_FIELDS.some((f) => before[f] !== action[f]) ||
      before.targets.some((v, i) => v !== action.targets[i]) ||
      before.budget.some((v, i) => v !== action.budget[i])
    ) {
      changes.push({ row: rowNo, action: action.text, what: 'changed' });
    }
  });
  if (errors.length > 0) return { ok: false, errors };
  for (const a of stored.flatMap((x) => x.actions)) {
    if (!used.has(a.id)) changes.push({ row: null, action: a.text, what: 'removed' });
  }
  return { ok: true, activities, changes };
}
